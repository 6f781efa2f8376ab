#include "htmlreport.h"

#include "engine/timeline.h"
#include "htmltimeline.h"

namespace parallax {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Newlines inside a paragraph (verse, addresses) stay visible.
QString escText(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

const char *const css = R"(body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:14px;color:#222;margin:2em;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0}.sub{color:#666;margin-top:0}.num{text-align:right}
table.rows{width:100%;table-layout:fixed}table.rows td p{margin:0 0 .5em 0}td.gap{background:#fafafa}
td.notes{width:16em;font-size:.9em;background:#fcfcf4}td.notes ol,ul.orphans{margin:0;padding-left:1.5em}
mark{background:none;color:inherit}mark.changed{background:#fff2a8}mark.quote{background:#cfe3ff}
mark.conflict{background:#ffc9c4;text-decoration:underline;text-decoration-color:#c0392b}
mark.note{border-bottom:2px solid #8a6d00}sup.ref{font-weight:bold;color:#8a6d00}
.tag{display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.85em;border:1px solid #bbb}
.legend mark{padding:0 .3em;margin-right:1em}.why{color:#a33})";

QString classes(int flags)
{
    QStringList out;
    if (flags & HighlightChanged)
        out << QStringLiteral("changed");
    if (flags & HighlightQuote)
        out << QStringLiteral("quote");
    if (flags & HighlightConflict)
        out << QStringLiteral("conflict");
    if (flags & HighlightNote)
        out << QStringLiteral("note");
    return out.join(u' ');
}

QString paragraphHtml(const ReportContent &content, int document, int paragraph)
{
    QString html = QStringLiteral("<p>");
    for (const TextSegment &s : content.segments(document, paragraph)) {
        if (s.flags)
            html += QStringLiteral("<mark class=\"%1\">%2</mark>").arg(classes(s.flags), escText(s.text));
        else
            html += escText(s.text);
        for (int n : s.notesAfter)
            html += QStringLiteral("<sup class=\"ref\"><a href=\"#n%1\">%1</a></sup>").arg(n);
    }
    return html + QStringLiteral("</p>");
}

QString noteHtml(const Annotation &a)
{
    QString html;
    if (!a.tag.isEmpty())
        html += QStringLiteral("<span class=\"tag\" style=\"background:%1\">%2</span> ").arg(esc(a.colour), esc(a.tag));
    html += escText(a.note);
    return html;
}

void sources(QString &h, const ReportContent &c)
{
    h += QStringLiteral(
        "<section id=\"sources\"><h2>Sources</h2><table><tr><th>#</th><th>Outlet</th><th>Published</th><th>Title</th></tr>");
    int i = 1;
    for (int d : c.documents()) {
        const Document &doc = c.comparison().documents.at(d);
        h += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(QString::number(i++), esc(c.documentLabel(d)), esc(doc.published.toIso()), esc(doc.title));
    }
    h += QStringLiteral("</table></section>\n");
}

void similarity(QString &h, const ReportContent &c)
{
    const auto &sim = c.comparison().similarity;
    h += QStringLiteral("<section id=\"similarity\"><h2>Similarity</h2><table><tr><th></th>");
    for (int d : c.documents())
        h += QStringLiteral("<th>%1</th>").arg(esc(c.documentLabel(d)));
    h += QStringLiteral("</tr>");
    for (int a : c.documents()) {
        h += QStringLiteral("<tr><th>%1</th>").arg(esc(c.documentLabel(a)));
        for (int b : c.documents()) {
            const double v = a < sim.size() && b < sim.at(a).size() ? sim.at(a).at(b) : 0.0;
            h += QStringLiteral("<td class=\"num\">%1%</td>").arg(qRound(v * 100));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table></section>\n");
}

void conflicts(QString &h, const ReportContent &c)
{
    h += QStringLiteral("<section id=\"conflicts\"><h2>Conflicts</h2>");
    if (c.conflicts().isEmpty()) {
        h += QStringLiteral("<p>The articles do not disagree on any detail Parallax recognises.</p></section>\n");
        return;
    }
    h += QStringLiteral("<table><tr><th>Subject</th><th>Kind</th><th>What each outlet says</th><th>Over time</th></tr>");
    for (const Conflict &k : c.conflicts()) {
        const ConflictTimeline *t = c.timelineOf(k);
        QStringList values;
        for (const Claim &cl : k.claims)
            values << QStringLiteral("<b>%1</b>: %2 <span class=\"sub\">(\u201c%3\u201d)</span>")
                          .arg(esc(c.documentLabel(cl.document)), esc(cl.value), esc(cl.text));
        h += QStringLiteral("<tr id=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td><b>%5</b><br>%6</td></tr>")
                 .arg(esc(k.id), esc(k.subject), esc(factKindName(k.kind)), values.join(QStringLiteral("<br>")),
                      esc(t ? verdictName(t->verdict) : QStringLiteral("unknown")), esc(t ? t->summary : QString()));
    }
    h += QStringLiteral("</table></section>\n");
}

void quotes(QString &h, const ReportContent &c)
{
    h += QStringLiteral("<section id=\"quotes\"><h2>Shared quotes</h2>");
    if (c.quotes().isEmpty()) {
        h += QStringLiteral("<p>No quote appears in more than one article.</p></section>\n");
        return;
    }
    h += QStringLiteral("<ul>");
    for (const QuoteCluster &q : c.quotes()) {
        if (q.occurrences.isEmpty())
            continue;
        QStringList outlets = c.quoteOutlets(q);
        for (QString &outlet : outlets)
            outlet = esc(outlet);
        h += QStringLiteral("<li id=\"%1\"><b>%2</b>: \u201c%3\u201d \u2014 %4 (%5)</li>")
                 .arg(esc(q.id), esc(q.speaker.isEmpty() ? QStringLiteral("unattributed") : q.speaker),
                      esc(q.occurrences.first().text), outlets.join(QStringLiteral(", ")),
                      q.verbatim ? QStringLiteral("verbatim") : QStringLiteral("wording differs"));
    }
    h += QStringLiteral("</ul></section>\n");
}

void rows(QString &h, const ReportContent &c)
{
    const bool notes = c.options().annotations;
    h += QStringLiteral("<section id=\"comparison\"><h2>Side by side</h2><p class=\"legend\">"
                        "<mark class=\"changed\">changed words</mark><mark class=\"quote\">shared quote</mark>"
                        "<mark class=\"conflict\">conflicting detail</mark><mark class=\"note\">annotated</mark>"
                        "<sup class=\"ref\">1</sup> note number</p><table class=\"rows\"><thead><tr>");
    for (int d : c.documents())
        h += QStringLiteral("<th>%1</th>").arg(esc(c.documentLabel(d)));
    if (notes)
        h += QStringLiteral("<th class=\"notes\">Notes</th>");
    h += QStringLiteral("</tr></thead><tbody>\n");
    for (int r = 0; r < c.rows().size(); ++r) {
        const ReportRow &row = c.rows().at(r);
        h += row.groupId.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr id=\"%1\">").arg(esc(row.groupId));
        for (int i = 0; i < c.documents().size(); ++i) {
            if (row.paragraphs.at(i).isEmpty()) {
                h += QStringLiteral("<td class=\"gap\"></td>");
                continue;
            }
            h += QStringLiteral("<td>");
            for (int p : row.paragraphs.at(i))
                h += paragraphHtml(c, c.documents().at(i), p);
            h += QStringLiteral("</td>");
        }
        if (notes) {
            h += QStringLiteral("<td class=\"notes\">");
            const QList<int> numbers = c.notesInRow(r);
            if (!numbers.isEmpty()) {
                h += QStringLiteral("<ol>");
                for (int n : numbers)
                    h += QStringLiteral("<li id=\"n%1\" value=\"%1\">%2</li>")
                             .arg(n)
                             .arg(noteHtml(c.notes().at(n - 1).annotation));
                h += QStringLiteral("</ol>");
            }
            h += QStringLiteral("</td>");
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody></table></section>\n");
}

void orphans(QString &h, const ReportContent &c)
{
    QString outside;
    for (const ReportNote &n : c.notes()) {
        if (n.row < 0)
            outside += QStringLiteral("<li id=\"n%1\">%1. %2 \u2014 on \u201c%3\u201d (%4)</li>")
                           .arg(QString::number(n.number), noteHtml(n.annotation), esc(n.annotation.quote),
                                esc(c.documentLabel(n.document)));
    }
    // Boilerplate and other unaligned paragraphs have no row; their notes are still the analyst's.
    if (!outside.isEmpty())
        h += QStringLiteral("<section id=\"outside\"><h2>Notes on text outside the aligned rows</h2><ul class=\"orphans\">")
            + outside + QStringLiteral("</ul></section>\n");
    if (c.orphanedNotes().isEmpty())
        return;
    h += QStringLiteral("<section id=\"orphans\"><h2>Notes whose text was not found</h2><ul class=\"orphans\">");
    for (const Annotation &a : c.orphanedNotes())
        h += QStringLiteral("<li>%1 \u2014 on \u201c%2\u201d <span class=\"why\">(%3)</span></li>")
                 .arg(noteHtml(a), esc(a.quote),
                      esc(a.orphanedReason.isEmpty() ? QStringLiteral("outside the article") : a.orphanedReason));
    h += QStringLiteral("</ul></section>\n");
}

} // namespace

QByteArray toHtmlReport(const ReportContent &content)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"generator\" "
                        "content=\"Parallax\">\n<title>")
        + esc(content.eventTitle()) + QStringLiteral("</title>\n<style>\n") + QString::fromUtf8(css)
        + QStringLiteral("\n</style></head><body>\n");
    h += QStringLiteral("<header><h1>%1</h1><p class=\"sub\">Comparison of %2 articles</p></header>\n")
             .arg(esc(content.eventTitle()))
             .arg(content.documents().size());
    sources(h, content);
    similarity(h, content);
    conflicts(h, content);
    quotes(h, content);
    h += timelineHtml(content);
    rows(h, content);
    orphans(h, content);
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace parallax
