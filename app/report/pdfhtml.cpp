#include "pdfhtml.h"

namespace parallax {

namespace {

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

} // namespace

QString pdfCoverHtml(const ReportContent &c)
{
    const Comparison &cmp = c.comparison();
    QString h = QStringLiteral("<h1 style=\"font-size:20pt\">%1</h1><p style=\"color:#555\">Comparison of %2 articles, prepared "
                               "with Parallax.</p>")
                    .arg(esc(c.eventTitle()))
                    .arg(c.documents().size());
    h += QStringLiteral("<h2>Sources</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                        "<tr bgcolor=\"#eeeeee\"><th>#</th><th>Outlet</th><th>Published</th><th>Title</th></tr>");
    int i = 1;
    for (int d : c.documents()) {
        const Document &doc = cmp.documents.at(d);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(QString::number(i++), esc(c.documentLabel(d)), esc(doc.published.toIso()), esc(doc.title));
    }
    h += QStringLiteral(
        "</table><h2>Similarity</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr bgcolor=\"#eeeeee\"><th></th>");
    for (int d : c.documents())
        h += QStringLiteral("<th>%1</th>").arg(esc(c.documentLabel(d)));
    h += QStringLiteral("</tr>");
    for (int a : c.documents()) {
        h += QStringLiteral("<tr><th bgcolor=\"#eeeeee\">%1</th>").arg(esc(c.documentLabel(a)));
        for (int b : c.documents()) {
            const double v = a < cmp.similarity.size() && b < cmp.similarity.at(a).size() ? cmp.similarity.at(a).at(b) : 0.0;
            // Darker cells for closer articles, so the matrix reads at a glance.
            const int shade = 255 - qRound(qBound(0.0, v, 1.0) * 90);
            h += QStringLiteral("<td align=\"right\" bgcolor=\"#%1%1ff\">%2%</td>")
                     .arg(shade, 2, 16, QLatin1Char('0'))
                     .arg(qRound(v * 100));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><h2>Conflicts</h2>");
    if (c.conflicts().isEmpty()) {
        h += QStringLiteral("<p>The articles do not disagree on any detail Parallax recognises.</p>");
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr "
                            "bgcolor=\"#eeeeee\"><th>Subject</th><th>Kind</th><th>What each outlet says</th></tr>");
        for (const Conflict &k : c.conflicts()) {
            QStringList values;
            for (const Claim &cl : k.claims)
                values << QStringLiteral("<b>%1</b>: %2 <span style=\"color:#666\">(\u201c%3\u201d)</span>")
                              .arg(esc(c.documentLabel(cl.document)), esc(cl.value), esc(cl.text));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(k.subject), esc(factKindName(k.kind)), values.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h2>Shared quotes</h2>");
    if (c.quotes().isEmpty())
        h += QStringLiteral("<p>No quote appears in more than one article.</p>");
    for (const QuoteCluster &q : c.quotes()) {
        if (q.occurrences.isEmpty())
            continue;
        QStringList outlets = c.quoteOutlets(q);
        for (QString &outlet : outlets)
            outlet = esc(outlet);
        h += QStringLiteral("<p><b>%1</b>: \u201c%2\u201d \u2014 %3 (%4)</p>")
                 .arg(esc(q.speaker.isEmpty() ? QStringLiteral("unattributed") : q.speaker), esc(q.occurrences.first().text),
                      outlets.join(QStringLiteral(", ")),
                      q.verbatim ? QStringLiteral("verbatim") : QStringLiteral("wording differs"));
    }
    return h;
}

QString pdfLeftoverNotesHtml(const ReportContent &c)
{
    QString outside;
    for (const ReportNote &n : c.notes()) {
        if (n.row < 0)
            outside += QStringLiteral("<p><b>%1.</b> [%2] %3 \u2014 on \u201c%4\u201d (%5)</p>")
                           .arg(QString::number(n.number), esc(n.annotation.tag), esc(n.annotation.note), esc(n.annotation.quote),
                                esc(c.documentLabel(n.document)));
    }
    QString lost;
    for (const Annotation &a : c.orphanedNotes())
        lost += QStringLiteral("<p>[%1] %2 \u2014 on \u201c%3\u201d <span style=\"color:#a33\">(%4)</span></p>")
                    .arg(esc(a.tag), esc(a.note), esc(a.quote),
                         esc(a.orphanedReason.isEmpty() ? QStringLiteral("outside the article") : a.orphanedReason));
    QString h;
    // Boilerplate and other unaligned paragraphs have no row; their notes are still the analyst's.
    if (!outside.isEmpty())
        h += QStringLiteral("<h2>Notes on text outside the aligned rows</h2>") + outside;
    if (!lost.isEmpty())
        h += QStringLiteral("<h2>Notes whose text was not found</h2>") + lost;
    return h;
}

} // namespace parallax
