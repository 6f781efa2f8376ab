#include "alignedrowmodel.h"

namespace parallax {

AlignedRowModel::AlignedRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlignedRowModel::setComparison(ComparisonIndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    m_order.clear();
    const int n = m_index ? m_index->documentCount() : 0;
    for (int i = 0; i < n; ++i)
        m_order.append(i);
    endResetModel();
}

void AlignedRowModel::setColumnOrder(const QList<int> &order)
{
    if (order == m_order)
        return;
    // Only a permutation of the documents is accepted: anything else would lose a column.
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i) != i)
            return;
    }
    if (sorted.size() != m_order.size())
        return;
    beginResetModel();
    m_order = order;
    endResetModel();
}

int AlignedRowModel::documentAt(int column) const
{
    return m_order.value(column, -1);
}

int AlignedRowModel::columnOf(int document) const
{
    return int(m_order.indexOf(document));
}

int AlignedRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : m_index->rowCount();
}

int AlignedRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant AlignedRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_index)
        return {};
    const int doc = documentAt(index.column());
    const GroupMember *member = m_index->member(index.row(), doc);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (!member)
            return QString();
        QStringList parts;
        const Document &d = m_index->comparison().documents.at(doc);
        for (int p : member->paragraphs)
            parts.append(d.paragraphs.value(p).text);
        return parts.join(QStringLiteral("\n\n"));
    }
    case GroupIdRole:
        return m_index->comparison().groups.at(index.row()).id;
    case DocumentRole:
        return doc;
    case ParagraphsRole:
        return QVariant::fromValue(member ? member->paragraphs : QList<int>());
    case IsGapRole:
        return member == nullptr;
    case IsUniqueRole:
        return member != nullptr && m_index->isUnique(index.row());
    case DiffersRole:
        return m_index->rowDiffers(index.row());
    default:
        return {};
    }
}

QVariant AlignedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_index || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? QVariant(m_index->comparison().groups.at(section).id) : QVariant();
    if (section >= columnCount())
        return {};
    const Document &d = m_index->comparison().documents.at(documentAt(section));
    return d.outlet.isEmpty() ? d.id : d.outlet;
}

} // namespace parallax
