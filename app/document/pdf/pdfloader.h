#pragma once

#include "document/loaddocument.h"

#include <QByteArray>

namespace parallax {

/// \brief Loads a PDF's text layer with poppler (see pdflayout.h for the reading rules).
/// Title and author come from the Info dictionary, else the title is the first page's largest
/// text; the date is a dateline in the text, else the Info creation date. Password-protected,
/// text-less (scanned) and damaged files give clear errors.
LoadResult loadPdf(const QString &path, const QByteArray &bytes, const LoadOptions &options);

/// \brief Registers loadPdf for ".pdf" with loadDocument(); call once at start-up.
void registerPdfLoader();

} // namespace parallax
