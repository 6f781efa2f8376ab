#include "document/dateparser.h"

#include <QTest>

using namespace parallax;

// How long findDates takes on one very long paragraph: the parser must stay linear, so a
// 5 MB paragraph costs a fraction of a second in a release build.
class BenchDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findDatesInLongParagraph_data()
    {
        QTest::addColumn<QString>("chunk");
        QTest::addColumn<bool>("hasDates");
        QTest::newRow("prose") << u"The committee met on 4 May 2023 and again at 18:05, 3 March 2024; some 70,000 tonnes "
                                  u"(16.5%) moved through section 3.2 of the port on Tuesday. Встреча 3 марта 2024 года. "_qs
                               << true;
        QTest::newRow("digits and punctuation") << u"1.2.3-4/5:6 12.03.20 +7 495 123-45-67 "_qs << false;
        QTest::newRow("date words") << u"March May on last Tuesday 3 Sunday the 3rd of "_qs << true;
    }

    void findDatesInLongParagraph()
    {
        QFETCH(QString, chunk);
        QFETCH(bool, hasDates);
        QString text;
        text.reserve(5 * 1024 * 1024 + chunk.size());
        while (text.size() < 5 * 1024 * 1024)
            text += chunk;
        DateContext context;
        context.reference = QDate(2024, 3, 3);
        qsizetype found = 0;
        QBENCHMARK
        {
            found = findDates(text, context).size();
        }
        QCOMPARE(found > 0, hasDates);
    }
};

QTEST_GUILESS_MAIN(BenchDateParser)
#include "bench_dateparser.moc"
