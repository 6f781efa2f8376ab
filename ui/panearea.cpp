#include "panearea.h"

#include "alignedrowmodel.h"
#include "comparisontextview.h"
#include "documentpane.h"
#include "ribbonsplitter.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>

namespace parallax {

PaneArea::PaneArea(QWidget *parent)
    : QScrollArea(parent)
    , m_splitter(new RibbonSplitter)
    , m_rows(new AlignedRowModel(this))
    , m_relayoutTimer(new QTimer(this))
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each pane scrolls its own text
    // Focus belongs to the panes' text; QScrollArea still scrolls a focused pane into view.
    setFocusPolicy(Qt::NoFocus);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    m_splitter->setRibbonPainter([this](QPainter &painter, QWidget *handle, QWidget *left, QWidget *right) {
        paintRibbons(painter, handle, left, right);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &PaneArea::scheduleRelayout);
    setWidget(m_splitter);

    // Widths settle over several events (splitter, scroll area, scroll bars): equalise once after them.
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(0);
    connect(m_relayoutTimer, &QTimer::timeout, this, &PaneArea::relayoutNow);
    // A click in a pane's text selects a row: that pane stays active after the focus moves on.
    connect(this, &PaneArea::currentRowChanged, this, [this] {
        for (int d = 0; d < paneCount(); ++d) {
            if (paneForDocument(d)->isAncestorOf(window()->focusWidget()))
                m_lastActiveDocument = d;
        }
    });
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
        m_panes.append(pane);
        m_order.append(int(i));
        m_hidden.append(false);
        const int document = int(i);
        // Queued: closing deletes this pane, which must not happen inside its own button's signal.
        connect(
            pane, &DocumentPane::closeRequested, this, [this, document] { Q_EMIT closeRequested(document); },
            Qt::QueuedConnection);
        pane->header()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(pane->header(), &QWidget::customContextMenuRequested, this, [this, pane, document](const QPoint &pos) {
            Q_EMIT paneMenuRequested(document, pane->header()->mapToGlobal(pos));
        });
        connect(pane, &DocumentPane::textRebuilt, this, &PaneArea::scheduleRelayout);
        connect(pane->comparisonView(), &ComparisonTextView::widthChanged, this, &PaneArea::scheduleRelayout);
        connect(pane->comparisonView(), &ComparisonTextView::rowClicked, this, [this](int row) { setCurrentRow(row, false); });
        connect(pane->textView()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] { syncFrom(pane); });
    }
    // Equal columns to start with; the user can drag the handles afterwards.
    m_splitter->setSizes(QList<int>(documents.size(), 1000));
}

void PaneArea::clear()
{
    m_index.reset();
    m_rows->setComparison(nullptr);
    m_panes.clear();
    m_order.clear();
    m_hidden.clear();
    m_currentRow = -1;
    // delete, not deleteLater: callers count panes right after replacing them.
    while (m_splitter->count() > 0)
        delete m_splitter->widget(0);
}

void PaneArea::setComparison(ComparisonIndexPtr index)
{
    if (index && index->documentCount() != m_panes.size())
        return; // a result for another set of documents: the caller starts a fresh comparison
    const bool sameDocuments = m_index && index && m_index->documentCount() == index->documentCount();
    const int row = sameDocuments ? rowAtTop() : -1;
    m_index = std::move(index);
    m_rows->setComparison(m_index);
    m_rows->setColumnOrder(m_order);
    m_currentRow = -1;
    for (qsizetype d = 0; d < m_panes.size(); ++d)
        m_panes.at(d)->setComparison(m_index, int(d), m_layout);
    relayoutNow();
    // A recomputation (new pivot) keeps the reader's place; new documents start at the top.
    if (row >= 0) {
        scrollToRow(row);
    } else {
        for (DocumentPane *pane : std::as_const(m_panes))
            pane->textView()->verticalScrollBar()->setValue(0);
        // Open where the story the articles share begins, not on rows only an outlier has.
        for (int r = 0; m_index && r < m_index->rowCount(); ++r) {
            if (m_index->comparison().groups.at(r).members.size() > 1) {
                if (r > 0)
                    scrollToRow(r, 4);
                break;
            }
        }
    }
}

