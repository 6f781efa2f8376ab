#include "jsonreport.h"

#include "engine/timeline.h"
#include "jsontimeline.h"
#include "util/jsonwriter.h"

#include <algorithm>

namespace parallax {

namespace {

QString docId(const Comparison &c, int index)
{
    return index >= 0 && index < c.documents.size() ? c.documents.at(index).id : QString();
}

void writeDocuments(JsonWriter &w, const Comparison &c)
{
    w.key(u"documents");
    w.beginArray();
    for (const Document &d : c.documents) {
        w.beginObject();
        w.key(u"id");
        w.value(d.id);
        w.key(u"path");
        w.value(d.path);
        w.key(u"format");
        w.value(d.format);
        w.key(u"encoding");
        w.value(d.encoding);
        w.key(u"title");
        w.value(d.title);
        w.key(u"outlet");
        w.value(d.outlet);
        w.key(u"author");
        w.value(d.author);
        w.key(u"published");
        if (d.published.isValid())
            w.value(d.published.toIso());
        else
            w.null();
        w.key(u"paragraphBreaks");
        w.value(d.paragraphBreaks);
        w.key(u"paragraphs");
        w.beginArray();
        for (qsizetype i = 0; i < d.paragraphs.size(); ++i) {
            w.beginObject();
            w.key(u"index");
            w.value(static_cast<qint64>(i));
            w.key(u"role");
            w.value(roleName(d.paragraphs.at(i).role));
            w.key(u"text");
            w.value(d.paragraphs.at(i).text);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void writeSimilarity(JsonWriter &w, const Comparison &c)
{
    w.key(u"similarity");
    w.beginObject();
    for (qsizetype i = 0; i < c.similarity.size(); ++i) {
        w.key(docId(c, int(i)));
        w.beginObject();
        for (qsizetype j = 0; j < c.similarity.at(i).size(); ++j) {
            if (i == j)
                continue;
            w.key(docId(c, int(j)));
            w.value(c.similarity.at(i).at(j));
        }
        w.endObject();
    }
    w.endObject();
}

void writeOutliers(JsonWriter &w, const Comparison &c)
{
    w.key(u"outliers");
    w.beginArray();
    for (const Outlier &o : c.outliers) {
        w.beginObject();
        w.key(u"document");
        w.value(docId(c, o.document));
        w.key(u"reason");
        w.value(o.reason);
        w.endObject();
    }
    w.endArray();
}

void writeGroups(JsonWriter &w, const Comparison &c)
{
    w.key(u"groups");
    w.beginArray();
    for (const AlignmentGroup &g : c.groups) {
        w.beginObject();
        w.key(u"id");
        w.value(g.id);
        w.key(u"pivot");
        w.beginObject();
        w.key(u"document");
        w.value(docId(c, g.pivotDocument));
        w.key(u"paragraph");
        w.value(g.pivotParagraph);
        w.endObject();
        w.key(u"members");
        w.beginArray();
        for (const GroupMember &m : g.members) {
            w.beginObject();
            w.key(u"document");
            w.value(docId(c, m.document));
            w.key(u"paragraphs");
            w.beginArray();
            for (int p : m.paragraphs)
                w.value(p);
            w.endArray();
            w.key(u"spans");
            w.beginArray();
            for (const Span &s : m.spans) {
                w.beginObject();
                w.key(u"paragraph");
                w.value(s.paragraph);
                w.key(u"start");
                w.value(s.start);
                w.key(u"end");
                w.value(s.end);
                w.key(u"kind");
                w.value(spanKindName(s.kind));
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.key(u"score");
        w.value(g.score);
        w.endObject();
    }
    w.endArray();
}

void writeOccurrences(JsonWriter &w, const Comparison &c, const QList<TextOccurrence> &occurrences)
{
    w.key(u"occurrences");
    w.beginArray();
    for (const TextOccurrence &o : occurrences) {
        w.beginObject();
        w.key(u"document");
        w.value(docId(c, o.document));
        w.key(u"paragraph");
        w.value(o.paragraph);
        w.key(u"start");
        w.value(o.start);
        w.key(u"end");
        w.value(o.end);
        w.key(u"text");
        w.value(o.text);
        w.endObject();
    }
    w.endArray();
}

void writeQuotes(JsonWriter &w, const Comparison &c)
{
    w.key(u"quotes");
    w.beginArray();
    for (const QuoteCluster &q : c.quotes) {
        w.beginObject();
        w.key(u"id");
        w.value(q.id);
        w.key(u"speaker");
        w.value(q.speaker);
        w.key(u"verbatim");
        w.value(q.verbatim);
        writeOccurrences(w, c, q.occurrences);
        w.key(u"forms");
        w.beginArray();
        for (const QString &form : q.forms)
            w.value(form);
        w.endArray();
        w.key(u"differingWords");
        w.beginArray();
        for (const QString &word : q.differingWords)
            w.value(word);
        w.endArray();
        // Quotes of one outlet stay in the list (readers had them since 1.0); this tells them apart.
        w.key(u"shared");
        w.value(q.isShared());
        w.endObject();
    }
    w.endArray();
}

void writePassages(JsonWriter &w, const Comparison &c)
{
    w.key(u"passages");
    w.beginArray();
    for (const SharedPassage &p : c.passages) {
        w.beginObject();
        w.key(u"id");
        w.value(p.id);
        writeOccurrences(w, c, p.occurrences);
        w.endObject();
    }
    w.endArray();
}

void writeConflicts(JsonWriter &w, const Comparison &c)
{
    w.key(u"conflicts");
    w.beginArray();
    for (const Conflict &k : c.conflicts) {
        w.beginObject();
        w.key(u"id");
        w.value(k.id);
        w.key(u"kind");
        w.value(factKindName(k.kind));
        w.key(u"subject");
        w.value(k.subject);
        w.key(u"unit");
        w.value(k.unit);
        w.key(u"claims");
        w.beginArray();
        for (const Claim &cl : k.claims) {
            w.beginObject();
            w.key(u"document");
            w.value(docId(c, cl.document));
            w.key(u"paragraph");
            w.value(cl.paragraph);
            w.key(u"start");
            w.value(cl.start);
            w.key(u"end");
            w.value(cl.end);
            w.key(u"text");
            w.value(cl.text);
            w.key(u"value");
            w.value(cl.value);
            w.key(u"reading");
            w.value(cl.reading);
            w.key(u"published");
            if (cl.published.isEmpty())
                w.null();
            else
                w.value(cl.published);
            w.endObject();
        }
        w.endArray();
        // Added after 1.0: how the claims relate over publication time (timeline.h).
        w.key(u"verdict");
        const qsizetype index = &k - c.conflicts.constData();
        w.value(index < c.timeline.conflicts.size() ? verdictName(c.timeline.conflicts.at(index).verdict)
                                                    : QStringLiteral("unknown"));
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray toJsonReport(const Comparison &comparison)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"schema");
    w.value(reportSchema);
    w.key(u"pivot");
    w.value(docId(comparison, comparison.pivotDocument));
    writeDocuments(w, comparison);
    writeSimilarity(w, comparison);
    writeOutliers(w, comparison);
    writeGroups(w, comparison);
    writeQuotes(w, comparison);
    writePassages(w, comparison);
    writeConflicts(w, comparison);
    writeTimeline(w, comparison);
    w.endObject();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

} // namespace parallax
