#include "handmadecomparison.h"
#include "similaritymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parallax;

class TestSimilarityModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heatMap()
    {
        SimilarityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        model.setPalette(light);
        model.setComparison(std::make_shared<const ComparisonIndex>(test::handmadeComparison()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("40%"));
        QCOMPARE(model.index(2, 1).data(SimilarityModel::ValueRole).toDouble(), 0.4);
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Third Times"));
        // Hotter cells are darker on a light base; the diagonal is the hottest.
        const auto bg = [&model](int r, int c) { return model.index(r, c).data(Qt::BackgroundRole).value<QColor>(); };
        QVERIFY(bg(0, 0).lightness() < bg(0, 1).lightness());
        QVERIFY(bg(0, 1).lightness() < bg(1, 2).lightness());
        QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void followsTheTheme_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::newRow("light") << QColor(Qt::white);
        QTest::newRow("dark") << QColor(0x1e, 0x1f, 0x22);
    }

    void followsTheTheme()
    {
        QFETCH(QColor, base);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        // No similarity is the base itself, so an empty cell looks like the rest of the table.
        QCOMPARE(SimilarityModel::heatColor(0.0, palette).rgb(), base.rgb());
        QVERIFY(SimilarityModel::heatColor(1.0, palette) != base);
    }
};

QTEST_MAIN(TestSimilarityModel)
#include "tst_similaritymodel.moc"
