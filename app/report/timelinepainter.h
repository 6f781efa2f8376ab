#pragma once

#include "timelinechart.h"

#include <QColor>
#include <QFont>
#include <QList>

class QPainter;

namespace parallax {

/// \brief Colours of a chart: one per document (the outlet colours), and the foreground for axes
/// and text, taken from the palette (window, dark mode) or black on paper (PDF).
struct ChartColours
{
    QList<QColor> documents;
    QColor text = Qt::black;
    QColor grid = QColor(0xdd, 0xdd, 0xdd);
};

/// \brief Draws `chart` (laid out in the painter's own units, for text of `font`'s pixel size)
/// as vectors: on a QPdfWriter it stays sharp at any zoom and its labels are real text.
void paintTimelineChart(QPainter &painter, const TimelineChart &chart, const ChartColours &colours, const QFont &font);

} // namespace parallax
