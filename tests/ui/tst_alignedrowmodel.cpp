#include "alignedrowmodel.h"
#include "handmadecomparison.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace parallax;

class TestAlignedRowModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAreGroupsColumnsAreDocuments()
    {
        AlignedRowModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(std::make_shared<const ComparisonIndex>(test::handmadeComparison()));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("g1"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Second Star"));
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("gap");
        QTest::addColumn<bool>("unique");
        QTest::newRow("g1 pivot") << 0 << 0 << QStringLiteral("Dam breaks at night.") << false << false;
        QTest::newRow("g1 third") << 0 << 2 << QStringLiteral("Dam breaks overnight.") << false << false;
        QTest::newRow("g2 gap in third") << 1 << 2 << QString() << true << false;
        QTest::newRow("g3 only second") << 2 << 1 << QStringLiteral("Only here: a paragraph about the river.") << false << true;
        QTest::newRow("g3 gap in first") << 2 << 0 << QString() << true << false;
        QTest::newRow("g4 second") << 3 << 1 << QStringLiteral("The governor said: \"We will rebuild.\"") << false << false;
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, gap);
        QFETCH(bool, unique);
        AlignedRowModel model;
        model.setComparison(std::make_shared<const ComparisonIndex>(test::handmadeComparison()));
        const QModelIndex cell = model.index(row, column);
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(cell.data(AlignedRowModel::IsGapRole).toBool(), gap);
        QCOMPARE(cell.data(AlignedRowModel::IsUniqueRole).toBool(), unique);
        QCOMPARE(cell.data(AlignedRowModel::ParagraphsRole).value<QList<int>>().isEmpty(), gap);
    }

    void columnOrderFollowsPanes()
    {
        AlignedRowModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(std::make_shared<const ComparisonIndex>(test::handmadeComparison()));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setColumnOrder({2, 0, 1});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.documentAt(0), 2);
        QCOMPARE(model.columnOf(1), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Dam breaks overnight."));
        // Not a permutation: ignored rather than losing a column.
        model.setColumnOrder({0, 0, 1});
        QCOMPARE(model.documentAt(0), 2);
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void differsMarksGapsAndChangedWords()
    {
        AlignedRowModel model;
        model.setComparison(std::make_shared<const ComparisonIndex>(test::handmadeComparison()));
        QVERIFY(model.index(0, 0).data(AlignedRowModel::DiffersRole).toBool()); // changed words
        QVERIFY(model.index(1, 0).data(AlignedRowModel::DiffersRole).toBool()); // gap
        QVERIFY(!model.index(3, 0).data(AlignedRowModel::DiffersRole).toBool()); // all three, no spans
    }
};

QTEST_GUILESS_MAIN(TestAlignedRowModel)
#include "tst_alignedrowmodel.moc"
