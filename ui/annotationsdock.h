#pragma once

#include <QDockWidget>

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parallax {

class AnnotationsModel;

/// \brief The Annotations dock: every note in a sortable table, filtered by tag and outlet.
/// Activating a row asks to jump to the note's text; Edit and Delete act on the selected note.
class AnnotationsDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnnotationsDock(AnnotationsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *outletFilter() const { return m_outlet; }
    /// The id of the selected note, or empty.
    QString currentId() const;
    /// Selects the row of note `id` (if shown).
    void selectId(const QString &id);

Q_SIGNALS:
    void activated(const QString &id);
    void editRequested(const QString &id);
    void removeRequested(const QString &id);

private:
    void updateFilters();
    void updateButtons();

    AnnotationsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_tag;
    QComboBox *m_outlet;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace parallax
