#include "comparisoncontroller.h"
#include "document/loaddocument.h"
#include "documentpane.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "panearea.h"
#include "paragraphtext.h"
#include "recentfiles.h"

#include <QPushButton>

#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>

#include <atomic>
#include <memory>

using namespace parallax;

namespace {

QString dataFile(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(PARALLAX_TEST_DATA_DIR "/ui/") + name);
}

const QString harbour = dataFile(QStringLiteral("harbour-times.txt"));
const QString herald = dataFile(QStringLiteral("coastal-herald.md"));
const QString valley = dataFile(QStringLiteral("valley-post.txt"));
const QString missing = dataFile(QStringLiteral("missing-article.txt"));
const QString alsoMissing = dataFile(QStringLiteral("no-such-dir/gone.html"));

/// Holds the first load on its worker thread until the test opens the gate, so "still loading"
/// is a state the test controls instead of a race it hopes to win.
struct LoadGate
{
    QSemaphore open;
    std::atomic<int> calls {0};
    std::atomic<bool> firstFinished {false};
    std::atomic<QThread *> thread {nullptr};
};

AsyncDocumentLoader::LoadFunction gatedLoader(const std::shared_ptr<LoadGate> &gate)
{
    return [gate](const QStringList &paths) {
        const int call = gate->calls++;
        gate->thread = QThread::currentThread();
        if (call == 0)
            gate->open.acquire();
        LoadManyResult result = loadDocuments(paths);
        if (call == 0)
            gate->firstFinished = true;
        return result;
    };
}

QStringList panePaths(const MainWindow &window)
{
    QStringList paths;
    for (int i = 0; i < window.paneArea()->paneCount(); ++i)
        paths.append(window.paneArea()->pane(i)->document().path);
    return paths;
}

