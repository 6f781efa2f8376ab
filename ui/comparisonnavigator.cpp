#include "comparisonnavigator.h"

#include "alignedrowmodel.h"
#include "comparisontextview.h"
#include "documentpane.h"
#include "panearea.h"

#include <QScrollBar>
#include <QTextBlock>

namespace parallax {

ComparisonNavigator::ComparisonNavigator(PaneArea *area, QObject *parent)
    : QObject(parent)
    , m_area(area)
{ }

void ComparisonNavigator::reset()
{
    m_conflict = -1;
    m_quote = -1;
}

bool ComparisonNavigator::nextDifference(int direction)
{
    const ComparisonIndexPtr index = m_area->comparison();
    if (!index || index->rowCount() == 0)
        return false;
    const int rows = index->rowCount();
    int row = m_area->currentRow();
    if (row < 0)
        row = direction > 0 ? -1 : rows;
    for (row += direction; row >= 0 && row < rows; row += direction) {
        if (m_area->rowModel()->index(row, 0).data(AlignedRowModel::DiffersRole).toBool()) {
            m_area->setCurrentRow(row);
            Q_EMIT positionChanged(tr("Difference in %1").arg(index->comparison().groups.at(row).id));
            return true;
        }
    }
    Q_EMIT positionChanged(direction > 0 ? tr("No more differences below") : tr("No more differences above"));
    return false;
}

int ComparisonNavigator::step(int current, int count, int direction, const std::function<int(int)> &rowOf) const
{
    // Items are visited in reading order (by row), not in the engine's list order.
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&rowOf](int a, int b) { return rowOf(a) < rowOf(b); });
    if (order.isEmpty())
        return -1;
    const auto at = order.indexOf(current);
    if (at < 0)
        return direction > 0 ? order.constFirst() : order.constLast();
    const auto next = at + direction;
    if (next < 0 || next >= order.size())
        return -1;
    return order.at(next);
}

bool ComparisonNavigator::nextConflict(int direction)
{
    const ComparisonIndexPtr index = m_area->comparison();
    if (!index)
        return false;
    const int next = step(m_conflict, int(index->comparison().conflicts.size()), direction,
                          [&index](int i) { return index->conflictRow(i); });
    if (next < 0) {
        Q_EMIT positionChanged(index->comparison().conflicts.isEmpty() ? tr("No conflicts found") : tr("No more conflicts"));
        return false;
    }
    return showConflict(next);
}

bool ComparisonNavigator::nextQuote(int direction)
{
    const ComparisonIndexPtr index = m_area->comparison();
    if (!index)
        return false;
    const int next
        = step(m_quote, int(index->comparison().quotes.size()), direction, [&index](int i) { return index->quoteRow(i); });
    if (next < 0) {
        Q_EMIT positionChanged(index->comparison().quotes.isEmpty() ? tr("No shared quotes found") : tr("No more quotes"));
        return false;
    }
    return showQuote(next);
}

bool ComparisonNavigator::showConflict(int conflict)
{
    const ComparisonIndexPtr index = m_area->comparison();
    if (!index || conflict < 0 || conflict >= index->comparison().conflicts.size())
        return false;
    m_conflict = conflict;
    const Conflict &c = index->comparison().conflicts.at(conflict);
    QList<Occurrence> occurrences;
    for (const Claim &claim : c.claims)
        occurrences.append({claim.document, claim.paragraph, claim.start, claim.end});
    select(occurrences, index->conflictRow(conflict));
    Q_EMIT positionChanged(
        tr("Conflict %1 of %2: %3").arg(conflict + 1).arg(index->comparison().conflicts.size()).arg(c.subject));
    return true;
}

bool ComparisonNavigator::showQuote(int quote)
{
    const ComparisonIndexPtr index = m_area->comparison();
    if (!index || quote < 0 || quote >= index->comparison().quotes.size())
        return false;
    m_quote = quote;
    const QuoteCluster &q = index->comparison().quotes.at(quote);
    QList<Occurrence> occurrences;
    for (const TextOccurrence &o : q.occurrences)
        occurrences.append({o.document, o.paragraph, o.start, o.end});
    select(occurrences, index->quoteRow(quote));
    Q_EMIT positionChanged(tr("Quote %1 of %2%3")
                               .arg(quote + 1)
                               .arg(index->comparison().quotes.size())
                               .arg(q.speaker.isEmpty() ? QString() : tr(" (%1)").arg(q.speaker)));
    return true;
}

bool ComparisonNavigator::showText(int document, int paragraph, int start, int end)
{
    const ComparisonIndexPtr index = m_area->comparison();
    if (!index)
        return false;
    select({{document, paragraph, start, end}}, index->rowOf(document, paragraph));
    return true;
}

void ComparisonNavigator::select(const QList<Occurrence> &occurrences, int row)
{
    // Scroll first (it moves every pane), then select without scrolling again.
    if (row >= 0)
        m_area->setCurrentRow(row);
    for (int d = 0; d < m_area->paneCount(); ++d) {
        DocumentPane *pane = m_area->paneForDocument(d);
        ComparisonTextView *view = pane->comparisonView();
        QTextCursor cursor(view->document());
        for (const Occurrence &o : occurrences) {
            if (o.document != d)
                continue;
            const int block = view->textMap().paragraphBlock.value(o.paragraph, -1);
            const QTextBlock b = view->document()->findBlockByNumber(block);
            if (!b.isValid())
                continue;
            cursor.setPosition(b.position() + qBound(0, o.start, b.length() - 1));
            cursor.setPosition(b.position() + qBound(0, o.end, b.length() - 1), QTextCursor::KeepAnchor);
            break; // one selection per pane: the first occurrence in reading order
        }
        const int scroll = view->verticalScrollBar()->value();
        view->setTextCursor(cursor);
        view->verticalScrollBar()->setValue(scroll);
    }
    // In original order each pane holds the claim somewhere else: bring each into view.
    if (m_area->viewLayout() == ViewLayout::OriginalOrder) {
        m_area->setSyncSuspended(true);
        for (const Occurrence &o : occurrences) {
            if (DocumentPane *pane = m_area->paneForDocument(o.document))
                pane->comparisonView()->ensureCursorVisible();
        }
        m_area->setSyncSuspended(false);
    }
}

} // namespace parallax
