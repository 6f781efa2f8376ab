#pragma once

#include "engine/comparison.h"

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

namespace parallax {

/// \brief One thing to draw of a time line chart, in chart units (points, y down). Colours are
/// roles, so each renderer follows its own palette (light, dark, paper): `document` picks the
/// outlet colour (outletpalette.h) for bands, bars and points; axes, grid and text use the
/// foreground colour.
struct ChartItem
{
    enum class Kind {
        Grid, ///< `line`, faint
        Axis, ///< `line`
        Band, ///< `rect`: a value published on a day without a time (the whole day is its window)
        Bar, ///< `rect`: the interval a hedge allows ("about 40,000"), at its publication time
        Point, ///< `rect` bounds a dot at the figure as written
        Arrow, ///< `line` from the open end of a bar outwards ("at least 30": any higher value agrees)
        Text, ///< `text` in `rect` with `align`
        Chip ///< `rect`: a legend swatch in the outlet colour
    };
    Kind kind = Kind::Grid;
    QRectF rect;
    QLineF line;
    QString text;
    int align = 0; ///< Qt::Alignment flags for Text
    bool small = false; ///< Text: tick labels and the legend, in the smaller size
    int document = -1; ///< Band, Bar, Point, Chip: the outlet's document
    int claim = -1; ///< Band, Bar, Point: index into Conflict::claims (hover, click)
};

/// \brief A chart of one conflict's figures over publication time: x = publication time (UTC where
/// the zone is known), y = the value; drawn by timelinepainter.h (QPainter: window, PDF) and
/// timelineChartSvg() (HTML), which therefore show the same thing.
struct TimelineChart
{
    QSizeF size;
    QList<ChartItem> items;
    QList<int> untimed; ///< documents whose claim has no publication date (listed, not drawn)
};

/// \brief Lays out the chart of `timeline` (a conflict with a series) in `size` points, for text
/// of `fontSize` points. Deterministic; empty items when the series has no known time.
TimelineChart layoutTimelineChart(const Comparison &comparison, const ConflictTimeline &timeline, QSizeF size, qreal fontSize);

/// \brief The chart as an inline SVG element (for the HTML report), `colours` per document as
/// 0xAARRGGBB (outletpalette.h), dark text on a light page.
QString timelineChartSvg(const TimelineChart &chart, const QList<quint32> &colours);

} // namespace parallax
