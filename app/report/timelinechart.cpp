#include "timelinechart.h"

#include "engine/timeline.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

// Qt::Alignment values, spelt out: this layer has no Qt Gui, and the flags live in Qt Core's
// namespace anyway, but naming them here keeps the SVG writer readable.
constexpr int alignLeft = Qt::AlignLeft;
constexpr int alignRight = Qt::AlignRight;
constexpr int alignHCenter = Qt::AlignHCenter;
constexpr int alignVCenter = Qt::AlignVCenter;
constexpr int alignTop = Qt::AlignTop;

// Marks in tenths of the text size, so a chart laid out for a 300 dpi page looks like one for
// the screen.
constexpr qreal dotRadius = 0.35;
constexpr qreal barHalfWidth = 0.16;
constexpr qreal minBandHeight = 0.5;
constexpr qreal arrowLength = 0.7;

// An average glyph of a sans-serif font is about half its size wide: enough to reserve margins.
qreal textWidth(const QString &text, qreal fontSize)
{
    return text.size() * fontSize * 0.56;
}

double niceStep(double range, int ticks)
{
    const double raw = range / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

qint64 timeStep(qint64 seconds)
{
    static constexpr qint64 steps[]
        = {3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400};
    for (const qint64 s : steps) {
        if (seconds / s <= 6)
            return s;
    }
    return 28 * 86400 * ((seconds / (28 * 86400)) / 6 + 1);
}

QString outletName(const Comparison &c, int document)
{
    const Document &d = c.documents.at(document);
    return d.outlet.isEmpty() ? d.id : d.outlet;
}

} // namespace

