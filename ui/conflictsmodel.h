#pragma once

#include "engine/comparisonindex.h"

#include <QAbstractTableModel>

namespace parallax {

/// \brief Conflicting details, one row per conflict: kind, subject, then one column per
/// document with that outlet's claim (empty when it says nothing about the subject).
class ConflictsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, SubjectColumn, FirstDocumentColumn };
    static constexpr int ItemRole = Qt::UserRole; ///< int: the conflict's index in Comparison::conflicts

    explicit ConflictsModel(QObject *parent = nullptr);
    void setComparison(ComparisonIndexPtr index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The kind of a conflict ("number", "date", ... as the engine and the reports name it) in
    /// the user's language.
    static QString kindLabel(FactKind kind);

private:
    ComparisonIndexPtr m_index;
};

} // namespace parallax
