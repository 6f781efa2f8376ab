#include "jsontimeline.h"

#include "engine/timeline.h"
#include "util/jsonwriter.h"

namespace parallax {

namespace {

QString idOf(const Comparison &c, int document)
{
    return document >= 0 && document < c.documents.size() ? c.documents.at(document).id : QString();
}

QString precisionName(PublicationWindow::Precision p)
{
    switch (p) {
    case PublicationWindow::Precision::Minute:
        return QStringLiteral("minute");
    case PublicationWindow::Precision::Day:
        return QStringLiteral("day");
    case PublicationWindow::Precision::None:
        break;
    }
    return QStringLiteral("none");
}

void utc(JsonWriter &w, const QDateTime &t)
{
    if (t.isValid())
        w.value(t.toUTC().toString(Qt::ISODate));
    else
        w.null();
}

void writeWindow(JsonWriter &w, const Comparison &c, int document, const PublicationWindow &window)
{
    w.key(u"document");
    w.value(idOf(c, document));
    w.key(u"published");
    const QString iso = c.documents.at(document).published.toIso();
    if (iso.isEmpty())
        w.null();
    else
        w.value(iso);
    w.key(u"precision");
    w.value(precisionName(window.precision));
    w.key(u"zone");
    w.value(window.zoneKnown);
    w.key(u"utcStart");
    utc(w, window.start);
    w.key(u"utcEnd");
    utc(w, window.end);
}

void writeDocumentList(JsonWriter &w, const Comparison &c, const QList<int> &documents)
{
    w.beginArray();
    for (int d : documents)
        w.value(idOf(c, d));
    w.endArray();
}

void writeConflictSeries(JsonWriter &w, const Comparison &c, const ConflictTimeline &t)
{
    w.beginObject();
    w.key(u"conflict");
    w.value(c.conflicts.at(t.conflict).id);
    w.key(u"verdict");
    w.value(verdictName(t.verdict));
    w.key(u"summary");
    w.value(t.summary);
    w.key(u"series");
    w.beginArray();
    for (const TimelinePoint &p : t.series) {
        w.beginObject();
        writeWindow(w, c, p.document, p.published);
        w.key(u"claim");
        w.value(p.claim);
        w.key(u"value");
        w.value(p.number);
        w.key(u"low");
        w.value(p.low);
        w.key(u"high");
        w.value(p.high);
        w.key(u"openBelow");
        w.value(p.openBelow);
        w.key(u"openAbove");
        w.value(p.openAbove);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

void writeTimeline(JsonWriter &w, const Comparison &c)
{
    const Timeline &t = c.timeline;
    w.key(u"timeline");
    w.beginObject();
    w.key(u"publications");
    w.beginArray();
    for (int d = 0; d < t.publications.size() && d < c.documents.size(); ++d) {
        w.beginObject();
        writeWindow(w, c, d, t.publications.at(d));
        w.endObject();
    }
    w.endArray();
    w.key(u"conflicts");
    w.beginArray();
    for (const ConflictTimeline &ct : t.conflicts)
        writeConflictSeries(w, c, ct);
    w.endArray();
    w.key(u"origins");
    w.beginArray();
    for (const OriginOrder &o : t.origins) {
        const bool quote = o.item == OriginOrder::Item::Quote;
        w.beginObject();
        w.key(u"kind");
        w.value(quote ? QStringLiteral("quote") : QStringLiteral("passage"));
        w.key(u"id");
        w.value(quote ? c.quotes.at(o.index).id : c.passages.at(o.index).id);
        w.key(u"order");
        writeDocumentList(w, c, o.documents);
        w.key(u"origin");
        if (o.origin < 0)
            w.null();
        else
            w.value(idOf(c, o.origin));
        w.key(u"originCertain");
        w.value(o.originCertain);
        w.key(u"sameWording");
        writeDocumentList(w, c, o.sameWording);
        w.endObject();
    }
    w.endArray();
    w.key(u"reuse");
    w.beginArray();
    for (const ReuseEdge &e : t.reuse) {
        w.beginObject();
        w.key(u"from");
        w.value(idOf(c, e.from));
        w.key(u"to");
        w.value(idOf(c, e.to));
        w.key(u"count");
        w.value(e.count);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace parallax
