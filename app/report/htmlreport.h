#pragma once

#include "reportcontent.h"

#include <QByteArray>

namespace parallax {

/// \brief A self-contained HTML report (inline CSS, no scripts, no external files): cover with
/// sources, similarity matrix, conflicts and shared quotes, then the articles in aligned rows
/// with highlights as `<mark class="changed|quote|conflict|note">` and numbered notes.
/// Deterministic: the same input gives the same bytes.
QByteArray toHtmlReport(const ReportContent &content);

} // namespace parallax
