#include "htmltimeline.h"

#include "engine/timeline.h"
#include "outletpalette.h"
#include "reportcontent.h"
#include "timelinechart.h"

#include <QLocale>

namespace parallax {

namespace {

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

QString whenText(const PublicationWindow &w)
{
    const QLocale c = QLocale::c();
    switch (w.precision) {
    case PublicationWindow::Precision::Minute:
        return c.toString(w.start, w.zoneKnown ? u"d MMM HH:mm 'UTC'" : u"d MMM HH:mm");
    case PublicationWindow::Precision::Day:
        return c.toString(w.start.date(), u"d MMM");
    case PublicationWindow::Precision::None:
        break;
    }
    return QStringLiteral("time unknown");
}

void charts(QString &h, const ReportContent &content, const QList<quint32> &colours)
{
    const Comparison &c = content.comparison();
    bool any = false;
    for (const Conflict &k : content.conflicts()) {
        const ConflictTimeline *t = content.timelineOf(k);
        if (!t || t->series.isEmpty())
            continue;
        // Only the shown articles' claims: the conflict as this report lists it.
        ConflictTimeline shown = *t;
        shown.series.removeIf([&content](const TimelinePoint &p) { return !content.documents().contains(p.document); });
        const TimelineChart chart = layoutTimelineChart(c, shown, QSizeF(640, 230), 10);
        if (chart.items.isEmpty())
            continue;
        any = true;
        h += QStringLiteral("<figure id=\"timeline-%1\"><figcaption><b>%2</b> (%3)</figcaption>%4<p class=\"verdict %3\">%5</p>")
                 .arg(esc(k.id), esc(k.subject), esc(verdictName(t->verdict)), timelineChartSvg(chart, colours), esc(t->summary));
        if (!chart.untimed.isEmpty()) {
            QStringList names;
            for (int d : chart.untimed)
                names << esc(content.documentLabel(d));
            h += QStringLiteral("<p class=\"sub\">Not on the time line (no publication date): %1</p>")
                     .arg(names.join(QStringLiteral(", ")));
        }
        h += QStringLiteral("</figure>");
    }
    if (!any)
        h += QStringLiteral("<p>No disputed figure has publication times to chart.</p>");
}

void origins(QString &h, const ReportContent &content)
{
    const Comparison &c = content.comparison();
    const Timeline &t = c.timeline;
    h += QStringLiteral("<h3>Who had it first</h3>");
    if (t.origins.isEmpty()) {
        h += QStringLiteral("<p>No quote or passage is shared.</p>");
        return;
    }
    h += QStringLiteral("<ul>");
    for (const OriginOrder &o : t.origins) {
        const bool quote = o.item == OriginOrder::Item::Quote;
        const QString id = quote ? c.quotes.at(o.index).id : c.passages.at(o.index).id;
        const QList<TextOccurrence> &occ = quote ? c.quotes.at(o.index).occurrences : c.passages.at(o.index).occurrences;
        QStringList order;
        for (int d : o.documents) {
            QString item = QStringLiteral("%1 <span class=\"sub\">(%2)</span>")
                               .arg(esc(content.documentLabel(d)), esc(whenText(t.publications.at(d))));
            if (d == o.origin)
                item = QStringLiteral("<b>%1</b>").arg(item);
            else if (o.sameWording.contains(d) && o.origin >= 0)
                item
                    += QStringLiteral(" <span class=\"sub\">same wording as %1</span>").arg(esc(content.documentLabel(o.origin)));
            order << item;
        }
        const QString origin = o.origin < 0 ? QStringLiteral("unknown (no publication times)")
            : o.originCertain               ? esc(content.documentLabel(o.origin))
                                            : esc(content.documentLabel(o.origin)) + QStringLiteral(", likely");
        h += QStringLiteral("<li id=\"origin-%1\">%2 \u201c%3\u201d: %4. Origin: %5</li>")
                 .arg(esc(id), quote ? QStringLiteral("Quote") : QStringLiteral("Passage"), esc(occ.first().text.left(90)),
                      order.join(QStringLiteral(" \u2192 ")), origin);
    }
    h += QStringLiteral("</ul>");
    if (t.reuse.isEmpty())
        return;
    h += QStringLiteral("<h3>Origin graph</h3><ul class=\"graph\">");
    for (int i = 0; i < t.reuse.size();) {
        const int from = t.reuse.at(i).from;
        QStringList to;
        for (; i < t.reuse.size() && t.reuse.at(i).from == from; ++i)
            to << QStringLiteral("%1 (%2)").arg(esc(content.documentLabel(t.reuse.at(i).to))).arg(t.reuse.at(i).count);
        h += QStringLiteral("<li><b>%1</b> \u2192 %2</li>").arg(esc(content.documentLabel(from)), to.join(QStringLiteral(", ")));
    }
    h += QStringLiteral("</ul>");
}

void publications(QString &h, const ReportContent &content)
{
    const Timeline &t = content.comparison().timeline;
    QStringList noZone;
    QStringList dateOnly;
    QStringList none;
    for (int d : content.documents()) {
        const PublicationWindow &w = t.publications.value(d);
        (w.precision == PublicationWindow::Precision::None      ? none
             : w.precision == PublicationWindow::Precision::Day ? dateOnly
             : !w.zoneKnown                                     ? noZone
                                                                : none)
            .append(w.precision == PublicationWindow::Precision::Minute && w.zoneKnown ? QString()
                                                                                       : esc(content.documentLabel(d)));
    }
    none.removeAll(QString());
    QStringList notes;
    if (!noZone.isEmpty())
        notes << QStringLiteral("no time zone (read as UTC): %1").arg(noZone.join(QStringLiteral(", ")));
    if (!dateOnly.isEmpty())
        notes << QStringLiteral("a date but no time: %1").arg(dateOnly.join(QStringLiteral(", ")));
    if (!none.isEmpty())
        notes << QStringLiteral("no publication date: %1").arg(none.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        h += QStringLiteral("<p class=\"sub\">Publication times: %1.</p>").arg(notes.join(QStringLiteral("; ")));
}

} // namespace

QString timelineTextHtml(const ReportContent &content)
{
    QString h;
    publications(h, content);
    origins(h, content);
    return h;
}

QString timelineHtml(const ReportContent &content)
{
    QString h = QStringLiteral("<section id=\"timeline\"><h2>Timeline</h2>");
    publications(h, content);
    charts(h, content, outletRgb(content.comparison().documents));
    origins(h, content);
    h += QStringLiteral("</section>\n");
    return h;
}

} // namespace parallax
