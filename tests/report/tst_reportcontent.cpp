#include "reportfixture.h"

#include <QTest>

using namespace parallax;

class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventTitle_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shared words") << QStringList {QStringLiteral("Holvik dam breach floods valley"),
                                                      QStringLiteral("Twelve dead as Holvik dam breach swamps town"),
                                                      QStringLiteral("Dam breach at Holvik: the aftermath")}
                                      << QStringLiteral("Holvik dam breach");
        QTest::newRow("scattered shared words give the first headline")
            << QStringList {QStringLiteral("Holvik Dam gives way, flooding Lindeborg; nine dead"),
                            QStringLiteral("Twelve dead as Holvik Dam breach swamps Lindeborg"),
                            QStringLiteral("Holvik Dam collapse: 12 dead in Lindeborg")}
            << QStringLiteral("Holvik Dam gives way, flooding Lindeborg; nine dead");
        QTest::newRow("nothing shared") << QStringList {QStringLiteral("Storm hits coast"), QStringLiteral("Markets fall")}
                                        << QStringLiteral("Storm hits coast");
        QTest::newRow("one article") << QStringList {QStringLiteral("A single title")} << QStringLiteral("A single title");
    }
    void eventTitle()
    {
        QFETCH(QStringList, titles);
        QFETCH(QString, expected);
        Comparison c;
        for (const QString &t : titles) {
            Document d;
            d.title = t;
            c.documents.append(d);
        }
        QCOMPARE(parallax::eventTitle(c), expected);
    }

    void segmentsCoverTextAndMarkHighlights()
    {
        const ReportInput in = makeReportInput();
        const ReportContent content(in, ReportOptions {});
        const QList<TextSegment> segs = content.segments(2, 1);
        QString joined;
        int changedFlags = 0;
        for (const TextSegment &s : segs) {
            joined += s.text;
            if (s.text == u"twelve")
                changedFlags = s.flags;
        }
        QCOMPARE(joined, in.comparison.documents.at(2).paragraphs.at(1).text);
        QVERIFY(changedFlags & HighlightChanged);
        QVERIFY(changedFlags & HighlightConflict);
    }

    void notesNumberedInReadingOrderAndOrphansKept()
    {
        const ReportContent content(makeReportInput(), ReportOptions {});
        QCOMPARE(content.notes().size(), 2);
        QCOMPARE(content.notes().at(0).annotation.id, QStringLiteral("a1"));
        QCOMPARE(content.notes().at(0).number, 1);
        QCOMPARE(content.notes().at(1).annotation.id, QStringLiteral("a2"));
        QCOMPARE(content.notesInRow(1), QList<int> {1});
        QCOMPARE(content.notesInRow(3), QList<int> {2});
        QCOMPARE(content.orphanedNotes().size(), 1);
        const QList<TextSegment> segs = content.segments(0, 1);
        bool marker = false;
        for (const TextSegment &s : segs)
            marker = marker || s.notesAfter == QList<int> {1};
        QVERIFY(marker);
    }

    void conflictsShowEachOutletValueOnce()
    {
        ReportInput in = makeReportInput();
        Claim repeat = in.comparison.conflicts[0].claims[1];
        repeat.text = QStringLiteral("again 12");
        in.comparison.conflicts[0].claims.append(repeat);
        ReportOptions options;
        QCOMPARE(ReportContent(in, options).conflicts().at(0).claims.size(), 5);
        options.documents = {0, 4};
        QCOMPARE(ReportContent(in, options).conflicts().size(), 1); // months: only one shown claim left
        options.documents = {2};
        QVERIFY(ReportContent(in, options).conflicts().isEmpty());
    }

    void optionsSelectArticlesAndHighlights()
    {
        ReportOptions options;
        options.documents = {3, 1, 99};
        options.changedWords = false;
        options.conflicts = false;
        options.annotations = false;
        const ReportContent content(makeReportInput(), options);
        QCOMPARE(content.documents(), (QList<int> {3, 1}));
        QVERIFY(content.notes().isEmpty());
        for (const TextSegment &s : content.segments(1, 1))
            QCOMPARE(s.flags, 0);
        bool quote = false;
        for (const TextSegment &s : content.segments(1, 2))
            quote = quote || (s.flags & HighlightQuote);
        QVERIFY(quote);
        QCOMPARE(content.rows().first().paragraphs.size(), 2);
    }

    void onlySharedQuotesAreListedAndMarked()
    {
        ReportInput in = makeReportInput();
        QuoteCluster single;
        single.id = QStringLiteral("q2");
        single.speaker = QStringLiteral("Ana Ruiz");
        const QString &text = in.comparison.documents.at(2).paragraphs.at(2).text;
        single.occurrences = {{2, 2, 0, 10, text.left(10)}};
        in.comparison.quotes.append(single);
        const ReportContent all(in, ReportOptions {});
        QCOMPARE(all.quotes().size(), 1);
        QCOMPARE(all.quotes().first().id, QStringLiteral("q1"));
        for (const TextSegment &s : all.segments(2, 2))
            QVERIFY2(!(s.flags & HighlightQuote), qPrintable(s.text));
        // Quoted by three outlets, but only one of them is shown: nothing shared in this report.
        ReportOptions options;
        options.documents = {0, 2};
        const ReportContent two(in, options);
        QVERIFY(two.quotes().isEmpty());
        for (const TextSegment &s : two.segments(0, 2))
            QVERIFY2(!(s.flags & HighlightQuote), qPrintable(s.text));
    }
};

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
