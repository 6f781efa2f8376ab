// MainWindow, continued: the comparison (background runs, pivot, closing and adding articles),
// the View and Navigate menus, zoom. Split from mainwindow.cpp to keep each file readable.
#include "annotationsdock.h"
#include "comparisondocks.h"
#include "comparisonnavigator.h"
#include "document/pasteddocument.h"
#include "documentpane.h"
#include "findbar.h"
#include "mainwindow.h"
#include "outletcolors.h"
#include "panearea.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolButton>

namespace parallax {

namespace {
constexpr int statusTimeoutMs = 5000;
}

void MainWindow::setCompareFunction(ComparisonRunner::CompareFunction function)
{
    m_runner->setCompareFunction(std::move(function));
}

void MainWindow::setDocumentsAndCompare(QList<Document> documents)
{
    syncSessionDocuments(documents);
    // Ids follow pane order (d1..dn) whatever was closed, pasted or reloaded.
    for (qsizetype i = 0; i < documents.size(); ++i)
        documents[i].id = QStringLiteral("d%1").arg(i + 1);
    m_documents = documents;
    m_index.reset();
    m_navigator->reset();
    if (m_pivot >= m_documents.size())
        m_pivot = -1;
    m_paneArea->setDocuments(m_documents, outletColors(m_documents));
    for (int d = 0; d < m_paneArea->paneCount(); ++d)
        m_paneArea->paneForDocument(d)->setContextActions({m_addNoteAction});
    annotationsChanged();
    m_docks->setDocuments(m_documents);
    m_docks->setComparison(nullptr);
    rebuildArticlesMenu();
    startComparison();
}

void MainWindow::startComparison()
{
    if (m_documents.isEmpty()) {
        m_runner->cancel();
        updateComparing();
        return;
    }
    CompareOptions options;
    options.pivotDocument = m_pivot;
    m_runner->start(m_documents, options);
    updateComparing();
}

void MainWindow::cancelComparison()
{
    if (!m_runner->isBusy())
        return;
    m_runner->cancel();
    statusBar()->showMessage(tr("Comparison cancelled"), statusTimeoutMs);
    updateComparing();
}

void MainWindow::updateComparing()
{
    const bool busy = m_runner->isBusy();
    if (busy && m_runner->progress() == 0)
        m_compareProgress->setRange(0, 0); // until the first report: busy, amount unknown
    m_compareProgress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void MainWindow::applyComparison(const Comparison &comparison)
{
    if (comparison.documents.size() != m_documents.size())
        return;
    auto index = std::make_shared<const ComparisonIndex>(comparison);
    m_index = index;
    m_navigator->reset();
    m_paneArea->setComparison(index);
    m_docks->setComparison(index);
    m_findBar->refresh();
    updateComparing();
    const Comparison &c = index->comparison();
    statusBar()->showMessage(tr("Compared %1 articles: %2 rows, %3 shared quotes, %4 conflicts")
                                 .arg(c.documents.size())
                                 .arg(c.groups.size())
                                 .arg(c.quotes.size())
                                 .arg(c.conflicts.size()),
                             statusTimeoutMs);
    Q_EMIT comparisonFinished();
}

void MainWindow::setPivot(int document)
{
    m_pivot = document >= 0 && document < m_documents.size() ? document : -1;
    if (!m_sessionPath.isEmpty())
        markModified();
    startComparison();
}

void MainWindow::closeDocument(int document)
{
    if (document < 0 || document >= m_documents.size())
        return;
    QList<Document> documents = m_documents;
    const Document closed = documents.takeAt(document);
    m_requested.removeAll(closed.path);
    if (m_pivot == document)
        m_pivot = -1;
    else if (m_pivot > document)
        --m_pivot;
    if (documents.isEmpty()) {
        closeAll();
        return;
    }
    setDocumentsAndCompare(documents);
    updateView();
}

void MainWindow::addTextDocument(const QString &text, const QString &title, const QString &outlet)
{
    addPastedDocument(text, false, title, outlet);
}

void MainWindow::addPastedDocument(const QString &text, bool isHtml, const QString &title, const QString &outlet)
{
    // HTML keeps the article's structure (headings, paragraphs) that plain text loses.
    Document document = documentFromPastedText(text, isHtml, title, outlet);
    if (document.paragraphs.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text"), statusTimeoutMs);
        return;
    }
    QList<Document> documents = m_documents;
    documents.append(document);
    setDocumentsAndCompare(documents);
    updateView();
}

void MainWindow::pasteAsNewArticle()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const bool isHtml = mime && mime->hasHtml() && !mime->html().trimmed().isEmpty();
    const QString text = isHtml ? mime->html() : QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Paste as New Article"), tr("The clipboard holds no text to add."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Paste as New Article"));
    auto *title = new QLineEdit(&dialog);
    auto *outlet = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("Taken from the first line when empty"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Outlet:"), outlet);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addPastedDocument(text, isHtml, title->text(), outlet->text());
}

