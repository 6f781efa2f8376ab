#include "mainwindow.h"

#include "annotationsdock.h"
#include "articleactions.h"
#include "comparisoncontroller.h"
#include "comparisondocks.h"
#include "comparisonnavigator.h"
#include "document/loaderregistry.h"
#include "documentpane.h"
#include "emptystate.h"
#include "exportcontroller.h"
#include "findbar.h"
#include "messagebar.h"
#include "panearea.h"
#include "recentfiles.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace parallax {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString lastDirKey = QStringLiteral("mainWindow/lastDirectory");
const QString layoutKey = QStringLiteral("view/layout");
const QString zoomKey = QStringLiteral("view/zoom");
constexpr int statusTimeoutMs = 5000;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recentFiles(new RecentFiles(this))
    , m_messageBar(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(this))
    , m_paneArea(new PaneArea(this))
    , m_navigator(new ComparisonNavigator(m_paneArea, this))
    , m_findBar(new FindBar(m_paneArea, this))
    , m_comparison(std::make_unique<ComparisonController>(m_paneArea, statusBar(), m_messageBar, this))
    , m_session(std::make_unique<SessionController>(m_comparison.get(), m_paneArea, m_navigator, statusBar(), m_messageBar, this))
    , m_exports(
          std::make_unique<ExportController>(m_comparison.get(), m_session.get(), m_paneArea, statusBar(), m_messageBar, this))
    , m_articles(std::make_unique<ArticleActions>(m_comparison.get(), m_paneArea))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_paneArea);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    connect(m_navigator, &ComparisonNavigator::positionChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    // Before the docks of the comparison: it stays on top of the Legend.
    addDockWidget(Qt::RightDockWidgetArea, m_session->annotationsDock());

    createActions();
    connectDocks();
    connect(m_comparison.get(), &ComparisonController::documentsChanged, this, &MainWindow::updateView);
    connect(m_comparison.get(), &ComparisonController::loadingChanged, this, &MainWindow::updateView);
    connect(m_comparison.get(), &ComparisonController::filesOpened, m_recentFiles, &RecentFiles::add);
    connect(m_session.get(), &SessionController::sessionFileUsed, this,
            [this](const QString &path) { m_recentFiles->add({path}); });
    connect(m_session.get(), &SessionController::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_emptyState, &EmptyState::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_recentFiles, &RecentFiles::fileTriggered, this, [this](const QString &path) { openFiles({path}); });
    connect(m_emptyState, &EmptyState::recentFileRequested, this, [this](const QString &path) { openFiles({path}); });
    connect(m_recentFiles, &RecentFiles::changed, this, [this] { m_emptyState->setRecentFiles(m_recentFiles->files()); });
    m_emptyState->setRecentFiles(m_recentFiles->files());

    resize(1200, 760);
    readSettings();
    updateView();
    setWindowTitle(m_session->title());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *open
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open articles to compare, or a saved .parallax session"));
    QAction *openFolder = fileMenu->addAction(tr("Open &Folder…"), this, &MainWindow::showOpenFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setStatusTip(tr("Open every supported article in a folder"));

    QMenu *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentFiles->attachMenu(recentMenu);

    fileMenu->addSeparator();
    m_session->addFileActions(fileMenu);
    fileMenu->addSeparator();
    m_exports->addFileActions(fileMenu);
    fileMenu->addSeparator();
    m_closeAllAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close All"), this, [this] {
        if (m_session->maybeSave())
            closeAll();
    });
    m_closeAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_closeAllAction->setStatusTip(tr("Close every open article"));

    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_session->addEditActions(editMenu);
    editMenu->addSeparator();
    m_comparison->addEditActions(editMenu);
    editMenu->addSeparator();
    QAction *find
        = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = editMenu->addAction(tr("Find Ne&xt"), m_findBar, [this] { m_findBar->findNext(1); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = editMenu->addAction(tr("Find Pre&vious"), m_findBar, [this] { m_findBar->findNext(-1); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    createViewActions();
    createNavigateActions();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openFiles(const QStringList &files)
{
    // A .parallax file replaces what is open; the other files join it.
    QStringList articles;
    QString session;
    for (const QString &file : files) {
        if (session.isEmpty() && file.endsWith(QLatin1StringView(".parallax"), Qt::CaseInsensitive))
            session = file;
        else
            articles.append(file);
    }
    if (!session.isEmpty()) {
        if (!m_session->maybeSave() || !m_session->openSession(session))
            return;
        if (articles.isEmpty())
            return;
    }
    m_comparison->openFiles(articles);
}

void MainWindow::setFiles(const QStringList &files)
{
    for (const QString &file : files) {
        if (file.endsWith(QLatin1StringView(".parallax"), Qt::CaseInsensitive)) {
            closeAll();
            openFiles(files);
            return;
        }
    }
    m_comparison->setFiles(files);
}

void MainWindow::closeAll()
{
    m_comparison->closeAll();
}

void MainWindow::updateView()
{
    const bool empty = m_comparison->documents().isEmpty();
    // Keep the keyboard user somewhere useful when the page under the focus goes away.
    QWidget *focus = focusWidget();
    const bool focusInStack = !focus || m_stack->isAncestorOf(focus);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_paneArea);
    if (focusInStack) {
        if (empty)
            m_emptyState->setFocus();
        else if (!m_paneArea->isAncestorOf(focusWidget()))
            m_paneArea->pane(0)->textView()->setFocus();
    }
    m_closeAllAction->setEnabled(!empty || m_comparison->isLoading());
}

QString MainWindow::openFilter()
{
    QStringList patterns;
    for (const QString &extension : supportedExtensions())
        patterns.append(QStringLiteral("*.") + extension);
    patterns.sort();
    return tr("Articles and sessions (%1 *.parallax)").arg(patterns.join(u' ')) + QStringLiteral(";;")
        + tr("Parallax sessions (*.parallax)") + QStringLiteral(";;") + tr("All files (*)");
}

void MainWindow::showOpenFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), settings.value(lastDirKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(lastDirKey, folder);
    openFiles({folder}); // loadDocuments() opens every supported file of a folder
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Open Articles"), settings.value(lastDirKey).toString(), openFilter());
    if (files.isEmpty())
        return;
    settings.setValue(lastDirKey, QFileInfo(files.constFirst()).absolutePath());
    openFiles(files);
}

void MainWindow::setViewLayout(ViewLayout layout)
{
    m_paneArea->setViewLayout(layout);
}

ViewLayout MainWindow::viewLayout() const
{
    return m_paneArea->viewLayout();
}

void MainWindow::setZoom(int steps)
{
    m_zoom = std::clamp(steps, -6, 16);
    if (m_baseFontSize <= 0)
        m_baseFontSize = qMax(6, font().pointSize());
    QFont f = m_paneArea->font();
    f.setPointSize(m_baseFontSize + m_zoom);
    m_paneArea->setFont(f);
}

void MainWindow::createViewActions()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *layouts = new QActionGroup(this);
    m_alignedAction = view->addAction(tr("&Aligned Rows"), this, [this] { setViewLayout(ViewLayout::AlignedRows); });
    m_alignedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_alignedAction->setStatusTip(tr("Corresponding paragraphs side by side, gaps where an article has none"));
    m_originalAction = view->addAction(tr("&Original Order"), this, [this] { setViewLayout(ViewLayout::OriginalOrder); });
    m_originalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_originalAction->setStatusTip(tr("Each article as written, ribbons joining corresponding paragraphs"));
    for (QAction *a : {m_alignedAction, m_originalAction}) {
        a->setCheckable(true);
        layouts->addAction(a);
    }
    m_alignedAction->setChecked(true);
    connect(m_paneArea, &PaneArea::viewLayoutChanged, this, [this](ViewLayout layout) {
        m_alignedAction->setChecked(layout == ViewLayout::AlignedRows);
        m_originalAction->setChecked(layout == ViewLayout::OriginalOrder);
    });
    view->addSeparator();

    m_articles->addViewActions(view);
    view->addSeparator();

    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_zoom + 1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom O&ut"), this, [this] { setZoom(m_zoom - 1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), this, [this] { setZoom(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_docks = new ComparisonDocks(this, view);
    view->addAction(m_session->annotationsDock()->toggleViewAction());
}

void MainWindow::connectDocks()
{
    ComparisonController *comparison = m_comparison.get();
    connect(comparison, &ComparisonController::documentsChanged, this, [this] {
        m_navigator->reset();
        m_docks->setDocuments(m_comparison->documents());
        m_docks->setComparison(nullptr);
    });
    connect(comparison, &ComparisonController::comparisonFinished, this, [this] {
        m_navigator->reset();
        m_docks->setComparison(m_comparison->comparison());
        m_findBar->refresh();
    });
    connect(m_docks, &ComparisonDocks::pivotRequested, comparison, &ComparisonController::setPivot);
    connect(m_docks, &ComparisonDocks::metadataEdited, comparison, &ComparisonController::setMetadata);
    connect(m_docks, &ComparisonDocks::pairRequested, m_articles.get(), &ArticleActions::showSideBySide);
    connect(m_docks, &ComparisonDocks::textRequested, m_navigator, &ComparisonNavigator::showText);
    connect(m_docks, &ComparisonDocks::conflictRequested, m_navigator, &ComparisonNavigator::showConflict);
    connect(m_docks, &ComparisonDocks::quoteRequested, m_navigator, &ComparisonNavigator::showQuote);
}

void MainWindow::createNavigateActions()
{
    QMenu *go = menuBar()->addMenu(tr("&Navigate"));
    auto add = [this, go](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = go->addAction(text, this, slot);
        a->setShortcut(key);
        return a;
    };
    add(tr("&Next Difference"), QKeySequence(Qt::Key_F8), [this] { m_navigator->nextDifference(1); });
    add(tr("&Previous Difference"), QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] { m_navigator->nextDifference(-1); });
    go->addSeparator();
    add(tr("Next &Conflict"), QKeySequence(Qt::Key_F9), [this] { m_navigator->nextConflict(1); });
    add(tr("Previous C&onflict"), QKeySequence(Qt::SHIFT | Qt::Key_F9), [this] { m_navigator->nextConflict(-1); });
    go->addSeparator();
    add(tr("Next &Quote"), QKeySequence(Qt::Key_F10), [this] { m_navigator->nextQuote(1); });
    add(tr("Previous Q&uote"), QKeySequence(Qt::SHIFT | Qt::Key_F10), [this] { m_navigator->nextQuote(-1); });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Parallax"),
                       tr("<h3>Parallax %1</h3>"
                          "<p>Puts several news articles about one event side by side and shows what they share "
                          "and where they disagree.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(stateKey).toByteArray());
    setViewLayout(settings.value(layoutKey).toString() == QLatin1StringView("original") ? ViewLayout::OriginalOrder
                                                                                        : ViewLayout::AlignedRows);
    setZoom(settings.value(zoomKey, 0).toInt());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(layoutKey,
                      viewLayout() == ViewLayout::OriginalOrder ? QStringLiteral("original") : QStringLiteral("aligned"));
    settings.setValue(zoomKey, m_zoom);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    // A clean exit: the autosave and its marker go, so the next start offers no recovery.
    m_session->finishAutosave();
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Only local files: remote URLs would need a download, which is a separate feature.
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFiles(files);
}

} // namespace parallax
