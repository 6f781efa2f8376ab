// The main window with a comparison: background runs, docks, navigation shortcuts, closing and
// pasting articles, settings. Uses in-memory articles and a hand-made comparison so every
// expectation is exact.
#include "comparisoncontroller.h"
#include "comparisondocks.h"
#include "comparisontextview.h"
#include "conflictsmodel.h"
#include "documentpane.h"
#include "handmadecomparison.h"
#include "mainwindow.h"
#include "panearea.h"
#include "quotesmodel.h"
#include "similaritymodel.h"
#include "sourcesmodel.h"
#include "tabledock.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace parallax;

namespace {

/// Answers every comparison with the hand-made one, restricted to the documents asked about
/// (matched by outlet), and records the options it was given.
struct FakeEngine
{
    std::atomic<int> calls {0};
    std::atomic<int> lastPivot {-2};
    // Owned here (the engine outlives every worker through the shared pointer), never a pointer
    // to a test's local: a worker that starts late must not touch a destroyed semaphore.
    std::atomic<bool> blocking {false};
    QSemaphore gate;
};

ComparisonRunner::CompareFunction fakeCompare(const std::shared_ptr<FakeEngine> &engine)
{
    return [engine](const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel) {
        ++engine->calls;
        engine->lastPivot = options.pivotDocument;
        if (engine->blocking)
            engine->gate.acquire();
        const Comparison full = test::handmadeComparison();
        Comparison c = full;
        c.documents = documents;
        c.cancelled = cancel && cancel->load();
        if (documents.size() != full.documents.size()) {
            // After a close: keep nothing but the documents themselves (rows of one each).
            c.groups.clear();
            c.quotes.clear();
            c.passages.clear();
            c.conflicts.clear();
            c.similarity = QList<QList<double>>(documents.size(), QList<double>(documents.size(), 1.0));
        }
        return c;
    };
}

QString plainText(const Document &d)
{
    QStringList parts;
    for (const Paragraph &p : d.paragraphs)
        parts.append(p.text);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

class TestComparisonWindow final : public QObject
{
    Q_OBJECT

    std::shared_ptr<FakeEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    void openHandmade()
    {
        m_engine = std::make_shared<FakeEngine>();
        m_window = std::make_unique<MainWindow>();
        comparison()->setCompareFunction(fakeCompare(m_engine));
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy compared(m_window->comparisonController(), &ComparisonController::comparisonFinished);
        for (const Document &d : test::handmadeComparison().documents)
            comparison()->addTextDocument(plainText(d), d.title, d.outlet);
        QTRY_VERIFY(comparison()->comparison() && comparison()->comparison()->documentCount() == 3);
        QTRY_VERIFY(!comparison()->isComparing());
    }

    ComparisonController *comparison() const { return m_window->comparisonController(); }
    ComparisonTextView *view(int document) const { return m_window->paneArea()->paneForDocument(document)->comparisonView(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_comparisonwindow"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { m_window.reset(); }

    void pastedArticlesAreComparedInTheBackground()
    {
        openHandmade();
        QCOMPARE(m_window->paneArea()->paneCount(), 3);
        QCOMPARE(comparison()->documents().at(2).id, QStringLiteral("d3"));
        QCOMPARE(comparison()->documents().at(1).outlet, QStringLiteral("Second Star"));
        QVERIFY(comparison()->documents().at(0).path.isEmpty());
        // Third Times in aligned rows: g1, gap, gap, g4, gap.
        QCOMPARE(m_window->paneArea()->paneForDocument(2)->textDocument()->blockCount(), 5);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 conflicts")));
    }

    void docksFollowTheComparison()
    {
        // Testers first: they watch every reset the window causes.
        m_engine = std::make_shared<FakeEngine>();
        m_window = std::make_unique<MainWindow>();
        ComparisonDocks *docks = m_window->docks();
        QAbstractItemModelTester t1(docks->sourcesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(docks->quotesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(docks->conflictsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(docks->similarityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(docks->conflictsDock()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        comparison()->setCompareFunction(fakeCompare(m_engine));
        m_window->show();
        for (const Document &d : test::handmadeComparison().documents)
            comparison()->addTextDocument(plainText(d), d.title, d.outlet);
        QTRY_VERIFY(comparison()->comparison() && comparison()->comparison()->documentCount() == 3);
        QCOMPARE(docks->sourcesModel()->rowCount(), 3);
        QCOMPARE(docks->quotesModel()->rowCount(), 1);
        QCOMPARE(docks->quotesModel()->index(0, QuotesModel::KindColumn).data().toString(), QStringLiteral("variant"));
        QCOMPARE(docks->quotesModel()->index(0, QuotesModel::OutletsColumn).data().toString(),
                 QStringLiteral("First Post, Second Star, Third Times"));
        QCOMPARE(docks->conflictsModel()->columnCount(), 5);
        QCOMPARE(docks->conflictsModel()->index(0, ConflictsModel::FirstDocumentColumn + 1).data().toString(),
                 QStringLiteral("14"));
        QCOMPARE(docks->conflictsModel()->index(0, ConflictsModel::FirstDocumentColumn + 2).data().toString(), QString());
        QCOMPARE(docks->similarityModel()->index(0, 1).data().toString(), QStringLiteral("70%"));
        // The filter narrows the table.
        docks->conflictsDock()->filterEdit()->setText(QStringLiteral("no such subject"));
        QCOMPARE(docks->conflictsDock()->proxy()->rowCount(), 0);
        docks->conflictsDock()->filterEdit()->setText(QStringLiteral("death"));
        QCOMPARE(docks->conflictsDock()->proxy()->rowCount(), 1);
        // Closing everything empties every model.
        m_window->closeAll();
        QCOMPARE(docks->quotesModel()->rowCount(), 0);
        QCOMPARE(docks->similarityModel()->rowCount(), 0);
    }

    void docksJumpToTheText()
    {
        openHandmade();
        ComparisonDocks *docks = m_window->docks();
        TableDock *conflicts = docks->conflictsDock();
        conflicts->show();
        Q_EMIT conflicts->view()->activated(conflicts->proxy()->index(0, 1));
        QCOMPARE(view(0)->textCursor().selectedText(), QStringLiteral("12"));
        QCOMPARE(view(1)->textCursor().selectedText(), QStringLiteral("14"));
        QCOMPARE(m_window->paneArea()->currentRow(), 1);

        TableDock *quotes = docks->quotesDock();
        Q_EMIT quotes->view()->activated(quotes->proxy()->index(0, 0));
        QCOMPARE(view(2)->textCursor().selectedText(), QStringLiteral("We will rebuild soon"));
        QCOMPARE(m_window->paneArea()->currentRow(), 3);

        // A similarity cell puts the two articles side by side.
        TableDock *similarity = docks->similarityDock();
        Q_EMIT similarity->view()->activated(similarity->proxy()->index(2, 0));
        QCOMPARE(m_window->paneArea()->order(), (QList<int> {1, 2, 0})); // d1 moved right after d3
        // Double-click: the row's article becomes the pivot and everything is compared again.
        const int calls = m_engine->calls;
        Q_EMIT similarity->view()->doubleClicked(similarity->proxy()->index(1, 0));
        QTRY_COMPARE(m_engine->calls.load(), calls + 1);
        QCOMPARE(m_engine->lastPivot.load(), 1);
    }

    void editingSourcesUpdatesHeaders()
    {
        openHandmade();
        SourcesModel *sources = m_window->docks()->sourcesModel();
        QVERIFY(sources->setData(sources->index(1, SourcesModel::TitleColumn), QStringLiteral("A better title")));
        QVERIFY(sources->setData(sources->index(1, SourcesModel::OutletColumn), QStringLiteral("Star Daily")));
        QVERIFY(sources->setData(sources->index(1, SourcesModel::DateColumn), QStringLiteral("2024-03-03T18:05")));
        QVERIFY(!sources->setData(sources->index(1, SourcesModel::DateColumn), QStringLiteral("yesterday-ish")));
        QVERIFY(!sources->setData(sources->index(1, SourcesModel::IdColumn), QStringLiteral("x")));
        DocumentPane *pane = m_window->paneArea()->paneForDocument(1);
        QCOMPARE(pane->titleText(), QStringLiteral("A better title"));
        QCOMPARE(pane->outletText(), QStringLiteral("Star Daily"));
        QVERIFY(pane->dateText() != QStringLiteral("date unknown"));
        QCOMPARE(comparison()->documents().at(1).published.toIso(), QStringLiteral("2024-03-03T18:05:00"));
    }

    void navigationShortcuts()
    {
        openHandmade();
        view(0)->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QCOMPARE(view(1)->textCursor().selectedText(), QStringLiteral("14"));
        QTest::keyClick(m_window.get(), Qt::Key_F10);
        QCOMPARE(view(0)->textCursor().selectedText(), QStringLiteral("We will rebuild"));
        QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(m_window->paneArea()->currentRow(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->viewLayout(), ViewLayout::OriginalOrder);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->viewLayout(), ViewLayout::AlignedRows);
    }

    void removingADocumentUpdatesEverything()
    {
        openHandmade();
        QSignalSpy compared(m_window->comparisonController(), &ComparisonController::comparisonFinished);
        comparison()->closeDocument(1);
        QCOMPARE(m_window->paneArea()->paneCount(), 2);
        QCOMPARE(comparison()->documents().size(), 2);
        QCOMPARE(comparison()->documents().at(1).outlet, QStringLiteral("Third Times"));
        QCOMPARE(comparison()->documents().at(1).id, QStringLiteral("d2"));
        QCOMPARE(m_window->docks()->sourcesModel()->rowCount(), 2);
        QVERIFY(compared.wait());
        QCOMPARE(comparison()->comparison()->documentCount(), 2);
        QCOMPARE(m_window->docks()->similarityModel()->rowCount(), 2);
        QCOMPARE(m_window->docks()->conflictsModel()->rowCount(), 0);
        QCOMPARE(m_window->paneArea()->order(), (QList<int> {0, 1}));
        // The pane's close button does the same.
        QToolButton *close = m_window->paneArea()->paneForDocument(0)->findChild<QToolButton *>();
        QVERIFY(close);
        close->click();
        QTRY_COMPARE(m_window->paneArea()->paneCount(), 1);
        QCOMPARE(comparison()->documents().constFirst().outlet, QStringLiteral("Third Times"));
    }

    void cancelKeepsThePreviousResult()
    {
        openHandmade();
        const int calls = m_engine->calls;
        m_engine->blocking = true;
        comparison()->setPivot(2);
        QTRY_COMPARE(m_engine->calls.load(), calls + 1); // the worker is inside the engine now
        QVERIFY(comparison()->isComparing());
        QProgressBar *progress = nullptr;
        for (QProgressBar *bar : m_window->statusBar()->findChildren<QProgressBar *>()) {
            if (bar->isVisible())
                progress = bar;
        }
        QVERIFY(progress);
        comparison()->cancelComparison();
        QVERIFY(!comparison()->isComparing());
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Comparison cancelled"));
        QCOMPARE(comparison()->comparison()->documentCount(), 3); // still the earlier result
        m_engine->blocking = false;
        m_engine->gate.release(4);
    }

    void settingsRemembered()
    {
        openHandmade();
        m_window->setViewLayout(ViewLayout::OriginalOrder);
        const int before = m_window->paneArea()->paneForDocument(0)->textDocument()->defaultFont().pointSize();
        m_window->setZoom(2);
        const int size = m_window->paneArea()->font().pointSize();
        // The text itself grows, not only the widget font.
        QCOMPARE(m_window->paneArea()->paneForDocument(0)->textDocument()->defaultFont().pointSize(), before + 2);
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->viewLayout(), ViewLayout::OriginalOrder);
        QCOMPARE(m_window->zoom(), 2);
        QCOMPARE(m_window->paneArea()->font().pointSize(), size);
        m_window->setZoom(0);
        QCOMPARE(m_window->paneArea()->font().pointSize(), size - 2);
    }
};

QTEST_MAIN(TestComparisonWindow)
#include "tst_comparisonwindow.moc"
