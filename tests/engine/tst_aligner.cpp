#include "engine/compare.h"

#include <QTest>

using namespace parallax;

namespace {

// Paragraph texts written for these tests: one fictional flood told by three outlets.
const QString a1 = QStringLiteral(
    "Heavy rain caused the Marlow river to burst its banks on Tuesday, flooding about 300 homes in the town of Eastbridge.");
const QString a2
    = QStringLiteral("Mayor Helen Okafor said emergency shelters had opened at the Eastbridge community centre and two schools.");
const QString a3 = QStringLiteral(
    "The regional water authority said the Carrow dam was stable, but engineers would inspect it again on Wednesday morning.");
const QString a4 = QStringLiteral("Forecasters expect another 40 millimetres of rain before the weekend, and residents near the "
                                  "river have been told to stay alert.");
const QString a5
    = QStringLiteral("Local businesses on Mill Street counted losses after water reached the ground floor of several shops.");
const QString b1
    = QStringLiteral("The Marlow river burst its banks in Eastbridge on Tuesday after heavy rain, flooding around 300 homes.");
const QString b2
    = QStringLiteral("Emergency shelters opened at the community centre and two local schools, Mayor Helen Okafor said.");
const QString b3 = QStringLiteral(
    "Engineers from the regional water authority will inspect the Carrow dam again on Wednesday, though it is stable for now.");
const QString b4 = QStringLiteral("Another 40 millimetres of rain is expected before the weekend, forecasters said, and people "
                                  "living near the river were told to stay alert.");
const QString c1 = QStringLiteral(
    "About 300 homes in Eastbridge were flooded on Tuesday when the Marlow river overflowed its banks following heavy rain.");
const QString c2 = QStringLiteral("Mayor Helen Okafor told reporters that two schools and the community centre in Eastbridge "
                                  "were being used as emergency shelters.");
const QString c3 = QStringLiteral("The Carrow dam remains stable, the regional water authority said, adding that engineers would "
                                  "inspect it again on Wednesday morning.");
const QString c4 = QStringLiteral("Residents near the river should stay alert, forecasters warned, with another 40 millimetres "
                                  "of rain expected before the weekend.");
const QString x1 = QStringLiteral("A volunteer rescue team from the neighbouring village of Linfield used boats to reach elderly "
                                  "people trapped on Canal Road.");
const QString x2 = QStringLiteral("Volunteers from Linfield, a neighbouring village, used boats on Canal Road to rescue elderly "
                                  "people trapped in their homes.");
const QString boiler = QStringLiteral("Subscribe to our newsletter for daily updates from Eastbridge.");

// "T:" marks a title, "B:" boilerplate, "D:" a dateline; anything else is body text.
Document makeDocument(int index, const QStringList &paragraphs)
{
    Document d;
    d.id = QStringLiteral("d%1").arg(index + 1);
    for (const QString &text : paragraphs) {
        Paragraph p;
        p.text = text;
        if (text.startsWith(u"T:")) {
            p.role = ParagraphRole::Title;
            p.text = text.mid(2);
        } else if (text.startsWith(u"B:")) {
            p.role = ParagraphRole::Boilerplate;
            p.text = text.mid(2);
        } else if (text.startsWith(u"D:")) {
            p.role = ParagraphRole::Dateline;
            p.text = text.mid(2);
        }
        d.paragraphs.append(p);
    }
    return d;
}

// Groups as "doc:para+para|doc:para" in result order, joined by " ; ".
QString describe(const Comparison &c)
{
    QStringList groups;
    for (const AlignmentGroup &g : c.groups) {
        QStringList members;
        for (const GroupMember &m : g.members) {
            QStringList paragraphs;
            for (int p : m.paragraphs)
                paragraphs.append(QString::number(p));
            members.append(QString::number(m.document) + u':' + paragraphs.join(u'+'));
        }
        groups.append(members.join(u'|'));
    }
    return groups.join(QStringLiteral(" ; "));
}

} // namespace

class TestAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignment_data()
    {
        QTest::addColumn<QList<QStringList>>("documents");
        QTest::addColumn<int>("pivotOption");
        QTest::addColumn<int>("expectedPivot");
        QTest::addColumn<QString>("expected");

        QTest::newRow("identical") << QList<QStringList> {{a1, a2, a3, a4}, {a1, a2, a3, a4}} << -1 << 0
                                   << QStringLiteral("0:0|1:0 ; 0:1|1:1 ; 0:2|1:2 ; 0:3|1:3");
        QTest::newRow("reworded") << QList<QStringList> {{a1, a2, a3, a4}, {b1, b2, b3, b4}} << -1 << 0
                                  << QStringLiteral("0:0|1:0 ; 0:1|1:1 ; 0:2|1:2 ; 0:3|1:3");
        QTest::newRow("reordered") << QList<QStringList> {{a1, a2, a3, a4}, {b3, b1, b4, b2}} << -1 << 0
                                   << QStringLiteral("0:0|1:1 ; 0:1|1:3 ; 0:2|1:0 ; 0:3|1:2");
        QTest::newRow("reordered, pivot 1") << QList<QStringList> {{a1, a2, a3, a4}, {b3, b1, b4, b2}} << 1 << 1
                                            << QStringLiteral("0:2|1:0 ; 0:0|1:1 ; 0:3|1:2 ; 0:1|1:3");
        QTest::newRow("split 1-to-2") << QList<QStringList> {{a1, a2 + u' ' + a3, a4}, {b1, b2, b3, b4}} << 0 << 0
                                      << QStringLiteral("0:0|1:0 ; 0:1|1:1+2 ; 0:2|1:3");
        QTest::newRow("merged 2-to-1") << QList<QStringList> {{a1, a2, a3, a4}, {b1, b2 + u' ' + b3, b4}} << 0 << 0
                                       << QStringLiteral("0:0|1:0 ; 0:1+2|1:1 ; 0:3|1:2");
        // Two of three documents split what the pivot wrote as one paragraph: the pivot merged, so
        // the halves form two groups and the pivot stays with one of them.
        QTest::newRow("pivot merged, others split")
            << QList<QStringList> {{a1, a2 + u' ' + a3, a4}, {b1, b2, b3, b4}, {c1, c2, c3, c4}} << 0 << 0
            << QStringLiteral("0:0|1:0|2:0 ; 0:1|1:1|2:1 ; 1:2|2:2 ; 0:2|1:3|2:3");
        QTest::newRow("unique paragraphs") << QList<QStringList> {{a1, a2, a3}, {b1, a5, b3}} << 0 << 0
                                           << QStringLiteral("0:0|1:0 ; 1:1 ; 0:1 ; 0:2|1:2");
        QTest::newRow("boilerplate ignored") << QList<QStringList> {{a1, u"B:" + boiler, a2}, {b1, b2, u"B:" + boiler}} << -1 << 0
                                             << QStringLiteral("0:0|1:0 ; 0:2|1:1");
        QTest::newRow("three documents") << QList<QStringList> {{a1, a2, a3, a4}, {b2, b1, b3, b4}, {c1, c2, c4, c3}} << 0 << 0
                                         << QStringLiteral("0:0|1:1|2:0 ; 0:1|1:0|2:1 ; 0:2|1:2|2:3 ; 0:3|1:3|2:2");
        QTest::newRow("pivot is the widest overlap") << QList<QStringList> {{b1, b2}, {a1, a2, a3, a4}, {c3, c4}} << -1 << 1
                                                     << QStringLiteral("0:0|1:0 ; 0:1|1:1 ; 1:2|2:0 ; 1:3|2:1");
        QTest::newRow("group without pivot member in reading order")
            << QList<QStringList> {{a1, a2, a3}, {b1, x1, b3}, {c1, x2, c3}} << 0 << 0
            << QStringLiteral("0:0|1:0|2:0 ; 1:1|2:1 ; 0:1 ; 0:2|1:2|2:2");
        QTest::newRow("titles align with titles")
            << QList<QStringList> {{QStringLiteral("T:Marlow river floods 300 homes in Eastbridge"), a1, a2},
                                   {QStringLiteral("T:Eastbridge under water as the Marlow bursts its banks"), b2, b1}}
            << 0 << 0 << QStringLiteral("0:0|1:0 ; 0:1|1:2 ; 0:2|1:1");
        QTest::newRow("datelines align with datelines")
            << QList<QStringList> {{QStringLiteral("D:EASTBRIDGE, Tuesday"), a1}, {QStringLiteral("D:Eastbridge (Wire)"), b1}}
            << 0 << 0 << QStringLiteral("0:0|1:0 ; 0:1|1:1");
        QTest::newRow("nothing in common") << QList<QStringList> {{a1}, {a5}} << 0 << 0 << QStringLiteral("0:0 ; 1:0");
        QTest::newRow("lead-in before everything")
            << QList<QStringList> {{a1, a2}, {a5, b1, b2}} << 0 << 0 << QStringLiteral("1:0 ; 0:0|1:1 ; 0:1|1:2");
    }

    void alignment()
    {
        QFETCH(QList<QStringList>, documents);
        QFETCH(int, pivotOption);
        QFETCH(int, expectedPivot);
        QFETCH(QString, expected);
        QList<Document> docs;
        for (const QStringList &paragraphs : documents)
            docs.append(makeDocument(int(docs.size()), paragraphs));
        CompareOptions options;
        options.pivotDocument = pivotOption;
        const Comparison c = compare(docs, options);
        QCOMPARE(c.pivotDocument, expectedPivot);
        QCOMPARE(describe(c), expected);
        for (int i = 0; i < c.groups.size(); ++i) {
            const AlignmentGroup &g = c.groups[i];
            QCOMPARE(g.id, QStringLiteral("g%1").arg(i + 1));
            QVERIFY(g.score >= 0.0 && g.score <= 1.0);
            if (g.members.size() > 1)
                QVERIFY2(g.score > 0.0, qPrintable(g.id));
            bool pivotFound = false;
            for (const GroupMember &m : g.members)
                pivotFound = pivotFound || (m.document == g.pivotDocument && m.paragraphs.first() == g.pivotParagraph);
            QVERIFY2(pivotFound, qPrintable(g.id));
        }
    }

    void spansCoverEveryMember()
    {
        const QList<Document> docs {makeDocument(0, {a1, a2, a3 + u' ' + a4}), makeDocument(1, {b1, b2, b3, b4, a5})};
        const Comparison c = compare(docs);
        for (const AlignmentGroup &g : c.groups) {
            for (const GroupMember &m : g.members) {
                int next = 0;
                int paragraph = m.paragraphs.first();
                for (const Span &s : m.spans) {
                    if (s.paragraph != paragraph) {
                        QCOMPARE(next, int(docs[m.document].paragraphs[paragraph].text.size()));
                        QVERIFY(m.paragraphs.contains(s.paragraph));
                        paragraph = s.paragraph;
                        next = 0;
                    }
                    QCOMPARE(s.start, next);
                    QVERIFY(s.end > s.start);
                    next = s.end;
                }
                QCOMPARE(next, int(docs[m.document].paragraphs[paragraph].text.size()));
            }
        }
    }

    void wordDiffMarksTheChangedWord()
    {
        const QString changed = QString(a1).replace(QStringLiteral("300"), QStringLiteral("450"));
        const QList<Document> docs {makeDocument(0, {a1, a2}), makeDocument(1, {changed, a2})};
        const Comparison c = compare(docs);
        QCOMPARE(c.groups.size(), 2);
        const GroupMember &member = c.groups[0].members[1];
        QString marked;
        for (const Span &s : member.spans) {
            if (s.kind != SpanKind::Same)
                marked += changed.mid(s.start, s.end - s.start).trimmed();
        }
        QCOMPARE(marked, QStringLiteral("450"));
        for (const Span &s : c.groups[1].members[1].spans)
            QCOMPARE(s.kind, SpanKind::Same);
    }

    void movedParagraphIsNotADifference()
    {
        const QList<Document> docs {makeDocument(0, {a1, a2, a3, a4}), makeDocument(1, {a4, a1, a2, a3})};
        const Comparison c = compare(docs);
        QCOMPARE(c.groups.size(), 4);
        for (const AlignmentGroup &g : c.groups) {
            QCOMPARE(g.members.size(), 2);
            for (const GroupMember &m : g.members)
                for (const Span &s : m.spans)
                    QCOMPARE(s.kind, SpanKind::Same);
        }
    }
};

QTEST_GUILESS_MAIN(TestAligner)
#include "tst_aligner.moc"
