#include "comparisondocks.h"

#include "conflictsmodel.h"
#include "legendwidget.h"
#include "quotesmodel.h"
#include "similaritymodel.h"
#include "sourcesmodel.h"
#include "tabledock.h"

#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QTableView>

namespace parallax {

ComparisonDocks::ComparisonDocks(QMainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_legendDock(new QDockWidget(tr("Legend"), window))
    , m_legend(new LegendWidget)
    , m_sources(new SourcesModel(this))
    , m_quotes(new QuotesModel(this))
    , m_conflicts(new ConflictsModel(this))
    , m_similarity(new SimilarityModel(this))
{
    m_legendDock->setObjectName(QStringLiteral("legendDock")); // saveState() needs names
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_legend);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_legendDock->setWidget(scroll);

    m_sourcesDock = new TableDock(tr("Sources"), QStringLiteral("sourcesDock"), m_sources, window);
    m_quotesDock = new TableDock(tr("Quotes"), QStringLiteral("quotesDock"), m_quotes, window);
    m_conflictsDock = new TableDock(tr("Conflicts"), QStringLiteral("conflictsDock"), m_conflicts, window);
    m_similarityDock = new TableDock(tr("Similarity"), QStringLiteral("similarityDock"), m_similarity, window);
    m_sourcesDock->view()->setToolTip(tr("Double-click an outlet, title or date to correct it"));
    QTableView *heat = m_similarityDock->view();
    heat->setSortingEnabled(false);
    heat->verticalHeader()->show();
    heat->horizontalHeader()->setStretchLastSection(false);
    heat->horizontalHeader()->setDefaultSectionSize(64);
    heat->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_similarity->setPalette(heat->palette());
    heat->installEventFilter(this);

    window->addDockWidget(Qt::RightDockWidgetArea, m_legendDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    window->tabifyDockWidget(m_sourcesDock, m_quotesDock);
    window->tabifyDockWidget(m_quotesDock, m_conflictsDock);
    window->tabifyDockWidget(m_conflictsDock, m_similarityDock);
    m_conflictsDock->raise();
    // Tables start hidden: the text is the main thing; the View menu brings them up.
    for (TableDock *dock : {m_sourcesDock, m_quotesDock, m_conflictsDock, m_similarityDock})
        dock->hide();

    QMenu *docks = viewMenu->addMenu(tr("Pa&nels"));
    docks->addAction(m_legendDock->toggleViewAction());
    docks->addAction(m_sourcesDock->toggleViewAction());
    docks->addAction(m_quotesDock->toggleViewAction());
    docks->addAction(m_conflictsDock->toggleViewAction());
    docks->addAction(m_similarityDock->toggleViewAction());

    connect(m_sources, &SourcesModel::metadataEdited, this, &ComparisonDocks::metadataEdited);
    connect(m_sourcesDock, &TableDock::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT textRequested(index.row(), 0, 0, 0);
    });
    connect(m_quotesDock, &TableDock::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT quoteRequested(index.data(QuotesModel::ItemRole).toInt());
    });
    connect(m_conflictsDock, &TableDock::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT conflictRequested(index.data(ConflictsModel::ItemRole).toInt());
    });
    connect(m_similarityDock, &TableDock::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() != index.column())
            Q_EMIT pairRequested(index.row(), index.column());
    });
    connect(m_similarityDock, &TableDock::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT pivotRequested(index.row());
    });
}

void ComparisonDocks::setComparison(ComparisonIndexPtr index)
{
    m_quotes->setComparison(index);
    m_conflicts->setComparison(index);
    m_similarity->setComparison(index);
    if (index)
        m_sources->setDocuments(index->comparison().documents);
    m_similarityDock->view()->resizeColumnsToContents();
}

void ComparisonDocks::setDocuments(const QList<Document> &documents)
{
    m_sources->setDocuments(documents);
}

bool ComparisonDocks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_similarityDock->view() && event->type() == QEvent::PaletteChange)
        m_similarity->setPalette(m_similarityDock->view()->palette());
    return QObject::eventFilter(watched, event);
}

} // namespace parallax
