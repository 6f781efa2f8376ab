#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace parallax {

ExportDialog::ExportDialog(const QString &title, const QList<QPair<int, QString>> &articles, const QList<int> &shown,
                           bool pageSize, QWidget *parent)
    : QDialog(parent)
    , m_articles(new QListWidget(this))
    , m_changed(new QCheckBox(tr("&Words that differ from the pivot"), this))
    , m_quotes(new QCheckBox(tr("&Quotes found in several articles"), this))
    , m_conflicts(new QCheckBox(tr("&Conflicting details"), this))
    , m_notes(new QCheckBox(tr("&Notes"), this))
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    if (pageSize) {
        m_page = new QComboBox(this);
        m_page->addItem(tr("A4"));
        m_page->addItem(tr("Letter"));
        form->addRow(tr("&Paper:"), m_page);
    }
    for (const auto &[index, label] : articles) {
        auto *item = new QListWidgetItem(label, m_articles);
        item->setData(Qt::UserRole, index);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(shown.contains(index) ? Qt::Checked : Qt::Unchecked);
    }
    m_articles->setMaximumHeight(160);
    form->addRow(tr("&Articles:"), m_articles);
    auto *highlights = new QVBoxLayout;
    for (QCheckBox *box : {m_changed, m_quotes, m_conflicts}) {
        box->setChecked(true);
        highlights->addWidget(box);
    }
    form->addRow(tr("Highlights:"), highlights);
    m_notes->setChecked(true);
    form->addRow(tr("Annotations:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        // A report of no articles says nothing.
        bool any = false;
        for (int i = 0; i < m_articles->count(); ++i)
            any = any || m_articles->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    };
    connect(m_articles, &QListWidget::itemChanged, this, updateOk);
    updateOk();
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options;
    for (int i = 0; i < m_articles->count(); ++i) {
        if (m_articles->item(i)->checkState() == Qt::Checked)
            options.documents.append(m_articles->item(i)->data(Qt::UserRole).toInt());
    }
    options.changedWords = m_changed->isChecked();
    options.quotes = m_quotes->isChecked();
    options.conflicts = m_conflicts->isChecked();
    options.annotations = m_notes->isChecked();
    return options;
}

bool ExportDialog::letter() const
{
    return m_page && m_page->currentIndex() == 1;
}

} // namespace parallax
