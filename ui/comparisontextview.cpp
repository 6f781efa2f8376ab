#include "comparisontextview.h"

#include "conflictsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace parallax {

ComparisonTextView::ComparisonTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    setTabChangesFocus(true);
    setMouseTracking(true);
    // A scroll bar that comes and goes would change the width and re-wrap every row.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void ComparisonTextView::setTextMap(ComparisonIndexPtr index, int documentIndex, const PaneTextMap &map,
                                    const HighlightColors &colors)
{
    m_index = std::move(index);
    m_document = documentIndex;
    m_map = map;
    m_colors = colors;
    viewport()->update();
}

void ComparisonTextView::setCurrentRow(int row)
{
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    viewport()->update();
}

QRectF ComparisonTextView::blockRect(int block) const
{
    const QTextBlock b = document()->findBlockByNumber(block);
    if (!b.isValid())
        return {};
    return document()->documentLayout()->blockBoundingRect(b);
}

qreal ComparisonTextView::blockTop(int block) const
{
    return blockRect(block).top();
}

qreal ComparisonTextView::rowTop(int row) const
{
    const int first = m_map.rowFirstBlock.value(row, -1);
    return first < 0 ? -1 : blockTop(first);
}

qreal ComparisonTextView::rowBottom(int row) const
{
    const int last = m_map.rowLastBlock.value(row, -1);
    if (last < 0)
        return -1;
    const QTextBlock next = document()->findBlockByNumber(last + 1);
    if (next.isValid())
        return document()->documentLayout()->blockBoundingRect(next).top();
    return document()->size().height() - document()->documentMargin();
}

int ComparisonTextView::rowAt(qreal y) const
{
    const int position = document()->documentLayout()->hitTest(QPointF(document()->documentMargin() + 1, y), Qt::FuzzyHit);
    QTextBlock block = position >= 0 ? document()->findBlock(position) : (y <= 0 ? document()->begin() : document()->lastBlock());
    // Blocks without a row (left out by the engine) take the row of the nearest block above.
    while (block.isValid()) {
        const int row = m_map.blockRow.value(block.blockNumber(), -1);
        if (row >= 0)
            return row;
        block = block.previous();
    }
    return -1;
}

int ComparisonTextView::rowAtTop() const
{
    return rowAt(verticalScrollBar()->value() + 1);
}

void ComparisonTextView::setBlockBottomMargin(int block, qreal margin)
{
    QTextBlock b = document()->findBlockByNumber(block);
    if (!b.isValid() || qFuzzyCompare(b.blockFormat().bottomMargin() + 1, margin + 1))
        return;
    QTextCursor cursor(b);
    QTextBlockFormat format = b.blockFormat();
    format.setBottomMargin(margin);
    cursor.setBlockFormat(format);
}

QString ComparisonTextView::toolTipAt(const QPoint &viewportPos) const
{
    if (!m_index)
        return {};
    const QTextCursor cursor = cursorForPosition(viewportPos);
    // The character under the mouse is the one after the cursor position.
    QTextCursor probe = cursor;
    probe.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    const QTextCharFormat format = probe.charFormat();
    const Comparison &c = m_index->comparison();
    auto outlet = [&c](int d) {
        const Document &doc = c.documents.value(d);
        return (doc.outlet.isEmpty() ? doc.id : doc.outlet).toHtmlEscaped();
    };
    if (format.hasProperty(ConflictProperty)) {
        const Conflict conflict = c.conflicts.value(format.intProperty(ConflictProperty));
        QString html = tr("<b>Conflicting %1</b>: %2<table cellspacing='4'>")
                           .arg(ConflictsModel::kindLabel(conflict.kind).toHtmlEscaped(), conflict.subject.toHtmlEscaped());
        for (const Claim &claim : conflict.claims)
            // The publication time shows when a figure simply changed over the day.
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><i>%3</i></td><td>%4</td></tr>")
                        .arg(outlet(claim.document), claim.text.toHtmlEscaped(), claim.value.toHtmlEscaped(),
                             claim.published.toHtmlEscaped());
        return html + QStringLiteral("</table>");
    }
    if (format.hasProperty(QuoteProperty)) {
        const QuoteCluster quote = c.quotes.value(format.intProperty(QuoteProperty));
        QStringList outlets;
        for (const TextOccurrence &o : quote.occurrences) {
            if (!outlets.contains(outlet(o.document)))
                outlets.append(outlet(o.document));
        }
        return tr("<b>Quote</b> (%1)%2<br>Quoted by: %3")
            .arg(quote.verbatim ? tr("verbatim in every outlet") : tr("wording varies"),
                 quote.speaker.isEmpty() ? QString() : tr(" — %1").arg(quote.speaker.toHtmlEscaped()),
                 outlets.join(QStringLiteral(", ")));
    }
    const int kind = format.hasProperty(MarkKindProperty) ? format.intProperty(MarkKindProperty) : -1;
    if (kind == int(TextMark::Kind::Changed))
        return tr("Worded differently from the pivot (%1)").arg(outlet(c.pivotDocument));
    if (kind == int(TextMark::Kind::Added))
        return tr("Not in the pivot (%1)").arg(outlet(c.pivotDocument));
    if (kind == int(TextMark::Kind::Passage))
        return tr("Long passage shared with other outlets, outside quotation marks");
    const int row = m_map.blockRow.value(cursor.blockNumber(), -1);
    if (m_index->isUnique(row))
        return tr("Only %1 has this paragraph").arg(outlet(m_document));
    return {};
}

