#include "conflictsmodel.h"

#include "quotesmodel.h"

namespace parallax {

ConflictsModel::ConflictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictsModel::setComparison(ComparisonIndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->comparison().conflicts.size());
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDocumentColumn + (m_index ? m_index->documentCount() : 0);
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_index->comparison().conflicts.at(index.row());
    if (role == ItemRole)
        return index.row();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == KindColumn)
        return kindLabel(c.kind);
    if (index.column() == SubjectColumn)
        return c.subject;
    const int document = index.column() - FirstDocumentColumn;
    QStringList claims;
    for (const Claim &claim : c.claims) {
        if (claim.document == document)
            claims.append(role == Qt::ToolTipRole
                              ? (claim.published.isEmpty()
                                     ? tr("%1 (%2)").arg(claim.text, claim.value)
                                     : tr("%1 (%2), published %3").arg(claim.text, claim.value, claim.published))
                              : claim.text);
    }
    return claims.join(QStringLiteral("; "));
}

QString ConflictsModel::kindLabel(FactKind kind)
{
    // The engine's names (factKindName()) are keys of the JSON report, so they stay English there.
    switch (kind) {
    case FactKind::Number:
        return tr("number");
    case FactKind::Percent:
        return tr("percent");
    case FactKind::Money:
        return tr("money");
    case FactKind::Duration:
        return tr("duration");
    case FactKind::Date:
        return tr("date");
    case FactKind::Time:
        return tr("time");
    case FactKind::Name:
        return tr("name");
    }
    return factKindName(kind);
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == KindColumn)
        return tr("Kind");
    if (section == SubjectColumn)
        return tr("Subject");
    if (!m_index || section < FirstDocumentColumn || section >= columnCount())
        return {};
    return outletName(m_index->comparison().documents.at(section - FirstDocumentColumn));
}

} // namespace parallax
