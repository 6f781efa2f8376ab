// Times the comparison view with 20 generated articles of about 2,000 words: building the row
// model, laying the panes out (equal row heights), painting them (grab()) and switching layouts.

#include "alignedrowmodel.h"
#include "documentpane.h"
#include "engine/compare.h"
#include "engine/comparisonindex.h"
#include "outletcolors.h"
#include "panearea.h"
#include "support/corpusgenerator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace parallax;

class BenchComparisonView final : public QObject
{
    Q_OBJECT

    Comparison m_comparison;

private Q_SLOTS:
    void initTestCase()
    {
        test::GeneratorOptions options;
        options.seed = 20;
        options.documents = 20;
        options.words = 2000;
        options.wordEditRate = 0.08;
        options.movedParagraphRate = 0.05;
        options.splitRate = 0.03;
        options.mergedRate = 0.03;
        const test::GeneratedCorpus corpus = test::generateCorpus(options);
        QElapsedTimer timer;
        timer.start();
        m_comparison = compare(corpus.documents);
        qInfo("compare(): %lld ms for %lld documents, %lld groups", qint64(timer.elapsed()),
              qint64(m_comparison.documents.size()), qint64(m_comparison.groups.size()));
        QCOMPARE(m_comparison.documents.size(), 20);
        QVERIFY(!m_comparison.groups.isEmpty());
    }

    void buildModel()
    {
        AlignedRowModel model;
        QBENCHMARK
        {
            model.setComparison(std::make_shared<const ComparisonIndex>(m_comparison));
        }
        QCOMPARE(model.columnCount(), 20);
    }

    void layOutPanes()
    {
        const auto index = std::make_shared<const ComparisonIndex>(m_comparison);
        PaneArea area;
        area.resize(1400, 800);
        area.setDocuments(m_comparison.documents, outletColors(m_comparison.documents));
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QBENCHMARK
        {
            // Fills 20 highlighted texts and equalises every row across them.
            area.setComparison(index);
        }
        QCOMPARE(area.paneCount(), 20);
    }

    void equaliseRows()
    {
        const auto index = std::make_shared<const ComparisonIndex>(m_comparison);
        PaneArea area;
        area.resize(1400, 800);
        area.setDocuments(m_comparison.documents, outletColors(m_comparison.documents));
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.setComparison(index);
        QBENCHMARK
        {
            // What a window resize costs: every row measured again in every pane.
            area.relayoutNow();
        }
    }

    void paintPanes()
    {
        const auto index = std::make_shared<const ComparisonIndex>(m_comparison);
        PaneArea area;
        area.resize(1400, 800);
        area.setDocuments(m_comparison.documents, outletColors(m_comparison.documents));
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.setComparison(index);
        QBENCHMARK
        {
            const QPixmap pixmap = area.grab();
            QVERIFY(!pixmap.isNull());
        }
    }

    void switchLayouts()
    {
        const auto index = std::make_shared<const ComparisonIndex>(m_comparison);
        PaneArea area;
        area.resize(1400, 800);
        area.setDocuments(m_comparison.documents, outletColors(m_comparison.documents));
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.setComparison(index);
        QBENCHMARK
        {
            // One switch there and back, each followed by the paint the user would see.
            area.setViewLayout(ViewLayout::OriginalOrder);
            area.grab();
            area.setViewLayout(ViewLayout::AlignedRows);
            area.grab();
        }
    }
};

QTEST_MAIN(BenchComparisonView)
#include "bench_comparisonview.moc"
