#pragma once

#include "engine/comparisonindex.h"

#include <QAbstractTableModel>

namespace parallax {

/// \brief The comparison as a table: one row per alignment group (reading order), one column per
/// document in pane order; a cell holds that document's paragraph(s) of the group or is a gap.
class AlignedRowModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1, ///< QString "g1", ...
        DocumentRole, ///< int, index into Comparison::documents
        ParagraphsRole, ///< QList<int>, empty for a gap
        IsGapRole, ///< bool
        IsUniqueRole, ///< bool: only this document has the group
        DiffersRole, ///< bool: the row is a difference (gap or changed words)
    };

    explicit AlignedRowModel(QObject *parent = nullptr);

    /// Shows `index`; the column order resets to document order.
    void setComparison(ComparisonIndexPtr index);
    ComparisonIndexPtr comparison() const { return m_index; }
    /// Document indices in pane order (a permutation of 0..n-1).
    void setColumnOrder(const QList<int> &order);
    const QList<int> &columnOrder() const { return m_order; }
    int documentAt(int column) const;
    int columnOf(int document) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ComparisonIndexPtr m_index;
    QList<int> m_order;
};

} // namespace parallax
