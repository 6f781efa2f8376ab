#include "timelinepainter.h"

#include <QPainter>
#include <QPainterPath>

namespace parallax {

void paintTimelineChart(QPainter &p, const TimelineChart &chart, const ChartColours &colours, const QFont &font)
{
    auto colour = [&](int document) {
        return document >= 0 && document < colours.documents.size() ? colours.documents.at(document) : QColor(Qt::gray);
    };
    QFont small = font;
    small.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
    const qreal unit = std::max(1, font.pixelSize()) / 10.0; // line widths scale with the text
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const ChartItem &it : chart.items) {
        switch (it.kind) {
        case ChartItem::Kind::Grid:
            p.setPen(QPen(colours.grid, 0.6 * unit));
            p.drawLine(it.line);
            break;
        case ChartItem::Kind::Axis:
            p.setPen(QPen(colours.text, unit));
            p.drawLine(it.line);
            break;
        case ChartItem::Kind::Band: {
            QColor fill = colour(it.document);
            fill.setAlphaF(0.35);
            p.setPen(QPen(colour(it.document), 0.8 * unit));
            p.setBrush(fill);
            p.drawRect(it.rect);
            break;
        }
        case ChartItem::Kind::Bar:
        case ChartItem::Kind::Chip:
            p.setPen(Qt::NoPen);
            p.setBrush(colour(it.document));
            p.drawRect(it.rect);
            break;
        case ChartItem::Kind::Point:
            p.setPen(QPen(colours.text, 0.6 * unit));
            p.setBrush(colour(it.document));
            p.drawEllipse(it.rect);
            break;
        case ChartItem::Kind::Arrow: {
            const QPointF tip = it.line.p2();
            const qreal dir = it.line.y2() < it.line.y1() ? 1 : -1;
            QPainterPath head;
            head.moveTo(tip);
            head.lineTo(tip.x() - 3.5 * unit, tip.y() + dir * 6 * unit);
            head.lineTo(tip.x() + 3.5 * unit, tip.y() + dir * 6 * unit);
            head.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(colour(it.document));
            p.drawPath(head);
            break;
        }
        case ChartItem::Kind::Text:
            p.setPen(colours.text);
            p.setFont(it.small ? small : font);
            p.drawText(it.rect, it.align | Qt::TextDontClip, it.text);
            break;
        }
    }
    p.restore();
}

} // namespace parallax
