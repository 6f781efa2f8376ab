#include "articleactions.h"

#include "comparisoncontroller.h"
#include "documentpane.h"
#include "panearea.h"

#include <QAction>
#include <QMenu>

namespace parallax {

ArticleActions::ArticleActions(ComparisonController *comparison, PaneArea *panes, QObject *parent)
    : QObject(parent)
    , m_comparison(comparison)
    , m_panes(panes)
{
    connect(m_panes, &PaneArea::orderChanged, this, &ArticleActions::rebuildArticlesMenu);
    connect(m_panes, &PaneArea::paneMenuRequested, this, &ArticleActions::showPaneMenu);
    connect(m_comparison, &ComparisonController::documentsChanged, this, &ArticleActions::rebuildArticlesMenu);
    connect(m_comparison, &ComparisonController::metadataChanged, this, &ArticleActions::rebuildArticlesMenu);
}

void ArticleActions::addViewActions(QMenu *view)
{
    m_articlesMenu = view->addMenu(tr("Ar&ticles"));
    QAction *left
        = view->addAction(tr("Move Article &Left"), this, [this] { m_panes->moveDocument(m_panes->activeDocument(), -1); });
    left->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    QAction *right
        = view->addAction(tr("Move Article Ri&ght"), this, [this] { m_panes->moveDocument(m_panes->activeDocument(), 1); });
    right->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    QAction *pivot
        = view->addAction(tr("Make Article the &Pivot"), this, [this] { m_comparison->setPivot(m_panes->activeDocument()); });
    pivot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pivot->setStatusTip(tr("Compare every other article with the one that has the focus"));
    QAction *hide = view->addAction(tr("&Hide Article"), this, [this] {
        if (m_panes->visiblePanes().size() > 1)
            m_panes->setDocumentHidden(m_panes->activeDocument(), true);
        rebuildArticlesMenu();
    });
    hide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    QAction *close
        = view->addAction(tr("&Close Article"), this, [this] { m_comparison->closeDocument(m_panes->activeDocument()); });
    close->setShortcut(QKeySequence::Close);
    m_sourceAction = view->addAction(tr("Show &Source"));
    m_sourceAction->setCheckable(true);
    m_sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_sourceAction->setStatusTip(tr("Show the article's HTML or Markdown as the outlet wrote it"));
    connect(m_sourceAction, &QAction::triggered, this, [this](bool shown) { setSourceShown(m_panes->activeDocument(), shown); });
    connect(view, &QMenu::aboutToShow, this, [this] {
        const DocumentPane *pane = m_panes->paneForDocument(m_panes->activeDocument());
        m_sourceAction->setChecked(pane && pane->isSourceShown());
    });
}

void ArticleActions::setSourceShown(int document, bool shown)
{
    if (DocumentPane *pane = m_panes->paneForDocument(document))
        pane->setSourceShown(shown);
    if (m_sourceAction && document == m_panes->activeDocument())
        m_sourceAction->setChecked(shown);
}

void ArticleActions::showSideBySide(int first, int second)
{
    m_panes->setDocumentHidden(first, false);
    m_panes->setDocumentHidden(second, false);
    QList<int> order = m_panes->order();
    order.removeAll(second);
    order.insert(order.indexOf(first) + 1, second);
    m_panes->setOrder(order);
    rebuildArticlesMenu();
}

void ArticleActions::showPaneMenu(int document, const QPoint &globalPos)
{
    // The same commands as the View menu, for the pane whose header was clicked.
    m_panes->setActiveDocument(document);
    QMenu menu(m_panes->window());
    menu.addAction(tr("Move &Left"), this, [this, document] { m_panes->moveDocument(document, -1); });
    menu.addAction(tr("Move &Right"), this, [this, document] { m_panes->moveDocument(document, 1); });
    QAction *pivot = menu.addAction(tr("Make the &Pivot"), this, [this, document] { m_comparison->setPivot(document); });
    const ComparisonIndexPtr index = m_comparison->comparison();
    pivot->setEnabled(!index || index->comparison().pivotDocument != document);
    QAction *hide = menu.addAction(tr("&Hide"), this, [this, document] {
        m_panes->setDocumentHidden(document, true);
        rebuildArticlesMenu();
    });
    hide->setEnabled(m_panes->visiblePanes().size() > 1);
    QAction *source = menu.addAction(tr("Show &Source"), this, [this, document](bool shown) { setSourceShown(document, shown); });
    source->setCheckable(true);
    source->setChecked(m_panes->paneForDocument(document)->isSourceShown());
    menu.addSeparator();
    // Queued: the request came from the pane's own header, which closing deletes.
    menu.addAction(tr("&Close"), this, [this, document] {
        QMetaObject::invokeMethod(
            this, [this, document] { m_comparison->closeDocument(document); }, Qt::QueuedConnection);
    });
    menu.exec(globalPos);
}

void ArticleActions::rebuildArticlesMenu()
{
    if (!m_articlesMenu)
        return;
    m_articlesMenu->clear();
    const QList<Document> &documents = m_comparison->documents();
    for (int d : m_panes->order()) {
        const Document &doc = documents.value(d);
        const QString name = doc.outlet.isEmpty() ? doc.title : tr("%1 — %2").arg(doc.outlet, doc.title);
        QAction *a = m_articlesMenu->addAction(name.isEmpty() ? doc.id : name);
        a->setCheckable(true);
        a->setChecked(!m_panes->isDocumentHidden(d));
        a->setToolTip(tr("Show or hide this article's pane"));
        connect(a, &QAction::toggled, this, [this, d](bool shown) {
            // At least one pane stays: an empty pane area would look like nothing is open.
            if (!shown && m_panes->visiblePanes().size() <= 1) {
                // Not from inside the action's own signal: rebuilding deletes the action.
                QMetaObject::invokeMethod(this, &ArticleActions::rebuildArticlesMenu, Qt::QueuedConnection);
                return;
            }
            m_panes->setDocumentHidden(d, !shown);
        });
    }
    m_articlesMenu->setEnabled(!documents.isEmpty());
}

} // namespace parallax