int MainWindow::activeDocument() const
{
    return m_paneArea->activeDocument();
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

    m_articlesMenu = view->addMenu(tr("Ar&ticles"));
    QAction *left = view->addAction(tr("Move Article &Left"), this, [this] { m_paneArea->moveDocument(activeDocument(), -1); });
    left->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    QAction *right = view->addAction(tr("Move Article Ri&ght"), this, [this] { m_paneArea->moveDocument(activeDocument(), 1); });
    right->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    QAction *pivot = view->addAction(tr("Make Article the &Pivot"), this, [this] { setPivot(activeDocument()); });
    pivot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pivot->setStatusTip(tr("Compare every other article with the one that has the focus"));
    QAction *hide = view->addAction(tr("&Hide Article"), this, [this] {
        if (m_paneArea->visiblePanes().size() > 1)
            m_paneArea->setDocumentHidden(activeDocument(), true);
        rebuildArticlesMenu();
    });
    hide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QAction *close = view->addAction(tr("&Close Article"), this, [this] { closeDocument(activeDocument()); });
    close->setShortcut(QKeySequence::Close);
    m_sourceAction = view->addAction(tr("Show &Source"));
    m_sourceAction->setCheckable(true);
    m_sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_sourceAction->setStatusTip(tr("Show the article's HTML or Markdown as the outlet wrote it"));
    connect(m_sourceAction, &QAction::triggered, this, [this](bool shown) { setSourceShown(activeDocument(), shown); });
    connect(view, &QMenu::aboutToShow, this, [this] {
        const DocumentPane *pane = m_paneArea->paneForDocument(activeDocument());
        m_sourceAction->setChecked(pane && pane->isSourceShown());
    });
    view->addSeparator();

    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_zoom + 1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom O&ut"), this, [this] { setZoom(m_zoom - 1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), this, [this] { setZoom(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_docks = new ComparisonDocks(this, view);
    view->addAction(m_annotationsDock->toggleViewAction());
    connect(m_docks, &ComparisonDocks::pivotRequested, this, &MainWindow::setPivot);
    connect(m_docks, &ComparisonDocks::textRequested, m_navigator, &ComparisonNavigator::showText);
    connect(m_docks, &ComparisonDocks::conflictRequested, m_navigator, &ComparisonNavigator::showConflict);
    connect(m_docks, &ComparisonDocks::quoteRequested, m_navigator, &ComparisonNavigator::showQuote);
    connect(m_docks, &ComparisonDocks::pairRequested, this, [this](int a, int b) {
        // Both articles visible, the second right next to the first.
        m_paneArea->setDocumentHidden(a, false);
        m_paneArea->setDocumentHidden(b, false);
        QList<int> order = m_paneArea->order();
        order.removeAll(b);
        order.insert(order.indexOf(a) + 1, b);
        m_paneArea->setOrder(order);
        rebuildArticlesMenu();
    });
    connect(m_docks, &ComparisonDocks::metadataEdited, this, [this](int d, const Document &doc) {
        if (d < 0 || d >= m_documents.size())
            return;
        m_documents[d].title = doc.title;
        m_documents[d].outlet = doc.outlet;
        m_documents[d].published = doc.published;
        m_paneArea->paneForDocument(d)->setMetadata(doc.title, doc.outlet, doc.published);
        applyMetadataEdit(d, doc);
        rebuildArticlesMenu();
    });
}

void MainWindow::showPaneMenu(int document, const QPoint &globalPos)
{
    // The same commands as the View menu, for the pane whose header was clicked.
    m_paneArea->setActiveDocument(document);
    QMenu menu(this);
    menu.addAction(tr("Move &Left"), this, [this, document] { m_paneArea->moveDocument(document, -1); });
    menu.addAction(tr("Move &Right"), this, [this, document] { m_paneArea->moveDocument(document, 1); });
    QAction *pivot = menu.addAction(tr("Make the &Pivot"), this, [this, document] { setPivot(document); });
    pivot->setEnabled(!m_index || m_index->comparison().pivotDocument != document);
    QAction *hide = menu.addAction(tr("&Hide"), this, [this, document] {
        m_paneArea->setDocumentHidden(document, true);
        rebuildArticlesMenu();
    });
    hide->setEnabled(m_paneArea->visiblePanes().size() > 1);
    QAction *source = menu.addAction(tr("Show &Source"), this, [this, document](bool shown) { setSourceShown(document, shown); });
    source->setCheckable(true);
    source->setChecked(m_paneArea->paneForDocument(document)->isSourceShown());
    menu.addSeparator();
    // Queued: the request came from the pane's own header, which closing deletes.
    menu.addAction(tr("&Close"), this, [this, document] {
        QMetaObject::invokeMethod(
            this, [this, document] { closeDocument(document); }, Qt::QueuedConnection);
    });
    menu.exec(globalPos);
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

void MainWindow::rebuildArticlesMenu()
{
    m_articlesMenu->clear();
    for (int d : m_paneArea->order()) {
        const Document &doc = m_documents.value(d);
        const QString name = doc.outlet.isEmpty() ? doc.title : tr("%1 — %2").arg(doc.outlet, doc.title);
        QAction *a = m_articlesMenu->addAction(name.isEmpty() ? doc.id : name);
        a->setCheckable(true);
        a->setChecked(!m_paneArea->isDocumentHidden(d));
        a->setToolTip(tr("Show or hide this article's pane"));
        connect(a, &QAction::toggled, this, [this, d](bool shown) {
            // At least one pane stays: an empty pane area would look like nothing is open.
            if (!shown && m_paneArea->visiblePanes().size() <= 1) {
                // Not from inside the action's own signal: rebuilding deletes the action.
                QMetaObject::invokeMethod(this, &MainWindow::rebuildArticlesMenu, Qt::QueuedConnection);
                return;
            }
            m_paneArea->setDocumentHidden(d, !shown);
        });
    }
    m_articlesMenu->setEnabled(!m_documents.isEmpty());
}

} // namespace parallax
