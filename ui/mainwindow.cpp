#include "mainwindow.h"

#include "comparisondocks.h"
#include "comparisonnavigator.h"
#include "documentpane.h"
#include "emptystate.h"
#include "findbar.h"
#include "messagebar.h"
#include "outletcolors.h"
#include "panearea.h"
#include "recentfiles.h"
#include "session/autosavestore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
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

// One spelling per file, so the same article opened twice (relative and absolute) is one pane.
QString normalizedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new AsyncDocumentLoader(this))
    , m_recentFiles(new RecentFiles(this))
    , m_messageBar(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(this))
    , m_paneArea(new PaneArea(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_runner(new ComparisonRunner(this))
    , m_navigator(new ComparisonNavigator(m_paneArea, this))
    , m_findBar(new FindBar(m_paneArea, this))
    , m_compareProgress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
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

    // An indeterminate bar: loaders report no progress, but the user sees that work is going on.
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setAccessibleName(tr("Loading"));
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);

    // The engine reports how far it got (thousandths); the bar starts indeterminate until it does.
    m_compareProgress->setRange(0, 0);
    m_compareProgress->setMaximumWidth(120);
    m_compareProgress->setFormat(tr("Comparing"));
    m_compareProgress->setAccessibleName(tr("Comparing"));
    m_compareProgress->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop comparing; the panes keep the previous result"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelComparison);
    statusBar()->addPermanentWidget(m_compareProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_runner, &ComparisonRunner::finished, this, [this](int, const Comparison &c) { applyComparison(c); });
    connect(m_runner, &ComparisonRunner::progressChanged, this, [this](int, int permille) {
        m_compareProgress->setRange(0, 1000);
        m_compareProgress->setValue(permille);
    });
    connect(m_navigator, &ComparisonNavigator::positionChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    connect(m_paneArea, &PaneArea::closeRequested, this, &MainWindow::closeDocument);
    connect(m_paneArea, &PaneArea::orderChanged, this, &MainWindow::rebuildArticlesMenu);
    connect(m_paneArea, &PaneArea::paneMenuRequested, this, &MainWindow::showPaneMenu);

    createActions();
    connect(m_emptyState, &EmptyState::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_loader, &AsyncDocumentLoader::finished, this, [this](int, const LoadManyResult &result) { applyResult(result); });
    connect(m_recentFiles, &RecentFiles::fileTriggered, this, [this](const QString &path) { openFiles({path}); });
    connect(m_emptyState, &EmptyState::recentFileRequested, this, [this](const QString &path) { openFiles({path}); });
    connect(m_recentFiles, &RecentFiles::changed, this, [this] { m_emptyState->setRecentFiles(m_recentFiles->files()); });
    m_emptyState->setRecentFiles(m_recentFiles->files());

    resize(1200, 760);
    readSettings();
    updateView();
}

MainWindow::~MainWindow()
{
    // The stack's destructor signals cleanChanged; this window is half gone by then.
    m_undo->disconnect(this);
    // Destroyed without a crash: nothing to recover.
    if (m_autosave)
        m_autosave->finish();
}

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
    QAction *saveAnchor = fileMenu->addSeparator();
    createExportActions(fileMenu);
    fileMenu->addSeparator();
    m_closeAllAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close All"), this, [this] {
        if (maybeSave())
            closeAll();
    });
    m_closeAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_closeAllAction->setStatusTip(tr("Close every open article"));

    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste as New Article…"), this,
                                         &MainWindow::pasteAsNewArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Add the text on the clipboard as another article"));
    editMenu->addSeparator();
    QAction *find
        = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = editMenu->addAction(tr("Find Ne&xt"), m_findBar, [this] { m_findBar->findNext(1); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = editMenu->addAction(tr("Find Pre&vious"), m_findBar, [this] { m_findBar->findNext(-1); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    // Save actions go before the export separator; the Edit menu gets Undo, Redo and Add Note.
    QMenu saveActions;
    createSessionActions(&saveActions, editMenu);
    fileMenu->insertActions(saveAnchor, saveActions.actions());
    createViewActions();
    createNavigateActions();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setLoadFunction(AsyncDocumentLoader::LoadFunction function)
{
    m_loader->setLoadFunction(std::move(function));
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
        if (!maybeSave() || !openSession(session))
            return;
        if (articles.isEmpty())
            return;
    }
    openFilesOnly(articles);
}

void MainWindow::openFilesOnly(const QStringList &files)
{
    // Every load produces the whole set, so documents keep ids d1..dn in pane order and a load
    // that supersedes a running one still includes that one's files.
    QStringList paths = m_requested;
    for (const QString &file : files) {
        const QString path = normalizedPath(file);
        if (!paths.contains(path))
            paths.append(path);
    }
    if (paths == m_requested && !files.isEmpty() && !isLoading()) {
        statusBar()->showMessage(tr("Already open"), statusTimeoutMs);
        return;
    }
    startLoad(paths);
}

void MainWindow::setFiles(const QStringList &files)
{
    m_heldPaths.clear(); // exactly these files: the session's articles go too
    for (const QString &file : files) {
        if (file.endsWith(QLatin1StringView(".parallax"), Qt::CaseInsensitive)) {
            closeAll();
            openFiles(files);
            return;
        }
    }
    QStringList paths;
    for (const QString &file : files) {
        const QString path = normalizedPath(file);
        if (!paths.contains(path))
            paths.append(path);
    }
    startLoad(paths);
}

void MainWindow::closeAll()
{
    m_loader->cancel();
    m_runner->cancel();
    m_index.reset();
    m_docks->setComparison(nullptr);
    m_docks->setDocuments({});
    m_requested.clear();
    m_documents.clear();
    m_paneArea->clear();
    m_messageBar->dismiss();
    statusBar()->clearMessage();
    m_session.setSession({});
    m_heldPaths.clear();
    m_undo->clear();
    m_sessionPath.clear();
    m_modified = false;
    m_pivot = -1;
    m_autosaveTimer->stop();
    annotationsChanged();
    rebuildArticlesMenu();
    updateView();
    updateComparing();
}

void MainWindow::startLoad(const QStringList &paths)
{
    m_requested = paths;
    if (paths.isEmpty()) {
        closeAll();
        return;
    }
    m_loader->start(paths);
    statusBar()->showMessage(paths.size() == 1 ? tr("Loading 1 file…") : tr("Loading %1 files…").arg(paths.size()));
    updateView();
}

void MainWindow::applyResult(const LoadManyResult &result)
{
    QStringList previouslyOpen;
    for (const Document &doc : std::as_const(m_documents))
        previouslyOpen.append(doc.path);
    // Pasted articles have no file to reload, and articles of an opened session live in the
    // session (their files may be gone): they stay, after the files.
    QList<Document> documents = result.documents;
    for (const Document &doc : std::as_const(m_documents)) {
        if (doc.path.isEmpty() || (m_heldPaths.contains(doc.path) && !m_requested.contains(doc.path)))
            documents.append(doc);
    }
    // Files that failed are not kept: opening another file later should not retry them silently.
    m_requested.clear();
    for (const Document &doc : std::as_const(result.documents))
        m_requested.append(doc.path);
    setDocumentsAndCompare(documents);

    if (result.errors.isEmpty()) {
        m_messageBar->dismiss();
    } else {
        QStringList details;
        for (const LoadError &error : result.errors)
            details.append(tr("%1 — %2").arg(QDir::toNativeSeparators(error.path), error.reason));
        const auto failed = result.errors.size();
        m_messageBar->showMessage(
            MessageBar::Kind::Error,
            failed == 1 ? tr("Could not open this file:") : tr("Could not open these %1 files:").arg(failed), details);
    }

    // Only what this load added counts as "recently opened"; the rest keeps its place in the list.
    QStringList added;
    for (const QString &path : std::as_const(m_requested)) {
        if (!previouslyOpen.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_recentFiles->add(added);

    const auto opened = m_documents.size();
    const auto total = opened + result.errors.size();
    QString status;
    if (!result.errors.isEmpty())
        status = tr("Opened %1 of %2 files").arg(opened).arg(total);
    else
        status = opened == 1 ? tr("Opened 1 article") : tr("Opened %1 articles").arg(opened);
    statusBar()->showMessage(status, statusTimeoutMs);
    updateView();
    Q_EMIT loadFinished();
}

void MainWindow::updateView()
{
    const bool loading = isLoading();
    m_busyIndicator->setVisible(loading);
    // Keep the keyboard user somewhere useful when the page under the focus goes away.
    QWidget *focus = focusWidget();
    const bool focusInStack = !focus || m_stack->isAncestorOf(focus);
    m_stack->setCurrentWidget(m_documents.isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_paneArea);
    if (focusInStack) {
        if (m_documents.isEmpty())
            m_emptyState->setFocus();
        else if (!m_paneArea->isAncestorOf(focusWidget()))
            m_paneArea->pane(0)->textView()->setFocus();
    }
    m_closeAllAction->setEnabled(!m_documents.isEmpty() || loading);
    updateTitle();
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // A clean exit: the autosave and its marker go, so the next start offers no recovery.
    if (m_autosave)
        m_autosave->finish();
    m_autosave.reset();
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
