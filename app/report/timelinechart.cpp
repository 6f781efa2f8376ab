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

namespace {

// The steps of a chart's layout: ranges, then the plot area they leave after the labels and the
// legend, then the grid, the marks and the legend, each appending its items.
class ChartLayout
{
public:
    ChartLayout(const Comparison &comparison, const ConflictTimeline &timeline, QSizeF size, qreal fontSize)
        : m_c(comparison)
        , m_unit(comparison.conflicts.at(timeline.conflict).unit)
        , m_small(fontSize * 0.85)
        , m_k(fontSize)
        , m_line(fontSize * 1.45)
    {
        m_chart.size = size;
        for (const TimelinePoint &p : timeline.series) {
            if (p.published.isKnown())
                m_known.append(&p);
            else if (!m_chart.untimed.contains(p.document))
                m_chart.untimed.append(p.document);
            if (!m_outlets.contains(p.document))
                m_outlets.append(p.document);
        }
    }

    TimelineChart take()
    {
        if (m_known.isEmpty())
            return m_chart;
        findRanges();
        placePlot();
        addValueAxis();
        addTimeAxis();
        for (const TimelinePoint *p : std::as_const(m_known))
            addMarks(*p);
        addLegend();
        return m_chart;
    }

private:
    qreal x(const QDateTime &t) const { return m_plot.left() + m_plot.width() * double(m_t0.secsTo(t)) / double(m_span); }
    qreal y(double v) const { return m_plot.bottom() - m_plot.height() * (v - m_v0) / (m_v1 - m_v0); }
    void add(ChartItem::Kind kind, const QRectF &rect, const QLineF &line, int document = -1, int claim = -1)
    {
        m_chart.items.append({kind, rect, line, {}, 0, false, document, claim});
    }
    void addText(const QRectF &rect, const QString &text, int align)
    {
        m_chart.items.append({ChartItem::Kind::Text, rect, {}, text, align, true, -1, -1});
    }
    qreal legendWidth(int document) const { return m_small * 1.6 + textWidth(outletName(m_c, document), m_small) + 1.5 * m_k; }

    // Every window and every interval, with a margin so nothing sits on the frame.
    void findRanges()
    {
        QDateTime t1 = m_known.first()->published.end;
        m_t0 = m_known.first()->published.start;
        m_v0 = m_known.first()->low;
        m_v1 = m_known.first()->high;
        for (const TimelinePoint *p : std::as_const(m_known)) {
            m_t0 = std::min(m_t0, p->published.start);
            t1 = std::max(t1, p->published.end);
            m_v0 = std::min({m_v0, p->low, p->number});
            m_v1 = std::max({m_v1, p->high, p->number});
        }
        m_span = m_t0.secsTo(t1);
        if (m_span < 3600) {
            m_t0 = m_t0.addSecs(-1800);
            t1 = t1.addSecs(1800);
            m_span = m_t0.secsTo(t1);
        }
        m_t0 = m_t0.addSecs(-m_span / 20);
        m_t1 = t1.addSecs(m_span / 20);
        m_span = m_t0.secsTo(m_t1);
        if (m_v1 - m_v0 < 1e-9 * std::max(1.0, std::abs(m_v1))) {
            m_v0 -= std::max(1.0, std::abs(m_v0) * 0.1);
            m_v1 += std::max(1.0, std::abs(m_v1) * 0.1);
        }
        const double pad = (m_v1 - m_v0) * 0.12;
        m_v0 -= pad;
        m_v1 += pad;
        m_step = niceStep(m_v1 - m_v0, 4);
        for (double v = std::ceil(m_v0 / m_step) * m_step; v <= m_v1 + m_step * 1e-9; v += m_step) {
            m_ticks.append(v);
            m_tickLabels.append(figureText(v, v, v, {}, m_unit));
        }
    }

    // What the value labels (left), the time labels (two lines) and the legend (below) leave.
    void placePlot()
    {
        for (const QString &l : std::as_const(m_tickLabels))
            m_labelWidth = std::max(m_labelWidth, textWidth(l, m_small));
        qreal legendX = 0;
        int legendLines = 1;
        for (int d : std::as_const(m_outlets)) {
            const qreal w = legendWidth(d);
            if (legendX > 0 && legendX + w > m_chart.size.width()) {
                ++legendLines;
                legendX = 0;
            }
            legendX += w;
        }
        m_plot = QRectF(m_labelWidth + 0.8 * m_k, 0.4 * m_k, m_chart.size.width() - m_labelWidth - 1.6 * m_k,
                        m_chart.size.height() - 0.4 * m_k - 2.3 * m_line - legendLines * m_line);
    }

