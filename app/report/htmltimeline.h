#pragma once

#include <QString>

namespace parallax {

class ReportContent;

/// \brief The HTML report's "Timeline" section: an inline SVG chart per disputed figure with its
/// verdict line, the outlets in order of publication for every shared quote and passage, and the
/// origin graph (who reused whose text).
QString timelineHtml(const ReportContent &content);

/// \brief The parts of that section without the charts, for writers that draw the charts
/// themselves (the PDF): which articles lack a zone, a time or a date, then who had each shared
/// quote and passage first and the origin graph.
QString timelineTextHtml(const ReportContent &content);

} // namespace parallax
