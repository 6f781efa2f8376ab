#include "csvreport.h"

namespace parallax {

namespace {

QString docField(const Comparison &c, int index, bool outlet)
{
    if (index < 0 || index >= c.documents.size())
        return {};
    return outlet ? c.documents.at(index).outlet : c.documents.at(index).id;
}

} // namespace

QByteArray csvRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString &f = fields.at(i);
        const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r');
        if (quote)
            line += u'"' + QString(f).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            line += f;
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QByteArray conflictsCsv(const Comparison &comparison)
{
    QByteArray out
        = csvRecord({QStringLiteral("conflict"), QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("unit"),
                     QStringLiteral("document"), QStringLiteral("outlet"), QStringLiteral("published"), QStringLiteral("value"),
                     QStringLiteral("text"), QStringLiteral("paragraph"), QStringLiteral("start"), QStringLiteral("end")});
    for (const Conflict &k : comparison.conflicts) {
        for (const Claim &cl : k.claims) {
            QString published = cl.published;
            if (published.isEmpty() && cl.document >= 0 && cl.document < comparison.documents.size())
                published = comparison.documents.at(cl.document).published.toIso();
            out += csvRecord({k.id, factKindName(k.kind), k.subject, k.unit, docField(comparison, cl.document, false),
                              docField(comparison, cl.document, true), published, cl.value, cl.text,
                              QString::number(cl.paragraph), QString::number(cl.start), QString::number(cl.end)});
        }
    }
    return out;
}

QByteArray quotesCsv(const Comparison &comparison)
{
    QByteArray out
        = csvRecord({QStringLiteral("quote"), QStringLiteral("speaker"), QStringLiteral("verbatim"), QStringLiteral("document"),
                     QStringLiteral("outlet"), QStringLiteral("paragraph"), QStringLiteral("start"), QStringLiteral("end"),
                     QStringLiteral("text"), QStringLiteral("shared")});
    // Every quote, as in the JSON report; the last column (added later, so readers by position keep
    // working) tells the ones at least two outlets carry.
    for (const QuoteCluster &q : comparison.quotes) {
        const QString shared = q.isShared() ? QStringLiteral("yes") : QStringLiteral("no");
        for (const TextOccurrence &o : q.occurrences) {
            out += csvRecord({q.id, q.speaker, q.verbatim ? QStringLiteral("yes") : QStringLiteral("no"),
                              docField(comparison, o.document, false), docField(comparison, o.document, true),
                              QString::number(o.paragraph), QString::number(o.start), QString::number(o.end), o.text, shared});
        }
    }
    return out;
}

} // namespace parallax