TimelineChart layoutTimelineChart(const Comparison &comparison, const ConflictTimeline &timeline, QSizeF size, qreal fontSize)
{
    TimelineChart chart;
    chart.size = size;
    const Conflict &conflict = comparison.conflicts.at(timeline.conflict);
    const qreal small = fontSize * 0.85;
    const qreal k = fontSize; // marks scale with the text
    QList<const TimelinePoint *> known;
    for (const TimelinePoint &p : timeline.series) {
        if (p.published.isKnown())
            known.append(&p);
        else if (!chart.untimed.contains(p.document))
            chart.untimed.append(p.document);
    }
    if (known.isEmpty())
        return chart;

    // The ranges: every window and every interval, with a margin so nothing sits on the frame.
    QDateTime t0 = known.first()->published.start;
    QDateTime t1 = known.first()->published.end;
    double v0 = known.first()->low;
    double v1 = known.first()->high;
    for (const TimelinePoint *p : std::as_const(known)) {
        t0 = std::min(t0, p->published.start);
        t1 = std::max(t1, p->published.end);
        v0 = std::min({v0, p->low, p->number});
        v1 = std::max({v1, p->high, p->number});
    }
    qint64 span = t0.secsTo(t1);
    if (span < 3600) {
        t0 = t0.addSecs(-1800);
        t1 = t1.addSecs(1800);
        span = t0.secsTo(t1);
    }
    t0 = t0.addSecs(-span / 20);
    t1 = t1.addSecs(span / 20);
    span = t0.secsTo(t1);
    if (v1 - v0 < 1e-9 * std::max(1.0, std::abs(v1))) {
        v0 -= std::max(1.0, std::abs(v0) * 0.1);
        v1 += std::max(1.0, std::abs(v1) * 0.1);
    }
    const double vPad = (v1 - v0) * 0.12;
    v0 -= vPad;
    v1 += vPad;
    const double step = niceStep(v1 - v0, 4);
    const double firstTick = std::ceil(v0 / step) * step;

    QStringList yLabels;
    for (double v = firstTick; v <= v1 + step * 1e-9; v += step)
        yLabels.append(figureText(v, v, v, {}, conflict.unit));
    qreal labelWidth = 0;
    for (const QString &l : std::as_const(yLabels))
        labelWidth = std::max(labelWidth, textWidth(l, small));

    // The legend under the axis: one chip and name per outlet, in order of first appearance.
    QList<int> outlets;
    for (const TimelinePoint &p : timeline.series) {
        if (!outlets.contains(p.document))
            outlets.append(p.document);
    }
    const qreal line = fontSize * 1.45;
    qreal legendX = 0;
    int legendLines = 1;
    for (int d : std::as_const(outlets)) {
        const qreal w = small * 1.6 + textWidth(outletName(comparison, d), small) + 1.5 * k;
        if (legendX > 0 && legendX + w > size.width()) {
            ++legendLines;
            legendX = 0;
        }
        legendX += w;
    }
    const QRectF plot(labelWidth + 0.8 * k, 0.4 * k, size.width() - labelWidth - 1.6 * k,
                      size.height() - 0.4 * k - 2.3 * line - legendLines * line);
    auto x = [&](const QDateTime &t) { return plot.left() + plot.width() * double(t0.secsTo(t)) / double(span); };
    auto y = [&](double v) { return plot.bottom() - plot.height() * (v - v0) / (v1 - v0); };

    for (int i = 0; i < yLabels.size(); ++i) {
        const double v = firstTick + i * step;
        chart.items.append({ChartItem::Kind::Grid, {}, QLineF(plot.left(), y(v), plot.right(), y(v)), {}, 0, false, -1, -1});
        chart.items.append({ChartItem::Kind::Text,
                            QRectF(0, y(v) - line / 2, labelWidth + 4, line),
                            {},
                            yLabels[i],
                            alignRight | alignVCenter,
                            true,
                            -1,
                            -1});
    }
    const qint64 tStep = timeStep(span);
    const bool days = tStep >= 86400;
    QDateTime tick = QDateTime(t0.date(), QTime(0, 0), Qt::UTC);
    while (tick < t0)
        tick = tick.addSecs(tStep);
    const QLocale c = QLocale::c();
    QDate lastDay;
    for (; tick <= t1; tick = tick.addSecs(tStep)) {
        const qreal tx = x(tick);
        chart.items.append({ChartItem::Kind::Grid, {}, QLineF(tx, plot.top(), tx, plot.bottom()), {}, 0, false, -1, -1});
        QString label = days ? c.toString(tick.date(), u"d MMM") : c.toString(tick, u"HH:mm");
        if (!days && tick.date() != lastDay)
            label += u'\n' + c.toString(tick.date(), u"d MMM");
        lastDay = tick.date();
        chart.items.append({ChartItem::Kind::Text,
                            QRectF(tx - 40, plot.bottom() + 2, 80, 2 * line),
                            {},
                            label,
                            alignHCenter | alignTop,
                            true,
                            -1,
                            -1});
    }
    chart.items.append({ChartItem::Kind::Axis, {}, QLineF(plot.bottomLeft(), plot.bottomRight()), {}, 0, false, -1, -1});
    chart.items.append({ChartItem::Kind::Axis, {}, QLineF(plot.bottomLeft(), plot.topLeft()), {}, 0, false, -1, -1});

    for (const TimelinePoint *p : std::as_const(known)) {
        const qreal top = p->openAbove ? plot.top() : y(p->high);
        const qreal bottom = p->openBelow ? plot.bottom() : y(p->low);
        if (p->published.precision == PublicationWindow::Precision::Day) {
            // A date without a time: the band covers the day, never a false exact point.
            const qreal h = std::max(minBandHeight * k, bottom - top);
            const qreal mid = (top + bottom) / 2;
            const QRectF band(x(p->published.start), std::min(top, mid - h / 2), x(p->published.end) - x(p->published.start), h);
            chart.items.append({ChartItem::Kind::Band, band, {}, {}, 0, false, p->document, p->claim});
        } else {
            const qreal px = x(p->published.start);
            if (bottom - top > 1.0)
                chart.items.append({ChartItem::Kind::Bar,
                                    QRectF(px - barHalfWidth, top, 2 * barHalfWidth, bottom - top),
                                    {},
                                    {},
                                    0,
                                    false,
                                    p->document,
                                    p->claim});
            const qreal py = y(p->number);
            chart.items.append({ChartItem::Kind::Point,
                                QRectF(px - dotRadius * k, py - dotRadius * k, 2 * dotRadius * k, 2 * dotRadius * k),
                                {},
                                {},
                                0,
                                false,
                                p->document,
                                p->claim});
        }
        const qreal ax = p->published.precision == PublicationWindow::Precision::Day
            ? (x(p->published.start) + x(p->published.end)) / 2
            : x(p->published.start);
        if (p->openAbove)
            chart.items.append({ChartItem::Kind::Arrow,
                                {},
                                QLineF(ax, plot.top() + arrowLength * k, ax, plot.top()),
                                {},
                                0,
                                false,
                                p->document,
                                p->claim});
        if (p->openBelow)
            chart.items.append({ChartItem::Kind::Arrow,
                                {},
                                QLineF(ax, plot.bottom() - arrowLength * k, ax, plot.bottom()),
                                {},
                                0,
                                false,
                                p->document,
                                p->claim});
    }

    qreal lx = 0;
    qreal ly = plot.bottom() + 2.3 * line;
    for (int d : std::as_const(outlets)) {
        const QString name = outletName(comparison, d);
        const qreal w = small * 1.6 + textWidth(name, small) + 1.5 * k;
        if (lx > 0 && lx + w > size.width()) {
            lx = 0;
            ly += line;
        }
        chart.items.append({ChartItem::Kind::Chip, QRectF(lx, ly + (line - small) / 2, small, small), {}, {}, 0, false, d, -1});
        chart.items.append({ChartItem::Kind::Text,
                            QRectF(lx + small + 4, ly, w - small - 4, line),
                            {},
                            name,
                            alignLeft | alignVCenter,
                            true,
                            -1,
                            -1});
        lx += w;
    }
    return chart;
}

