#pragma once

#include "reportcontent.h"

#include <QString>

namespace parallax {

/// \brief The PDF's cover as the HTML subset QTextDocument renders (tables with border and
/// bgcolor attributes instead of CSS): title, sources, similarity matrix, conflicts, quotes.
QString pdfCoverHtml(const ReportContent &c);

/// \brief Notes on unaligned paragraphs and notes whose text was lost; empty when there are none.
QString pdfLeftoverNotesHtml(const ReportContent &c);

} // namespace parallax
