#include "engine/quantityparser.h"

#include <QTest>

using namespace parallax;

class TestQuantityParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addColumn<double>("value");
        QTest::newRow("forty-two") << QStringLiteral("forty-two boats") << QStringLiteral("forty-two") << 42.0;
        QTest::newRow("a dozen") << QStringLiteral("a dozen homes") << QStringLiteral("a dozen") << 12.0;
        QTest::newRow("thousands separator")
            << QStringLiteral("About 1,200 residents") << QStringLiteral("About 1,200") << 1200.0;
        // A tens word and a hyphen at the very end of the text (read past the last lexeme
        // before; found by fuzz_quantities).
        QTest::newRow("forty- at the end") << QStringLiteral("mz  forty-") << QStringLiteral("forty") << 40.0;
        QTest::newRow("forty - at the end") << QStringLiteral("forty -") << QStringLiteral("forty") << 40.0;
    }
    void numberWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(double, value);
        const QList<Quantity> found = findQuantities(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(text.mid(found[0].start, found[0].end - found[0].start), written);
        QCOMPARE(found[0].value, value);
    }
};

QTEST_GUILESS_MAIN(TestQuantityParser)
#include "tst_quantityparser.moc"