bool ComparisonTextView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(viewport()->mapFrom(this, help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QTextBrowser::event(event);
}

void ComparisonTextView::paintEvent(QPaintEvent *event)
{
    if (m_index && !m_map.blockRow.isEmpty()) {
        QPainter painter(viewport());
        const qreal dy = -verticalScrollBar()->value();
        const qreal left = document()->documentMargin();
        const qreal width = viewport()->width() - 2 * left;
        const qreal visibleTop = -dy;
        const qreal visibleBottom = visibleTop + viewport()->height();
        // Row tint first, so gaps and bars stay visible on top of it.
        if (m_currentRow >= 0) {
            const qreal top = rowTop(m_currentRow);
            if (top >= 0) {
                const qreal bottom = rowBottom(m_currentRow);
                painter.fillRect(QRectF(left - 6, top + dy - 3, width + 12, bottom - top - paragraphGap(document()) / 2 + 3),
                                 m_colors.currentRow);
            }
        }
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
            if (rect.bottom() < visibleTop)
                continue;
            if (rect.top() > visibleBottom)
                break;
            const int row = m_map.blockRow.value(block.blockNumber(), -1);
            if (block.blockFormat().boolProperty(GapProperty)) {
                const qreal next = block.next().isValid() ? document()->documentLayout()->blockBoundingRect(block.next()).top()
                                                          : document()->size().height() - left;
                QRectF gap(left, rect.top() + dy, width, next - rect.top() - paragraphGap(document()) / 2);
                QColor line = m_colors.gap;
                line.setAlpha(110);
                painter.fillRect(gap, QBrush(line, Qt::BDiagPattern));
            } else if (m_index->isUnique(row)) {
                painter.fillRect(QRectF(2, rect.top() + dy, 4, rect.height() - paragraphGap(document())), m_colors.unique);
            }
        }
    }
    QTextBrowser::paintEvent(event);
}

void ComparisonTextView::mousePressEvent(QMouseEvent *event)
{
    QTextBrowser::mousePressEvent(event);
    const int block = cursorForPosition(event->position().toPoint()).blockNumber();
    const int row = m_map.blockRow.value(block, -1);
    if (row >= 0)
        Q_EMIT rowClicked(row);
}

void ComparisonTextView::keyPressEvent(QKeyEvent *event)
{
    // The keyboard's click: Enter selects the paragraph under the caret and its partners.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const int row = m_map.blockRow.value(textCursor().blockNumber(), -1);
        if (row >= 0) {
            Q_EMIT rowClicked(row);
            return;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

void ComparisonTextView::resizeEvent(QResizeEvent *event)
{
    const int oldWidth = viewport()->width();
    QTextBrowser::resizeEvent(event);
    if (viewport()->width() != oldWidth)
        Q_EMIT widthChanged();
}

} // namespace parallax