void checkRoleFormats(const DocumentPane *pane)
{
    const QTextDocument *text = pane->textDocument();
    const Document &doc = pane->document();
    QCOMPARE(text->blockCount(), qMax(1, int(doc.paragraphs.size())));
    const QColor dim = dimmedTextColor(pane->textView()->palette());
    QTextBlock block = text->begin();
    for (const Paragraph &paragraph : doc.paragraphs) {
        QString expected = paragraph.text;
        expected.replace(u'\n', QChar::LineSeparator);
        QCOMPARE(block.text(), expected);
        QCOMPARE(block.blockFormat().intProperty(ParagraphRoleProperty), int(paragraph.role));
        const QTextCharFormat format = block.begin().fragment().charFormat();
        // Title and subheadings are bold; only the title is larger than the body.
        QCOMPARE(format.fontWeight() >= QFont::Bold,
                 paragraph.role == ParagraphRole::Title || paragraph.role == ParagraphRole::Heading);
        QCOMPARE(format.intProperty(QTextFormat::FontSizeAdjustment) > 0, paragraph.role == ParagraphRole::Title);
        QCOMPARE(format.fontItalic(), paragraph.role == ParagraphRole::Caption);
        QCOMPARE(format.hasProperty(QTextFormat::ForegroundBrush), paragraph.role == ParagraphRole::Boilerplate);
        if (paragraph.role == ParagraphRole::Boilerplate)
            QCOMPARE(format.foreground().color(), dim);
        block = block.next();
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the developer's own recent files and window geometry out of reach.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY2(QSettings().fileName().contains(QStringLiteral(".qttest")), qPrintable(QSettings().fileName()));
        QVERIFY(QFileInfo::exists(harbour));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void init() { QSettings().clear(); }

    void startsWithEmptyState()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.emptyState()->isVisible());
        QVERIFY(!window.paneArea()->isVisible());
        QVERIFY(!window.messageBar()->isVisible());
        QVERIFY(window.emptyState()->heading().contains(QStringLiteral("Open articles to compare")));
    }

    void onePanePerDocument()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        const QStringList files {harbour, herald, valley};
        window.openFiles(files);
        // Never synchronous, however fast the loader: the result arrives through the event loop.
        QCOMPARE(finished.size(), 0);
        QVERIFY(window.comparisonController()->isLoading());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Loading 3 files…"));
        QVERIFY(finished.wait());
        QVERIFY(!window.comparisonController()->isLoading());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Opened 3 articles"));
        QCOMPARE(window.paneArea()->paneCount(), 3);
        QCOMPARE(panePaths(window), files);
        QVERIFY(window.paneArea()->isVisible());
        QVERIFY(!window.messageBar()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("3 articles"));

        for (int i = 0; i < files.size(); ++i) {
            // Whatever the loader makes of the file, the header must say exactly that.
            const LoadResult loaded = loadDocument(files.at(i));
            QVERIFY(loaded.ok());
            const Document &doc = *loaded.document;
            const DocumentPane *pane = window.paneArea()->pane(i);
            QCOMPARE(pane->document().id, QStringLiteral("d%1").arg(i + 1));
            QCOMPARE(pane->titleText(), doc.title.isEmpty() ? QFileInfo(files.at(i)).fileName() : doc.title);
            QCOMPARE(pane->outletText(), doc.outlet.isEmpty() ? QStringLiteral("Unknown outlet") : doc.outlet);
            QCOMPARE(pane->dateText(), DocumentPane::formatDate(doc.published));
            checkRoleFormats(pane);
        }
    }

    void headerAndRoleFormats()
    {
        Document doc;
        doc.path = QStringLiteral("/articles/bridge.html");
        doc.title = QStringLiteral("Bridge reopens");
        doc.outlet = QStringLiteral("The Harbour Times");
        doc.published.date = QDate(2024, 3, 3);
        doc.paragraphs = {{QStringLiteral("Bridge reopens"), ParagraphRole::Title},
                          {QStringLiteral("PORTVILLE —"), ParagraphRole::Dateline},
                          {QStringLiteral("The bridge opened on Sunday.\nTraffic flowed."), ParagraphRole::Body},
                          {QStringLiteral("Photo: the bridge."), ParagraphRole::Caption},
                          {QStringLiteral("© 2024 The Harbour Times"), ParagraphRole::Boilerplate}};
        MainWindow window;
        window.comparisonController()->setLoadFunction([doc](const QStringList &) {
            LoadManyResult result;
            result.documents = {doc};
            return result;
        });
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({doc.path});
        QVERIFY(finished.wait());
        QCOMPARE(window.paneArea()->paneCount(), 1);
        const DocumentPane *pane = window.paneArea()->pane(0);
        QCOMPARE(pane->titleText(), QStringLiteral("Bridge reopens"));
        QCOMPARE(pane->outletText(), QStringLiteral("The Harbour Times"));
        QCOMPARE(pane->dateText(), QLocale().toString(QDate(2024, 3, 3), QLocale::LongFormat));
        checkRoleFormats(pane);

        // The dimmed colour really is dimmer: between Text and Base, not equal to either.
        const QTextBlock boilerplate = pane->textDocument()->findBlockByNumber(4);
        const QColor dim = boilerplate.begin().fragment().charFormat().foreground().color();
        const QPalette palette = pane->textView()->palette();
        QVERIFY(dim != palette.color(QPalette::Text));
        QVERIFY(dim != palette.color(QPalette::Base));
        const int textL = palette.color(QPalette::Text).lightness();
        const int baseL = palette.color(QPalette::Base).lightness();
        QVERIFY(dim.lightness() > qMin(textL, baseL) && dim.lightness() < qMax(textL, baseL));
    }

    void missingFilesNamedInMessageBar()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour, missing, valley, alsoMissing});
        QVERIFY(finished.wait());
        QCOMPARE(panePaths(window), (QStringList {harbour, valley}));
        MessageBar *bar = window.messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QCOMPARE(bar->details().size(), 2);
        QVERIFY(bar->text().contains(QStringLiteral("missing-article.txt")));
        QVERIFY(bar->text().contains(QStringLiteral("gone.html")));
        QVERIFY(!bar->text().contains(QStringLiteral("valley-post.txt")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("2 of 4")));

        // A later successful load clears the old complaint; failed files are not retried.
        window.openFiles({herald});
        QVERIFY(finished.wait());
        QCOMPARE(panePaths(window), (QStringList {harbour, valley, herald}));
        QVERIFY(!bar->isVisible());
    }

    void onlyMissingFilesKeepsEmptyState()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({missing});
        QVERIFY(finished.wait());
        QCOMPARE(window.paneArea()->paneCount(), 0);
        QVERIFY(window.emptyState()->isVisible());
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("missing-article.txt")));
    }

    void droppingFilesAddsPanes()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour});
        QVERIFY(finished.wait());
        QCOMPARE(window.paneArea()->paneCount(), 1);

        QMimeData mime;
        mime.setUrls(
            {QUrl::fromLocalFile(herald), QUrl(QStringLiteral("https://example.org/article.html")), QUrl::fromLocalFile(valley)});
        const QPoint where = window.rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(finished.wait());
        QCOMPARE(panePaths(window), (QStringList {harbour, herald, valley}));
        QVERIFY(!window.messageBar()->isVisible());

        // Dropped onto an article's text: the read-only view passes the files on to the window.
        QWidget *text = window.paneArea()->pane(1)->textView()->viewport();
        QMimeData more;
        more.setUrls({QUrl::fromLocalFile(missing)});
        QDragEnterEvent enterText(QPoint(20, 20), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(text, &enterText);
        QVERIFY(enterText.isAccepted());
        QDropEvent dropText(QPointF(20, 20), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(text, &dropText);
        QVERIFY(dropText.isAccepted());
        QVERIFY(finished.wait());
        QCOMPARE(window.paneArea()->paneCount(), 3);
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("missing-article.txt")));
    }

    void remoteOnlyDropIsRefused()
    {
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://example.org/article.html"))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
        QMimeData text;
        text.setText(QStringLiteral("just text"));
        QDragEnterEvent textEnter(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &textEnter);
        QVERIFY(!textEnter.isAccepted());
        QVERIFY(!window.comparisonController()->isLoading());
    }

    void loadsOffTheUiThread()
    {
        auto gate = std::make_shared<LoadGate>();
        auto release = qScopeGuard([gate] { gate->open.release(8); });
        MainWindow window;
        window.comparisonController()->setLoadFunction(gatedLoader(gate));
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour, herald});

        // The window keeps handling events while the worker is blocked.
        QTRY_COMPARE(gate->calls.load(), 1);
        QVERIFY(window.comparisonController()->isLoading());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Loading 2 files…"));
        QTest::qWait(50);
        QCOMPARE(window.paneArea()->paneCount(), 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(gate->thread.load() != QThread::currentThread());

        gate->open.release();
        QVERIFY(finished.wait());
        QVERIFY(!window.comparisonController()->isLoading());
        QCOMPARE(panePaths(window), (QStringList {harbour, herald}));
    }

    void secondLoadWins()
    {
        auto gate = std::make_shared<LoadGate>();
        auto release = qScopeGuard([gate] { gate->open.release(8); });
        MainWindow window;
        window.comparisonController()->setLoadFunction(gatedLoader(gate));
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);

        window.setFiles({harbour, herald});
        QTRY_COMPARE(gate->calls.load(), 1);
        window.setFiles({valley});
        QVERIFY(finished.wait());
        QCOMPARE(panePaths(window), QStringList {valley});

        // Now let the first, stale load complete: its result must be dropped.
        gate->open.release();
        QTRY_VERIFY(gate->firstFinished.load());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(panePaths(window), QStringList {valley});
        QVERIFY(!window.comparisonController()->isLoading());
    }

    void openingWhileLoadingKeepsEarlierFiles()
    {
        auto gate = std::make_shared<LoadGate>();
        auto release = qScopeGuard([gate] { gate->open.release(8); });
        MainWindow window;
        window.comparisonController()->setLoadFunction(gatedLoader(gate));
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour});
        QTRY_COMPARE(gate->calls.load(), 1);
        window.openFiles({herald, harbour});
        QVERIFY(finished.wait());
        QCOMPARE(panePaths(window), (QStringList {harbour, herald}));
        gate->open.release();
        QTRY_VERIFY(gate->firstFinished.load());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void closeAllDropsRunningLoad()
    {
        auto gate = std::make_shared<LoadGate>();
        auto release = qScopeGuard([gate] { gate->open.release(8); });
        MainWindow window;
        window.show();
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour, valley});
        QVERIFY(finished.wait());
        QCOMPARE(window.paneArea()->paneCount(), 2);

        window.comparisonController()->setLoadFunction(gatedLoader(gate));
        window.openFiles({herald});
        QTRY_COMPARE(gate->calls.load(), 1);
        window.closeAll();
        QCOMPARE(window.paneArea()->paneCount(), 0);
        QVERIFY(window.emptyState()->isVisible());
        gate->open.release();
        QTRY_VERIFY(gate->firstFinished.load());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(window.paneArea()->paneCount(), 0);
    }

    void narrowWindowScrollsSideways()
    {
        MainWindow window;
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour, herald, valley});
        QVERIFY(finished.wait());
        QTRY_VERIFY(!window.paneArea()->horizontalScrollBar()->isVisible());

        window.resize(640, 700);
        QTRY_VERIFY(window.paneArea()->horizontalScrollBar()->isVisible());
        for (int i = 0; i < 3; ++i)
            QVERIFY(window.paneArea()->pane(i)->width() >= DocumentPane::minimumPaneWidth);
    }

    void keyboardReachesEveryPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), window.emptyState()->openButton());
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour, herald, valley});
        QVERIFY(finished.wait());
        // Focus moves from the vanished empty state to the first article, then Tab walks the panes.
        QCOMPARE(QApplication::focusWidget(), window.paneArea()->pane(0)->textView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.paneArea()->pane(1)->textView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.paneArea()->pane(2)->textView());

        window.closeAll();
        QCOMPARE(QApplication::focusWidget(), window.emptyState()->openButton());
    }

    void recentFilesRemembered()
    {
        MainWindow window;
        QSignalSpy finished(window.comparisonController(), &ComparisonController::loadFinished);
        window.openFiles({harbour, missing, valley});
        QVERIFY(finished.wait());
        QCOMPARE(window.recentFiles()->files(), (QStringList {harbour, valley}));
        window.openFiles({herald});
        QVERIFY(finished.wait());
        QCOMPARE(window.recentFiles()->files(), (QStringList {herald, harbour, valley}));

        // The empty state offers them too, and one click (or Space) reopens a file.
        window.closeAll();
        const QList<QPushButton *> buttons = window.emptyState()->recentButtons();
        QCOMPARE(buttons.size(), 3);
        QCOMPARE(buttons.at(0)->text(), QStringLiteral("coastal-herald.md"));
        QTest::keyClick(buttons.at(1), Qt::Key_Space);
        QVERIFY(finished.wait());
        QCOMPARE(panePaths(window), QStringList {harbour});

        window.recentFiles()->clear();
        QVERIFY(window.recentFiles()->files().isEmpty());
        window.closeAll();
        QVERIFY(window.emptyState()->recentButtons().isEmpty());
    }

    void geometryRestored()
    {
        {
            MainWindow first;
            first.resize(900, 600);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.close();
        }
        MainWindow second;
        QCOMPARE(second.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
