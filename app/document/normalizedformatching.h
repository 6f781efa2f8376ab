#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

/// \brief `text` with no-break and thin spaces (U+00A0, U+202F, U+2007, U+2009, U+200A) mapped
/// to a plain space and soft hyphens (U+00AD) dropped, so "10\u00A0000" matches "10 000".
/// Paragraph::text keeps the original characters; only matching uses this form.
QString normalizedForMatching(QStringView text);

} // namespace parallax
