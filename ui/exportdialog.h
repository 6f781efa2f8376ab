#pragma once

#include "report/reportcontent.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;

namespace parallax {

/// \brief Options of a report export (PDF, HTML, print): paper (PDF only), which articles,
/// which highlights, with or without notes — everything ReportOptions and PdfOptions offer.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `articles`: (comparison index, label) in the order the report should use; `shown`: the
    /// indices pre-checked.
    ExportDialog(const QString &title, const QList<QPair<int, QString>> &articles, const QList<int> &shown, bool pageSize,
                 QWidget *parent = nullptr);

    ReportOptions options() const;
    bool letter() const;
    QListWidget *articleList() const { return m_articles; }

private:
    QComboBox *m_page = nullptr;
    QListWidget *m_articles;
    QCheckBox *m_changed;
    QCheckBox *m_quotes;
    QCheckBox *m_conflicts;
    QCheckBox *m_notes;
};

} // namespace parallax