void PaneArea::setViewLayout(ViewLayout layout)
{
    if (layout == m_layout)
        return;
    const int row = m_currentRow >= 0 ? m_currentRow : rowAtTop();
    m_layout = layout;
    m_splitter->setRibbonsEnabled(layout == ViewLayout::OriginalOrder);
    for (qsizetype d = 0; d < m_panes.size(); ++d)
        m_panes.at(d)->setComparison(m_index, int(d), m_layout);
    relayoutNow();
    // The reader stays at the same place in the story across the switch.
    if (row >= 0)
        scrollToRow(row);
    Q_EMIT viewLayoutChanged(layout);
}

int PaneArea::paneCount() const
{
    return m_splitter->count();
}

DocumentPane *PaneArea::pane(int index) const
{
    return qobject_cast<DocumentPane *>(m_splitter->widget(index));
}

DocumentPane *PaneArea::paneForDocument(int document) const
{
    return m_panes.value(document, nullptr);
}

void PaneArea::setOrder(const QList<int> &order)
{
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i) != i)
            return;
    }
    if (sorted.size() != m_panes.size() || order == m_order)
        return;
    m_order = order;
    applyOrder();
}

void PaneArea::moveDocument(int document, int delta)
{
    const auto from = m_order.indexOf(document);
    if (from < 0)
        return;
    const auto to = std::clamp<qsizetype>(from + delta, 0, m_order.size() - 1);
    if (to == from)
        return;
    m_order.move(from, to);
    applyOrder();
}

void PaneArea::applyOrder()
{
    for (qsizetype i = 0; i < m_order.size(); ++i)
        m_splitter->insertWidget(int(i), m_panes.at(m_order.at(i)));
    if (m_index)
        m_rows->setColumnOrder(m_order);
    m_splitter->updateHandles();
    Q_EMIT orderChanged();
    scheduleRelayout();
}

void PaneArea::setDocumentHidden(int document, bool hidden)
{
    if (document < 0 || document >= m_panes.size() || m_hidden.at(document) == hidden)
        return;
    m_hidden[document] = hidden;
    m_panes.at(document)->setVisible(!hidden);
    scheduleRelayout();
}

bool PaneArea::isDocumentHidden(int document) const
{
    return m_hidden.value(document, false);
}

int PaneArea::activeDocument() const
{
    const QWidget *focus = window()->focusWidget();
    for (int d = 0; d < paneCount(); ++d) {
        if (paneForDocument(d)->isAncestorOf(focus))
            return d;
    }
    return m_lastActiveDocument < paneCount() ? m_lastActiveDocument : 0;
}

QList<DocumentPane *> PaneArea::visiblePanes() const
{
    QList<DocumentPane *> panes;
    for (int d : m_order) {
        if (!m_hidden.at(d))
            panes.append(m_panes.at(d));
    }
    return panes;
}

void PaneArea::setCurrentRow(int row, bool scroll)
{
    if (m_index && (row < -1 || row >= m_index->rowCount()))
        return;
    if (row != m_currentRow) {
        m_currentRow = row;
        for (DocumentPane *pane : std::as_const(m_panes))
            pane->comparisonView()->setCurrentRow(row);
        m_splitter->updateHandles();
        Q_EMIT currentRowChanged(row);
    }
    if (scroll && row >= 0)
        scrollToRow(row);
}

void PaneArea::scrollToRow(int row, int margin)
{
    const QList<DocumentPane *> panes = visiblePanes();
    if (panes.isEmpty() || !m_index)
        return;
    m_syncing = true;
    for (DocumentPane *pane : panes) {
        ComparisonTextView *view = pane->comparisonView();
        const qreal top = view->rowTop(row);
        if (top < 0)
            continue; // original order: this article lacks the row; syncing below places it
        view->verticalScrollBar()->setValue(int(top) - (margin < 0 ? view->viewport()->height() / 5 : margin));
    }
    m_syncing = false;
    // Panes without the row follow the first pane that has it.
    for (DocumentPane *pane : panes) {
        if (pane->comparisonView()->rowTop(row) >= 0) {
            if (m_layout == ViewLayout::OriginalOrder) {
                m_syncing = true;
                for (DocumentPane *other : panes) {
                    if (other->comparisonView()->rowTop(row) < 0) {
                        m_syncing = false;
                        syncFrom(pane);
                        break;
                    }
                }
                m_syncing = false;
            }
            break;
        }
    }
}

