#pragma once

#include "engine/comparisonindex.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace parallax {

/// \brief The N x N document similarity as a heat map: cell (r, c) is how alike documents r
/// and c are, its background a colour ramp from the palette's base to a strong blue.
class SimilarityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole; ///< double 0..1

    explicit SimilarityModel(QObject *parent = nullptr);
    void setComparison(ComparisonIndexPtr index);
    /// The heat colours blend towards this palette's base (call on palette change).
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The heat colour of `value` over `palette`.
    static QColor heatColor(double value, const QPalette &palette);

private:
    ComparisonIndexPtr m_index;
    QPalette m_palette;
};

} // namespace parallax
