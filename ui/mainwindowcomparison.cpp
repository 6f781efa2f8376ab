// MainWindow, continued: the View and Navigate menus, zoom, and the docks' wiring. Split from
// mainwindow.cpp to keep each file readable.
#include "annotationsdock.h"
#include "articleactions.h"
#include "comparisoncontroller.h"
#include "comparisondocks.h"
#include "comparisonnavigator.h"
#include "documentpane.h"
#include "findbar.h"
#include "mainwindow.h"
#include "panearea.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace parallax {

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

} // namespace parallax
