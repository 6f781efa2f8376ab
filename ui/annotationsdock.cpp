#include "annotationsdock.h"

#include "annotationsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QVBoxLayout>

namespace parallax {

namespace {

/// Rows whose tag and outlet match the chosen ones (empty: any).
class AnnotationFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilters(const QString &tag, const QString &outlet)
    {
        m_tagValue = tag;
        m_outletValue = outlet;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_tagValue.isEmpty() && index.data(AnnotationsModel::TagRole).toString() != m_tagValue)
            return false;
        return m_outletValue.isEmpty() || index.data(AnnotationsModel::OutletRole).toString() == m_outletValue;
    }

private:
    QString m_tagValue;
    QString m_outletValue;
};

void refill(QComboBox *box, const QString &anyText, QStringList values, QString (*label)(const QString &) = nullptr)
{
    const QString current = box->currentData().toString();
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(anyText, QString());
    for (const QString &v : std::as_const(values))
        box->addItem(label ? label(v) : v, v);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    // The "all" entry shows whole in every language ("Alle Schlagwörter" is twice "All tags");
    // the dock is only as wide as the Legend asks, so the combo must claim its own minimum.
    QStyleOptionComboBox option;
    option.initFrom(box);
    const QSize text(box->fontMetrics().horizontalAdvance(anyText), box->fontMetrics().height());
    box->setMinimumWidth(box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width());
}

} // namespace

AnnotationsDock::AnnotationsDock(AnnotationsModel *model, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_model(model)
    , m_proxy(new AnnotationFilter(this))
    , m_view(new QTableView(this))
    , m_tag(new QComboBox(this))
    , m_outlet(new QComboBox(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_outlet->setAccessibleName(tr("Filter by outlet"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_outlet, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);

    auto filter = [this] {
        static_cast<AnnotationFilter *>(m_proxy)->setFilters(m_tag->currentData().toString(), m_outlet->currentData().toString());
    };
    connect(m_tag, &QComboBox::currentIndexChanged, this, filter);
    connect(m_outlet, &QComboBox::currentIndexChanged, this, filter);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateFilters();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnnotationsDock::updateButtons);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.data(AnnotationsModel::IdRole).toString()); });
    connect(m_view, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.data(AnnotationsModel::IdRole).toString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editRequested(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT removeRequested(currentId());
    });
    updateFilters();
    updateButtons();
}

QString AnnotationsDock::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(AnnotationsModel::IdRole).toString();
}

void AnnotationsDock::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void AnnotationsDock::updateFilters()
{
    QStringList tags;
    QStringList outlets;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        tags.append(m_model->index(r, 0).data(AnnotationsModel::TagRole).toString());
        outlets.append(m_model->index(r, 0).data(AnnotationsModel::OutletRole).toString());
    }
    refill(m_tag, tr("All tags"), tags, &AnnotationsModel::tagLabel);
    refill(m_outlet, tr("All outlets"), outlets);
}

void AnnotationsDock::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace parallax
