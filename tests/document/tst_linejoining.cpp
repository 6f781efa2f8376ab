#include "document/linejoining.h"

#include <QTest>

using namespace parallax;

class TestLineJoining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void join_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("one line") << u"Just one line."_qs << QStringList {u"Just one line."_qs};
        QTest::newRow("hard-wrapped prose")
            << u"The town council voted on Monday evening to build a new footbridge over the river,\nreplacing the wooden crossing that was washed away. The vote was seven to two.\nWork starts in summer."_qs
            << QStringList {
                   u"The town council voted on Monday evening to build a new footbridge over the river, replacing the wooden crossing that was washed away. The vote was seven to two. Work starts in summer."_qs};
        QTest::newRow("text file head")
            << u"Holvik Dam embankment gives way, flooding Lindeborg; at least nine dead\nNorthgate Press Agency\n08:45, 3 March 2024"_qs
            << QStringList {u"Holvik Dam embankment gives way, flooding Lindeborg; at least nine dead"_qs,
                            u"Northgate Press Agency"_qs, u"08:45, 3 March 2024"_qs};
        QTest::newRow("byline and date") << u"By Tomas Ferre, Meridian Daily\nMarch 3, 2024"_qs
                                         << QStringList {u"By Tomas Ferre, Meridian Daily"_qs, u"March 3, 2024"_qs};
        QTest::newRow("lowercase by is prose")
            << u"The mayor said the crossing had been used\nby several hundred people a day."_qs
            << QStringList {u"The mayor said the crossing had been used by several hundred people a day."_qs};
        QTest::newRow("date inside a wrapped sentence")
            << u"The agreement was signed in the provincial capital on\n4 May 2023 after long talks."_qs
            << QStringList {u"The agreement was signed in the provincial capital on 4 May 2023 after long talks."_qs};
        QTest::newRow("sentence going on after a comma")
            << u"Officials met on Sunday,\n3 March 2024"_qs << QStringList {u"Officials met on Sunday, 3 March 2024"_qs};
        QTest::newRow("too many lines for a head")
            << u"A\nB\nC\nD\nE\n3 March 2024"_qs << QStringList {u"A B C D E 3 March 2024"_qs};
    }
    void join()
    {
        QFETCH(QString, block);
        QFETCH(QStringList, paragraphs);
        QList<QStringView> lines;
        for (QStringView l : QStringView(block).split(u'\n'))
            lines.append(l);
        QCOMPARE(joinWrappedLines(lines), paragraphs);
    }
};

QTEST_GUILESS_MAIN(TestLineJoining)
#include "tst_linejoining.moc"