int PaneArea::rowAtTop() const
{
    const QList<DocumentPane *> panes = visiblePanes();
    return panes.isEmpty() || !m_index ? -1 : panes.constFirst()->comparisonView()->rowAtTop();
}

void PaneArea::scheduleRelayout()
{
    m_relayoutTimer->start();
}

void PaneArea::relayoutNow()
{
    m_relayoutTimer->stop();
    equaliseHeaders();
    if (m_index && m_layout == ViewLayout::AlignedRows)
        equaliseRows();
    for (DocumentPane *pane : std::as_const(m_panes))
        pane->updateRuler();
    // Keep the panes together after heights changed.
    const QList<DocumentPane *> panes = visiblePanes();
    if (!panes.isEmpty())
        syncFrom(panes.constFirst());
    m_splitter->updateHandles();
}

void PaneArea::equaliseHeaders()
{
    // Rows line up across panes only when every text starts at the same height on screen.
    int tallest = 0;
    for (DocumentPane *pane : std::as_const(m_panes)) {
        QWidget *header = pane->header();
        header->setMinimumHeight(0);
        const int h = header->hasHeightForWidth() ? header->heightForWidth(header->width()) : header->sizeHint().height();
        tallest = qMax(tallest, h);
    }
    for (DocumentPane *pane : std::as_const(m_panes))
        pane->header()->setMinimumHeight(tallest);
}

void PaneArea::equaliseRows()
{
    const QList<DocumentPane *> panes = visiblePanes();
    const int rows = m_index->rowCount();
    if (panes.isEmpty() || rows == 0)
        return;
    // Measure every row's natural height in every pane (its height minus the padding added last
    // time), then pad the short ones at the bottom of their last block. Only margins that change
    // are written, so a relayout with unchanged widths costs no text layout at all.
    QList<QList<qreal>> heights;
    QList<QList<int>> lastBlocks;
    for (DocumentPane *pane : panes) {
        ComparisonTextView *view = pane->comparisonView();
        QTextDocument *doc = view->document();
        const PaneTextMap &map = view->textMap();
        const qreal gap = paragraphGap(doc);
        QList<qreal> h(rows, 0);
        QList<int> last(rows, -1);
        for (int r = 0; r < rows; ++r) {
            const qreal top = view->rowTop(r);
            const bool lastRow = r + 1 == rows;
            // The last row ends where the text ends: its padding is the root frame's bottom margin
            // (a last block's own bottom margin does not lengthen the document).
            const qreal frameExtra = doc->rootFrame()->frameFormat().bottomMargin() - doc->documentMargin();
            const qreal bottom = lastRow ? doc->size().height() - doc->documentMargin() : view->rowTop(r + 1);
            last[r] = lastRow ? -1 : map.rowFirstBlock.value(r + 1, 0) - 1;
            const qreal padding = lastRow ? frameExtra : doc->findBlockByNumber(last[r]).blockFormat().bottomMargin() - gap;
            h[r] = top >= 0 && bottom >= top ? bottom - top - qMax<qreal>(0, padding) : 0;
        }
        heights.append(h);
        lastBlocks.append(last);
    }
    QList<qreal> target(rows, 0);
    for (const QList<qreal> &h : std::as_const(heights)) {
        for (int r = 0; r < rows; ++r)
            target[r] = qMax(target[r], h.at(r));
    }
    for (qsizetype i = 0; i < panes.size(); ++i) {
        ComparisonTextView *view = panes.at(i)->comparisonView();
        const qreal gap = paragraphGap(view->document());
        // One edit block: the document lays out once afterwards instead of once per margin.
        QTextCursor batch(view->document());
        batch.beginEditBlock();
        for (int r = 0; r < rows; ++r) {
            const qreal extra = target.at(r) - heights.at(i).at(r);
            const qreal padding = extra < 0.5 ? 0 : extra;
            if (lastBlocks.at(i).at(r) >= 0) {
                view->setBlockBottomMargin(lastBlocks.at(i).at(r), gap + padding);
            } else {
                QTextFrameFormat frame = view->document()->rootFrame()->frameFormat();
                const qreal margin = view->document()->documentMargin() + padding;
                if (!qFuzzyCompare(frame.bottomMargin() + 1, margin + 1)) {
                    frame.setBottomMargin(margin);
                    view->document()->rootFrame()->setFrameFormat(frame);
                }
            }
        }
        batch.endEditBlock();
    }
}

