#pragma once

#include <QFont>
#include <QList>

#include <functional>

class QPainter;

namespace parallax {

class ReportContent;

/// \brief The charts of the PDF's Timeline section, two per page: each disputed figure's title,
/// its chart drawn as vectors (timelinepainter.h) and its verdict line. One paint operation per
/// page, drawing between `top` and `bottom` of a page `width` wide; `dotsPerPoint` converts the
/// writer's units. The section's text (who had it first) follows as HTML (timelineTextHtml).
QList<std::function<void(QPainter &)>> pdfTimelinePages(const ReportContent &content, qreal width, qreal top, qreal bottom,
                                                        qreal dotsPerPoint, const QFont &body);

} // namespace parallax
