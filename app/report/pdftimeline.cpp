#include "pdftimeline.h"

#include "engine/timeline.h"
#include "outletpalette.h"
#include "reportcontent.h"
#include "timelinechart.h"
#include "timelinepainter.h"

#include <QPainter>

namespace parallax {

namespace {

struct ChartBlock
{
    QString title;
    QString verdict;
    TimelineChart chart;
};

} // namespace

QList<std::function<void(QPainter &)>> pdfTimelinePages(const ReportContent &content, qreal width, qreal top, qreal bottom,
                                                        qreal dotsPerPoint, const QFont &body)
{
    const qreal fontPixels = 7.5 * dotsPerPoint;
    const qreal line = fontPixels * 1.5;
    const qreal slot = (bottom - top) / 2;
    const qreal chartHeight = slot - 4 * line;
    QList<ChartBlock> blocks;
    for (const Conflict &k : content.conflicts()) {
        const ConflictTimeline *t = content.timelineOf(k);
        if (!t || t->series.isEmpty())
            continue;
        ConflictTimeline shown = *t;
        shown.series.removeIf([&content](const TimelinePoint &p) { return !content.documents().contains(p.document); });
        ChartBlock b {k.subject + QStringLiteral(" \u2014 ") + verdictName(t->verdict), t->summary,
                      layoutTimelineChart(content.comparison(), shown, QSizeF(width, chartHeight), fontPixels)};
        if (!b.chart.items.isEmpty())
            blocks.append(b);
    }
    ChartColours colours;
    for (const quint32 rgb : outletRgb(content.comparison().documents))
        colours.documents.append(QColor::fromRgba(rgb));
    QFont font = body;
    font.setPixelSize(qRound(fontPixels));
    QFont bold = font;
    bold.setBold(true);
    QList<std::function<void(QPainter &)>> pages;
    for (qsizetype i = 0; i < blocks.size(); i += 2) {
        const QList<ChartBlock> onPage = blocks.mid(i, 2);
        pages.append([onPage, colours, font, bold, top, slot, line, width](QPainter &p) {
            qreal y = top + line;
            for (const ChartBlock &b : onPage) {
                p.save();
                p.setPen(Qt::black);
                p.setFont(bold);
                p.drawText(QRectF(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, b.title);
                p.translate(0, y + line * 1.2);
                paintTimelineChart(p, b.chart, colours, font);
                p.restore();
                p.save();
                p.setFont(font);
                p.setPen(Qt::black);
                p.drawText(QRectF(0, y + line * 1.2 + b.chart.size.height() + line * 0.3, width, line * 2),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.verdict);
                p.restore();
                y += slot;
            }
        });
    }
    return pages;
}

} // namespace parallax
