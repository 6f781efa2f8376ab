#include "similaritymodel.h"

#include "quotesmodel.h"

namespace parallax {

SimilarityModel::SimilarityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SimilarityModel::setComparison(ComparisonIndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

void SimilarityModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int SimilarityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : m_index->documentCount();
}

int SimilarityModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QColor SimilarityModel::heatColor(double value, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hot = base.lightness() < 128 ? QColor(0x3d, 0x8b, 0xf0) : QColor(0x1f, 0x5f, 0xbf);
    const double t = std::clamp(value, 0.0, 1.0);
    return QColor::fromRgbF(base.redF() + (hot.redF() - base.redF()) * t, base.greenF() + (hot.greenF() - base.greenF()) * t,
                            base.blueF() + (hot.blueF() - base.blueF()) * t);
}

QVariant SimilarityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double value = m_index->comparison().similarity.value(index.row()).value(index.column(), 0.0);
    switch (role) {
    case Qt::DisplayRole:
        //: A similarity in per cent; German puts a space before the sign.
        return tr("%1%").arg(qRound(value * 100));
    case ValueRole:
        return value;
    case Qt::BackgroundRole:
        return heatColor(value, m_palette);
    case Qt::ForegroundRole:
        // Text on the strong end of the ramp needs the opposite lightness to stay readable.
        return heatColor(value, m_palette).lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const Comparison &c = m_index->comparison();
        return tr("%1 and %2: %3% alike. Click to show them side by side; double-click to make %1 the pivot.")
            .arg(outletName(c.documents.at(index.row())), outletName(c.documents.at(index.column())))
            .arg(qRound(value * 100));
    }
    default:
        return {};
    }
}

QVariant SimilarityModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_index || section < 0 || section >= rowCount())
        return {};
    return outletName(m_index->comparison().documents.at(section));
}

} // namespace parallax
