#pragma once

#include "report/reportcontent.h"

#include <QObject>

#include <optional>

class QMenu;
class QStatusBar;
class QWidget;

namespace parallax {

class ComparisonController;
class MessageBar;
class PaneArea;
class SessionController;

/// \brief Reports of what is open: File > Export (the PDF on a worker thread, HTML, CSV of the
/// conflicts or the quotes, JSON) and Print / Print Preview, which lay out the HTML report with
/// QTextDocument because the PDF painter draws only on a QPdfWriter. The report holds the newest
/// comparison and the session's notes.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    enum class Format { Pdf, Html, ConflictsCsv, QuotesCsv, Json };

    /// Reports `comparison`'s result with `session`'s notes; the dialogs ask about the articles in
    /// `panes` (pane order, shown ones ticked); results go to `statusBar` and `messages`; dialogs
    /// open over `dialogParent`.
    ExportController(const ComparisonController *comparison, const SessionController *session, const PaneArea *panes,
                     QStatusBar *statusBar, MessageBar *messages, QWidget *dialogParent);

    /// Adds the Export submenu, Print… and Print Preview… to `file`.
    void addFileActions(QMenu *file);
    /// The report content of what is open, or nothing before a comparison.
    std::optional<ReportContent> reportContent(const ReportOptions &options) const;
    /// Writes an export without asking; the PDF is written on a worker thread (exportFinished
    /// tells when it is done). `letter`: US Letter paper for the PDF instead of A4.
    void exportTo(Format format, const QString &path, const ReportOptions &options = {}, bool letter = false);

Q_SIGNALS:
    /// An export finished; `error` is empty on success.
    void exportFinished(const QString &path, const QString &error);

private:
    void showExportDialog(Format format);
    void printReport(bool preview);

    const ComparisonController *m_comparison;
    const SessionController *m_session;
    const PaneArea *m_panes;
    QStatusBar *m_statusBar;
    MessageBar *m_messages;
    QWidget *m_dialogParent;
};

} // namespace parallax