QString timelineChartSvg(const TimelineChart &chart, const QList<quint32> &colours)
{
    auto colour = [&](int document) {
        const quint32 rgb = document >= 0 && document < colours.size() ? colours.at(document) : 0xff777777u;
        return QStringLiteral("#%1").arg(rgb & 0xffffffu, 6, 16, QLatin1Char('0'));
    };
    auto num = [](qreal v) { return QString::number(v, 'f', 1); };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"DejaVu Sans, Arial, sans-serif\">")
                      .arg(num(chart.size.width()), num(chart.size.height()));
    for (const ChartItem &it : chart.items) {
        switch (it.kind) {
        case ChartItem::Kind::Grid:
        case ChartItem::Kind::Axis:
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"/>")
                       .arg(num(it.line.x1()), num(it.line.y1()), num(it.line.x2()), num(it.line.y2()),
                            it.kind == ChartItem::Kind::Grid ? QStringLiteral("#dddddd") : QStringLiteral("#555555"),
                            it.kind == ChartItem::Kind::Grid ? QStringLiteral("0.6") : QStringLiteral("1"));
            break;
        case ChartItem::Kind::Band:
            svg += QStringLiteral(
                       "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" fill-opacity=\"0.35\" stroke=\"%5\"/>")
                       .arg(num(it.rect.x()), num(it.rect.y()), num(it.rect.width()), num(it.rect.height()), colour(it.document));
            break;
        case ChartItem::Kind::Bar:
        case ChartItem::Kind::Chip:
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                       .arg(num(it.rect.x()), num(it.rect.y()), num(it.rect.width()), num(it.rect.height()), colour(it.document));
            break;
        case ChartItem::Kind::Point:
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" stroke=\"#333333\" stroke-width=\"0.6\"/>")
                       .arg(num(it.rect.center().x()), num(it.rect.center().y()), num(it.rect.width() / 2), colour(it.document));
            break;
        case ChartItem::Kind::Arrow: {
            const QLineF l = it.line;
            const qreal dir = l.y2() < l.y1() ? 1 : -1; // tip at (x2, y2)
            svg += QStringLiteral("<path d=\"M%1 %2 L%3 %4 L%5 %4 Z\" fill=\"%6\"/>")
                       .arg(num(l.x2()), num(l.y2()), num(l.x2() - 3.5), num(l.y2() + dir * 6), num(l.x2() + 3.5),
                            colour(it.document));
            break;
        }
        case ChartItem::Kind::Text: {
            const QStringList lines = it.text.split(u'\n');
            const bool right = it.align & Qt::AlignRight;
            const bool centre = it.align & Qt::AlignHCenter;
            const qreal size = it.small ? 8.5 : 10;
            const qreal tx = right ? it.rect.right() : centre ? it.rect.center().x() : it.rect.left();
            qreal ty = (it.align & Qt::AlignVCenter) ? it.rect.center().y() + size * 0.35 : it.rect.top() + size;
            for (const QString &l : lines) {
                svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" fill=\"#333333\" text-anchor=\"%4\">%5</text>")
                           .arg(num(tx), num(ty), num(size),
                                right        ? QStringLiteral("end")
                                    : centre ? QStringLiteral("middle")
                                             : QStringLiteral("start"),
                                l.toHtmlEscaped());
                ty += size * 1.2;
            }
            break;
        }
        }
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

} // namespace parallax
