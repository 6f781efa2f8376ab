#pragma once

#include <QDockWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace parallax {

/// \brief A dock with a filter field above a sortable table of `model`. Activating a row
/// (click, Enter) reports the row in the source model.
class TableDock final : public QDockWidget
{
    Q_OBJECT
public:
    TableDock(const QString &title, const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// A row was activated; `index` is in the source model.
    void activated(const QModelIndex &index);
    void doubleClicked(const QModelIndex &index);

private:
    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
};

} // namespace parallax
