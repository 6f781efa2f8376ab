#pragma once

#include "report/reportcontent.h"

// A hand-made comparison of five short articles (two PDF page sets) with changed words, a
// shared quote, two conflicts and three notes (one orphaned), for the report tests. Written by
// us; no real news text.
inline parallax::ReportInput makeReportInput()
{
    using namespace parallax;
    ReportInput in;
    Comparison &c = in.comparison;
    const QStringList outlets
        = {QStringLiteral("Northgate Wire"), QStringLiteral("Valley Courier"), QStringLiteral("Meridian Daily"),
           QStringLiteral("Lakeside Times"), QStringLiteral("Harbour, Line & \"News\"")};
    const QStringList tolls
        = {QStringLiteral("nine"), QStringLiteral("12"), QStringLiteral("twelve"), QStringLiteral("12"), QStringLiteral("11")};
    const QString quote = QStringLiteral("We will rebuild the dam stronger than before");
    for (int d = 0; d < outlets.size(); ++d) {
        Document doc;
        doc.id = QStringLiteral("d%1").arg(d + 1);
        doc.path = QStringLiteral("/tmp/article%1.txt").arg(d + 1);
        doc.format = QStringLiteral("txt");
        doc.encoding = QStringLiteral("UTF-8");
        doc.outlet = outlets.at(d);
        doc.title = QStringLiteral("Holvik dam breach floods valley (%1)").arg(d + 1);
        doc.published.date = QDate(2024, 3, 3);
        doc.published.time = QTime(8 + d, 15);
        doc.paragraphs = {
            Paragraph {doc.title, ParagraphRole::Title},
            Paragraph {
                QStringLiteral("At least %1 people died when the Holvik dam gave way after days of heavy rain, officials said.")
                    .arg(tolls.at(d)),
                ParagraphRole::Body},
            Paragraph {QStringLiteral("The governor told reporters: \u201c%1.\u201d Repairs are expected to take %2 months.")
                           .arg(quote)
                           .arg(d == 2 ? 18 : 12),
                       ParagraphRole::Body},
            Paragraph {QStringLiteral("Residents of the lower valley were moved to schools and sports halls overnight; paragraph "
                                      "written by outlet %1 with enough words to wrap over several lines in a narrow column.")
                           .arg(d + 1),
                       ParagraphRole::Body},
        };
        c.documents.append(doc);
        in.documentKeys.append(QStringLiteral("key%1").arg(d + 1));
    }
    const int n = int(c.documents.size());
    c.similarity.resize(n);
    for (int a = 0; a < n; ++a) {
        c.similarity[a].resize(n);
        for (int b = 0; b < n; ++b)
            c.similarity[a][b] = a == b ? 1.0 : 0.5 + 0.05 * qAbs(a - b);
    }
    for (int p = 0; p < 4; ++p) {
        AlignmentGroup g;
        g.id = QStringLiteral("g%1").arg(p + 1);
        g.score = 0.8;
        for (int d = 0; d < n; ++d) {
            GroupMember m;
            m.document = d;
            m.paragraphs = {p};
            const QString &text = c.documents.at(d).paragraphs.at(p).text;
            if (p == 1 && d > 0) {
                const int at = int(text.indexOf(tolls.at(d)));
                m.spans = {Span {p, 0, at, SpanKind::Same}, Span {p, at, int(at + tolls.at(d).size()), SpanKind::Changed},
                           Span {p, int(at + tolls.at(d).size()), int(text.size()), SpanKind::Same}};
            } else {
                m.spans = {Span {p, 0, int(text.size()), SpanKind::Same}};
            }
            g.members.append(m);
        }
        c.groups.append(g);
    }
    QuoteCluster q;
    q.id = QStringLiteral("q1");
    q.speaker = QStringLiteral("Governor Voss");
    for (int d : {0, 1, 3}) {
        const QString &text = c.documents.at(d).paragraphs.at(2).text;
        const int at = int(text.indexOf(quote));
        q.occurrences.append(TextOccurrence {d, 2, at, int(at + quote.size()), quote});
    }
    c.quotes.append(q);
    Conflict toll;
    toll.id = QStringLiteral("c1");
    toll.kind = FactKind::Number;
    toll.subject = QStringLiteral("people died");
    Conflict months;
    months.id = QStringLiteral("c2");
    months.kind = FactKind::Number;
    months.subject = QStringLiteral("repair time, months");
    for (int d = 0; d < n; ++d) {
        const QString &t1 = c.documents.at(d).paragraphs.at(1).text;
        const int at = int(t1.indexOf(tolls.at(d)));
        const QString value = tolls.at(d) == u"nine" ? QStringLiteral("9")
            : tolls.at(d) == u"twelve"               ? QStringLiteral("12")
                                                     : tolls.at(d);
        toll.claims.append(
            Claim {d, 1, at, int(at + tolls.at(d).size()), tolls.at(d), value, c.documents.at(d).published.toIso()});
        if (d == 1 || d == 2) {
            const QString &t2 = c.documents.at(d).paragraphs.at(2).text;
            const QString months_ = QStringLiteral("%1 months").arg(d == 2 ? 18 : 12);
            const int m = int(t2.indexOf(months_));
            months.claims.append(Claim {d, 2, m, int(m + months_.size()), months_, QString::number(d == 2 ? 18 : 12), {}});
        }
    }
    c.conflicts = {toll, months};

    Annotation a;
    a.id = QStringLiteral("a1");
    a.documentKey = QStringLiteral("key1");
    a.paragraph = 1;
    a.start = 0;
    a.end = 20; // "At least nine people"
    captureAnchor(a, c.documents.at(0));
    a.note = QStringLiteral("Toll differs from the ministry's count; ask the press office.");
    a.tag = QStringLiteral("disputed");
    a.colour = QStringLiteral("#e8837c");
    Annotation b;
    b.id = QStringLiteral("a2");
    b.documentKey = QStringLiteral("key5");
    b.paragraph = 3;
    b.start = 0;
    b.end = 9;
    captureAnchor(b, c.documents.at(4));
    b.note = QStringLiteral("Shelter list confirmed <by phone> & email.");
    b.tag = QStringLiteral("verified");
    b.colour = QStringLiteral("#7cc47f");
    Annotation orphan = a;
    orphan.id = QStringLiteral("a3");
    orphan.quote = QStringLiteral("a sentence the outlet later removed");
    orphan.note = QStringLiteral("Why was this removed from the article?");
    orphan.orphanedReason = QStringLiteral("the quoted text is no longer in the document");
    orphan.tag = QStringLiteral("follow up");
    in.annotations = {a, b, orphan};
    return in;
}
