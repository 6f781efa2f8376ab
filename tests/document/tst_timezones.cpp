#include "document/timezones.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestTimeZones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsets_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("minutes"); ///< -9999: unknown
        const QDate winter(2024, 1, 15);
        const QDate summer(2024, 7, 15);
        QTest::newRow("GMT") << u"GMT"_s << QDate() << 0;
        QTest::newRow("lower case") << u"cest"_s << QDate() << 120;
        QTest::newRow("Moscow, Russian") << u"мск"_s << QDate() << 180;
        QTest::newRow("Korea") << u"KST"_s << QDate() << 540;
        QTest::newRow("Central daylight") << u"CDT"_s << QDate() << -300;
        QTest::newRow("ET needs a date") << u"ET"_s << QDate() << -9999;
        QTest::newRow("ET in winter") << u"ET"_s << winter << -300;
        QTest::newRow("ET in summer") << u"ET"_s << summer << -240;
        // The US switch (second Sunday of March) comes before the EU one (last Sunday of March).
        QTest::newRow("New York between the switches") << u"New York"_s << QDate(2024, 3, 20) << -240;
        QTest::newRow("London between the switches") << u"London"_s << QDate(2024, 3, 20) << 0;
        QTest::newRow("Kyiv in summer") << u"Kyiv"_s << summer << 180;
        QTest::newRow("IST is ambiguous") << u"IST"_s << summer << -9999;
        QTest::newRow("not a zone") << u"Tuesday"_s << summer << -9999;
    }
    void offsets()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(int, minutes);
        const std::optional<int> got = zoneOffsetMinutes(zone, date);
        QCOMPARE(got.value_or(-9999), minutes);
    }
};

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
