#include "panearea.h"

#include "documentpane.h"

#include <QSplitter>

namespace parallax {

PaneArea::PaneArea(QWidget *parent)
    : QScrollArea(parent)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each pane scrolls its own text
    // Focus belongs to the panes' text; QScrollArea still scrolls a focused pane into view.
    setFocusPolicy(Qt::NoFocus);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    setWidget(m_splitter);
}

void PaneArea::setDocuments(const QList<Document> &documents, const QList<QColor> &colors)
{
    Q_ASSERT(documents.size() == colors.size());
    clear();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        auto *pane = new DocumentPane(m_splitter);
        pane->setDocument(documents.at(i), colors.value(i));
        m_splitter->addWidget(pane);
        m_splitter->setStretchFactor(int(i), 1);
    }
    // Equal columns to start with; the user can drag the handles afterwards.
    m_splitter->setSizes(QList<int>(documents.size(), 1000));
}

void PaneArea::clear()
{
    // delete, not deleteLater: callers count panes right after replacing them.
    while (m_splitter->count() > 0)
        delete m_splitter->widget(0);
}

int PaneArea::paneCount() const
{
    return m_splitter->count();
}

DocumentPane *PaneArea::pane(int index) const
{
    return qobject_cast<DocumentPane *>(m_splitter->widget(index));
}

} // namespace parallax
