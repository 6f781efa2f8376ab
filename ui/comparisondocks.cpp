#include "comparisondocks.h"

#include "legendwidget.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>

namespace parallax {

ComparisonDocks::ComparisonDocks(QMainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_legendDock(new QDockWidget(tr("Legend"), window))
    , m_legend(new LegendWidget)
{
    m_legendDock->setObjectName(QStringLiteral("legendDock")); // saveState() needs names
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_legend);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_legendDock->setWidget(scroll);
    window->addDockWidget(Qt::RightDockWidgetArea, m_legendDock);
    viewMenu->addAction(m_legendDock->toggleViewAction());
}

void ComparisonDocks::setComparison(ComparisonIndexPtr)
{ }

void ComparisonDocks::setDocuments(const QList<Document> &)
{ }

} // namespace parallax
