#pragma once

#include "engine/comparisonindex.h"

#include <QAbstractTableModel>

namespace parallax {

/// \brief Shared quotes, one row per quote cluster: speaker, words, outlets, verbatim or variant.
class QuotesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SpeakerColumn, TextColumn, OutletsColumn, KindColumn, ColumnCount };
    static constexpr int ItemRole = Qt::UserRole; ///< int: the cluster's index in Comparison::quotes

    explicit QuotesModel(QObject *parent = nullptr);
    void setComparison(ComparisonIndexPtr index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ComparisonIndexPtr m_index;
};

/// \brief The outlet name of a document for tables: the outlet, else the title, else the id.
QString outletName(const Document &document);

} // namespace parallax
