#include "quotesmodel.h"

namespace parallax {

QString outletName(const Document &document)
{
    if (!document.outlet.isEmpty())
        return document.outlet;
    return document.title.isEmpty() ? document.id : document.title;
}

QuotesModel::QuotesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuotesModel::setComparison(ComparisonIndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

int QuotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->comparison().quotes.size());
}

int QuotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Comparison &c = m_index->comparison();
    const QuoteCluster &q = c.quotes.at(index.row());
    if (role == ItemRole)
        return index.row();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SpeakerColumn:
        return q.speaker.isEmpty() ? tr("(unattributed)") : q.speaker;
    case TextColumn:
        return q.occurrences.isEmpty() ? QString() : q.occurrences.constFirst().text;
    case OutletsColumn: {
        QStringList outlets;
        for (const TextOccurrence &o : q.occurrences) {
            const QString name = outletName(c.documents.value(o.document));
            if (!outlets.contains(name))
                outlets.append(name);
        }
        return outlets.join(QStringLiteral(", "));
    }
    case KindColumn:
        return q.verbatim ? tr("verbatim") : tr("variant");
    default:
        return {};
    }
}

QVariant QuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Quote");
    case OutletsColumn:
        return tr("Outlets");
    case KindColumn:
        return tr("Wording");
    default:
        return {};
    }
}

} // namespace parallax
