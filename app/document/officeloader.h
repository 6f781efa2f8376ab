#pragma once

#include "loaddocument.h"

#include <QByteArray>

namespace parallax {

/// \brief Loads a Word document (.docx) from its bytes; zip bombs, broken archives and a
/// missing word/document.xml are errors (limits from `options`). See parseDocx for the rules.
LoadResult loadDocx(const QString &path, const QByteArray &bytes, const LoadOptions &options);

/// \brief Loads an OpenDocument text (.odt) from its bytes, like loadDocx (see parseOdt).
LoadResult loadOdt(const QString &path, const QByteArray &bytes, const LoadOptions &options);

} // namespace parallax