    void addValueAxis()
    {
        for (int i = 0; i < m_ticks.size(); ++i) {
            const qreal ty = y(m_ticks[i]);
            add(ChartItem::Kind::Grid, {}, QLineF(m_plot.left(), ty, m_plot.right(), ty));
            addText(QRectF(0, ty - m_line / 2, m_labelWidth + 0.4 * m_k, m_line), m_tickLabels[i], alignRight | alignVCenter);
        }
        add(ChartItem::Kind::Axis, {}, QLineF(m_plot.bottomLeft(), m_plot.topLeft()));
    }

    // Hours within a couple of days (the date under the first hour of each day), days beyond.
    void addTimeAxis()
    {
        const qint64 step = timeStep(m_span);
        const bool days = step >= 86400;
        QDateTime tick = QDateTime(m_t0.date(), QTime(0, 0), Qt::UTC);
        while (tick < m_t0)
            tick = tick.addSecs(step);
        const QLocale c = QLocale::c();
        QDate lastDay;
        for (; tick <= m_t1; tick = tick.addSecs(step)) {
            const qreal tx = x(tick);
            add(ChartItem::Kind::Grid, {}, QLineF(tx, m_plot.top(), tx, m_plot.bottom()));
            QString label = days ? c.toString(tick.date(), u"d MMM") : c.toString(tick, u"HH:mm");
            if (!days && tick.date() != lastDay)
                label += u'\n' + c.toString(tick.date(), u"d MMM");
            lastDay = tick.date();
            addText(QRectF(tx - 4 * m_k, m_plot.bottom() + 0.2 * m_k, 8 * m_k, 2 * m_line), label, alignHCenter | alignTop);
        }
        add(ChartItem::Kind::Axis, {}, QLineF(m_plot.bottomLeft(), m_plot.bottomRight()));
    }

    void addMarks(const TimelinePoint &p)
    {
        const qreal top = p.openAbove ? m_plot.top() : y(p.high);
        const qreal bottom = p.openBelow ? m_plot.bottom() : y(p.low);
        const bool day = p.published.precision == PublicationWindow::Precision::Day;
        if (day) {
            // A date without a time: the band covers the day, never a false exact point.
            const qreal h = std::max(minBandHeight * m_k, bottom - top);
            const qreal mid = (top + bottom) / 2;
            add(ChartItem::Kind::Band,
                QRectF(x(p.published.start), std::min(top, mid - h / 2), x(p.published.end) - x(p.published.start), h), {},
                p.document, p.claim);
        } else {
            const qreal px = x(p.published.start);
            const qreal half = barHalfWidth * m_k;
            if (bottom - top > 1.0)
                add(ChartItem::Kind::Bar, QRectF(px - half, top, 2 * half, bottom - top), {}, p.document, p.claim);
            const qreal r = dotRadius * m_k;
            add(ChartItem::Kind::Point, QRectF(px - r, y(p.number) - r, 2 * r, 2 * r), {}, p.document, p.claim);
        }
        const qreal ax = day ? (x(p.published.start) + x(p.published.end)) / 2 : x(p.published.start);
        const qreal arrow = arrowLength * m_k;
        if (p.openAbove)
            add(ChartItem::Kind::Arrow, {}, QLineF(ax, m_plot.top() + arrow, ax, m_plot.top()), p.document, p.claim);
        if (p.openBelow)
            add(ChartItem::Kind::Arrow, {}, QLineF(ax, m_plot.bottom() - arrow, ax, m_plot.bottom()), p.document, p.claim);
    }

    // One chip and name per outlet, in order of first appearance.
    void addLegend()
    {
        qreal lx = 0;
        qreal ly = m_plot.bottom() + 2.3 * m_line;
        for (int d : std::as_const(m_outlets)) {
            const qreal w = legendWidth(d);
            if (lx > 0 && lx + w > m_chart.size.width()) {
                lx = 0;
                ly += m_line;
            }
            add(ChartItem::Kind::Chip, QRectF(lx, ly + (m_line - m_small) / 2, m_small, m_small), {}, d);
            addText(QRectF(lx + m_small * 1.4, ly, w - m_small * 1.4, m_line), outletName(m_c, d), alignLeft | alignVCenter);
            lx += w;
        }
    }

    const Comparison &m_c;
    const QString m_unit;
    const qreal m_small;
    const qreal m_k; ///< marks and margins scale with the text
    const qreal m_line;
    TimelineChart m_chart;
    QList<const TimelinePoint *> m_known;
    QList<int> m_outlets;
    QDateTime m_t0;
    QDateTime m_t1;
    qint64 m_span = 0;
    double m_v0 = 0;
    double m_v1 = 0;
    double m_step = 1;
    QList<double> m_ticks;
    QStringList m_tickLabels;
    qreal m_labelWidth = 0;
    QRectF m_plot;
};

} // namespace

TimelineChart layoutTimelineChart(const Comparison &comparison, const ConflictTimeline &timeline, QSizeF size, qreal fontSize)
{
    return ChartLayout(comparison, timeline, size, fontSize).take();
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
