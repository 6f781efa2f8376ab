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

    // The forms news writes, each with what the parser must make of it (kind, value in base
    // units, unit and qualifier). Upper case, apostrophes and non-ASCII words are here because
    // the lexer folds ASCII words lazily and filters words by their first letters.
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        const auto row = [](const char *name, const QString &text, const QString &written, QuantityKind kind, double value,
                            const QString &unit = {}, const QString &qualifier = {}) {
            QTest::newRow(name) << text << written << int(kind) << value << unit << qualifier;
        };
        row("hedge and thousands", u"About 40,000 people fled."_qs, u"About 40,000"_qs, QuantityKind::Count, 40000, {},
            u"about"_qs);
        row("euro sign and scale", u"It cost €2.4 million to build."_qs, u"€2.4 million"_qs, QuantityKind::Money, 2.4e6,
            u"EUR"_qs);
        row("miles to metres", u"a queue of 5 miles"_qs, u"5 miles"_qs, QuantityKind::Measure, 8046.72, u"m"_qs);
        row("per cent", u"prices rose 12 per cent"_qs, u"12 per cent"_qs, QuantityKind::Percent, 12, u"%"_qs);
        row("threefold", u"a threefold rise"_qs, u"threefold"_qs, QuantityKind::Multiplier, 3, u"x"_qs);
        row("upper-case number word", u"NINETEEN boats"_qs, u"NINETEEN"_qs, QuantityKind::Count, 19);
        row("upper-case a dozen", u"A DOZEN homes"_qs, u"A DOZEN"_qs, QuantityKind::Count, 12);
        row("russian hedge and unit", u"более 200 километров"_qs, u"более 200 километров"_qs, QuantityKind::Measure, 200000,
            u"m"_qs, u"more than"_qs);
        row("russian capitals", u"ДВА 5 МЛН РУБЛЕЙ"_qs, u"5 МЛН РУБЛЕЙ"_qs, QuantityKind::Money, 5e6, u"RUB"_qs);
        row("three-word hedge, dotted groups", u"In excess of 1.234.567 euros"_qs, u"In excess of 1.234.567 euros"_qs,
            QuantityKind::Money, 1234567, u"EUR"_qs, u"more than"_qs);
        row("US dollar", u"US$ 5 in aid"_qs, u"US$ 5"_qs, QuantityKind::Money, 5, u"USD"_qs);
        row("apostrophes around", u"don't say people’s 3 dogs"_qs, u"3"_qs, QuantityKind::Count, 3);
        row("after a non-ASCII word", u"café 40 000 tonnes"_qs, u"40 000 tonnes"_qs, QuantityKind::Measure, 4e7, u"kg"_qs);
        row("two dozen", u"two dozen children"_qs, u"two dozen"_qs, QuantityKind::Count, 24);
        row("space-grouped thousands", u"a runway 2 800 metres long"_qs, u"2 800 metres"_qs, QuantityKind::Measure, 2800,
            u"m"_qs);
        // Ranges: one quantity, the midpoint as value.
        row("percent range", u"the 3.75%-4.00% range"_qs, u"3.75%-4.00%"_qs, QuantityKind::Percent, 3.875, u"%"_qs,
            u"between"_qs);
        row("range with an en dash", u"between 10–12 km away"_qs, u"10–12 km"_qs, QuantityKind::Measure, 11000, u"m"_qs,
            u"between"_qs);
        row("range between and", u"between 3.75% and 4%"_qs, u"3.75% and 4%"_qs, QuantityKind::Percent, 3.875, u"%"_qs,
            u"between"_qs);
        row("range with the unit once", u"it is 3 to 5 km"_qs, u"3 to 5 km"_qs, QuantityKind::Measure, 4000, u"m"_qs,
            u"between"_qs);
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        const QList<Quantity> found = findQuantities(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(text.mid(found[0].start, found[0].end - found[0].start), written);
        QCOMPARE(int(found[0].kind), kind);
        QCOMPARE(found[0].value, value);
        QCOMPARE(found[0].unit, unit);
        QCOMPARE(found[0].qualifier, qualifier);
    }

    // Two figures that are not a range stay two.
    void notRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a change") << u"rates fell from 4.3% to 3.8%"_qs;
        QTest::newRow("a change by") << u"cut by 0.5% to 3.8%"_qs;
        QTest::newRow("a vote") << u"the board voted 11–1"_qs;
        QTest::newRow("descending") << u"the rate is 5% to 4%"_qs;
        QTest::newRow("ages") << u"aged three to 78"_qs;
    }
    void notRanges()
    {
        QFETCH(QString, text);
        QCOMPARE(findQuantities(text).size(), 2);
    }

    // A hedged decimal is as exact as its last digit, a hedged whole number a tenth either way.
    void hedgeIntervals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("about decimal") << u"about 3.9 percent"_qs << 3.85 << 3.95;
        QTest::newRow("nearly decimal") << u"nearly 3.9 percent"_qs << 3.8 << 3.9;
        QTest::newRow("more than decimal") << u"more than 3.9 percent"_qs << 3.9 << 4.0;
        QTest::newRow("about whole") << u"about 40 percent"_qs << 36.0 << 44.0;
        QTest::newRow("up to decimal") << u"up to 3.9 percent"_qs << 0.0 << 3.9;
    }
    void hedgeIntervals()
    {
        QFETCH(QString, text);
        QFETCH(double, low);
        QFETCH(double, high);
        const QList<Quantity> found = findQuantities(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].low, low);
        QCOMPARE(found[0].high, high);
    }

    // A number's value is the double QString::toDouble() reads from its digits, to the last bit
    // (short literals are read without it): exact comparison, not QCOMPARE's fuzzy one.
    void literalValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("literal");
        QTest::newRow("tenth") << u"0.1"_qs << u"0.1"_qs;
        QTest::newRow("comma decimal") << u"2,4"_qs << u"2.4"_qs;
        QTest::newRow("15 digits") << u"3.14159265358979"_qs << u"3.14159265358979"_qs;
        QTest::newRow("16 digits") << u"3.141592653589793"_qs << u"3.141592653589793"_qs;
        QTest::newRow("long fraction") << u"0.30000000000000004"_qs << u"0.30000000000000004"_qs;
        QTest::newRow("leading zeros") << u"007"_qs << u"007"_qs;
        QTest::newRow("grouped") << u"123,456,789,012,345"_qs << u"123456789012345"_qs;
        QTest::newRow("19 digits") << u"1234567890123456789"_qs << u"1234567890123456789"_qs;
        QTest::newRow("small") << u"0.000001"_qs << u"0.000001"_qs;
    }
    void literalValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, literal);
        const QList<Quantity> found = findQuantities(text);
        QCOMPARE(found.size(), 1);
        const double expected = literal.toDouble();
        QVERIFY2(found[0].value == expected,
                 qPrintable(QStringLiteral("%1 != %2").arg(found[0].value, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestQuantityParser)
#include "tst_quantityparser.moc"