void PaneArea::syncFrom(DocumentPane *source)
{
    if (m_syncing || !m_index || isDocumentHidden(int(m_panes.indexOf(source))))
        return;
    m_syncing = true;
    ComparisonTextView *from = source->comparisonView();
    const int y = from->verticalScrollBar()->value();
    if (m_layout == ViewLayout::AlignedRows) {
        // Equal row heights: the same offset is the same alignment group in every pane.
        for (DocumentPane *pane : visiblePanes()) {
            if (pane != source)
                pane->comparisonView()->verticalScrollBar()->setValue(y);
        }
    } else {
        const int row = from->rowAt(y + 1);
        const qreal top = from->rowTop(row);
        const qreal bottom = from->rowBottom(row);
        const qreal fraction = row >= 0 && bottom > top ? std::clamp((y - top) / (bottom - top), 0.0, 1.0) : 0.0;
        for (DocumentPane *pane : visiblePanes()) {
            if (pane == source || row < 0)
                continue;
            ComparisonTextView *view = pane->comparisonView();
            qreal target = -1;
            if (view->rowTop(row) >= 0) {
                target = view->rowTop(row) + fraction * (view->rowBottom(row) - view->rowTop(row));
            } else {
                // This article lacks the row: stop after the nearest earlier row it shares with
                // others. Rows only it has say nothing about where the others are reading.
                for (int r = row - 1; r >= 0 && target < 0; --r) {
                    if (view->rowTop(r) >= 0 && !m_index->isUnique(r))
                        target = view->rowBottom(r);
                }
            }
            if (target >= 0)
                view->verticalScrollBar()->setValue(int(target));
        }
    }
    m_syncing = false;
    m_splitter->updateHandles();
}

void PaneArea::paintRibbons(QPainter &painter, QWidget *handle, QWidget *left, QWidget *right) const
{
    auto *leftPane = qobject_cast<DocumentPane *>(left);
    auto *rightPane = qobject_cast<DocumentPane *>(right);
    if (!m_index || !leftPane || !rightPane)
        return;
    ComparisonTextView *lv = leftPane->comparisonView();
    ComparisonTextView *rv = rightPane->comparisonView();
    const int handleTop = handle->mapToGlobal(QPoint(0, 0)).y();
    auto toHandle = [handleTop](ComparisonTextView *view, qreal docY) {
        return view->viewport()->mapToGlobal(QPoint(0, int(docY) - view->verticalScrollBar()->value())).y() - handleTop;
    };
    const int lTop = toHandle(lv, lv->verticalScrollBar()->value());
    const int lBottom = lTop + lv->viewport()->height();
    const int rTop = toHandle(rv, rv->verticalScrollBar()->value());
    const int rBottom = rTop + rv->viewport()->height();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(QRect(0, qMin(lTop, rTop), handle->width(), qMax(lBottom, rBottom) - qMin(lTop, rTop)));
    const HighlightColors colors = leftPane->colors();
    const qreal w = handle->width();
    const qreal gap = paragraphGap(lv->document());
    for (int r = 0; r < m_index->rowCount(); ++r) {
        if (lv->rowTop(r) < 0 || rv->rowTop(r) < 0)
            continue;
        const qreal a0 = toHandle(lv, lv->rowTop(r));
        const qreal a1 = toHandle(lv, lv->rowBottom(r) - gap);
        const qreal b0 = toHandle(rv, rv->rowTop(r));
        const qreal b1 = toHandle(rv, rv->rowBottom(r) - gap);
        if ((a1 < lTop && b1 < rTop) || (a0 > lBottom && b0 > rBottom))
            continue;
        QPainterPath path(QPointF(0, a0));
        path.cubicTo(QPointF(w / 2, a0), QPointF(w / 2, b0), QPointF(w, b0));
        path.lineTo(w, b1);
        path.cubicTo(QPointF(w / 2, b1), QPointF(w / 2, a1), QPointF(0, a1));
        path.closeSubpath();
        QColor fill = r == m_currentRow ? colors.currentRow : colors.ribbon;
        if (r == m_currentRow)
            fill.setAlpha(120);
        painter.fillPath(path, fill);
        QColor edge = fill;
        edge.setAlpha(qMin(255, fill.alpha() * 2));
        painter.setPen(QPen(edge, 1));
        painter.drawPath(path);
    }
}

void PaneArea::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_splitter->updateHandles();
}

} // namespace parallax
