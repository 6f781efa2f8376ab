#include "exportcontroller.h"

#include "comparisoncontroller.h"
#include "exportdialog.h"
#include "messagebar.h"
#include "panearea.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfreport.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTextDocument>
#include <QtConcurrent>

namespace parallax {

namespace {
constexpr int statusTimeoutMs = 5000;
const QString lastExportDirKey = QStringLiteral("mainWindow/lastExportDirectory");

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: an existing export is replaced only once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ExportController::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
} // namespace

ExportController::ExportController(const ComparisonController *comparison, const SessionController *session,
                                   const PaneArea *panes, QStatusBar *statusBar, MessageBar *messages, QWidget *dialogParent)
    : m_comparison(comparison)
    , m_session(session)
    , m_panes(panes)
    , m_statusBar(statusBar)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{ }

void ExportController::addFileActions(QMenu *file)
{
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&PDF Report…"), this, [this] { showExportDialog(Format::Pdf); });
    exportMenu->addAction(tr("&HTML Report…"), this, [this] { showExportDialog(Format::Html); });
    exportMenu->addAction(tr("CSV of &Conflicts…"), this, [this] { showExportDialog(Format::ConflictsCsv); });
    exportMenu->addAction(tr("CSV of &Quotes…"), this, [this] { showExportDialog(Format::QuotesCsv); });
    exportMenu->addAction(tr("&JSON Report…"), this, [this] { showExportDialog(Format::Json); });
    QAction *print = file->addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this,
                                     [this] { printReport(false); });
    print->setShortcut(QKeySequence::Print);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this,
                    [this] { printReport(true); });
}

std::optional<ReportContent> ExportController::reportContent(const ReportOptions &options) const
{
    const ComparisonIndexPtr index = m_comparison->comparison();
    if (!index || index->comparison().documents.size() != m_session->sessionModel().session().documents.size())
        return std::nullopt;
    ReportInput input;
    input.comparison = index->comparison();
    input.annotations = m_session->sessionModel().session().annotations;
    for (const SessionDocument &sd : m_session->sessionModel().session().documents)
        input.documentKeys.append(sd.key);
    return ReportContent(input, options);
}

void ExportController::exportTo(Format format, const QString &path, const ReportOptions &options, bool letter)
{
    const std::optional<ReportContent> content = reportContent(options);
    if (!content) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Nothing to export yet: the comparison is not finished."));
        Q_EMIT exportFinished(path, tr("no comparison"));
        return;
    }
    auto done = [this, path](const QString &error) {
        if (error.isEmpty())
            m_statusBar->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), statusTimeoutMs);
        else
            m_messages->showMessage(MessageBar::Kind::Error, tr("Could not export:"), {error});
        Q_EMIT exportFinished(path, error);
    };
    switch (format) {
    case Format::Pdf: {
        // Laying out a long report takes seconds: a worker thread keeps the window responsive.
        PdfOptions pdfOptions;
        pdfOptions.pageSize = letter ? PdfPageSize::Letter : PdfPageSize::A4;
        m_statusBar->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(
            QtConcurrent::run([content = *content, path, pdfOptions] { return writePdfReport(content, path, pdfOptions); }));
        return;
    }
    case Format::Html:
        done(writeBytes(path, toHtmlReport(*content)));
        return;
    case Format::ConflictsCsv:
        done(writeBytes(path, conflictsCsv(content->comparison())));
        return;
    case Format::QuotesCsv:
        done(writeBytes(path, quotesCsv(content->comparison())));
        return;
    case Format::Json:
        done(writeBytes(path, toJsonReport(content->comparison())));
        return;
    }
}

void ExportController::showExportDialog(Format format)
{
    if (!m_comparison->comparison()) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Nothing to export yet: open articles and wait for the comparison."));
        return;
    }
    ReportOptions options;
    bool letter = false;
    if (format == Format::Pdf || format == Format::Html) {
        QList<QPair<int, QString>> articles;
        QList<int> shown;
        for (int d : m_panes->order()) {
            const Document &doc = m_comparison->documents().value(d);
            articles.append({d, doc.outlet.isEmpty() ? doc.title : tr("%1 — %2").arg(doc.outlet, doc.title)});
            if (!m_panes->isDocumentHidden(d))
                shown.append(d);
        }
        ExportDialog dialog(format == Format::Pdf ? tr("Export PDF Report") : tr("Export HTML Report"), articles, shown,
                            format == Format::Pdf, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
        letter = dialog.letter();
    }
    static const QStringList suffixes
        = {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("csv"), QStringLiteral("json")};
    static const QStringList names = {QStringLiteral("report"), QStringLiteral("report"), QStringLiteral("conflicts"),
                                      QStringLiteral("quotes"), QStringLiteral("report")};
    const int k = int(format);
    QSettings settings;
    const QString dir = settings.value(lastExportDirKey, QDir::homePath()).toString();
    QString file
        = QFileDialog::getSaveFileName(m_dialogParent, tr("Export"), QDir(dir).filePath(names.at(k) + u'.' + suffixes.at(k)),
                                       tr("%1 files (*.%2)").arg(suffixes.at(k).toUpper(), suffixes.at(k)));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + suffixes.at(k);
    settings.setValue(lastExportDirKey, QFileInfo(file).absolutePath());
    exportTo(format, file, options, letter);
}

void ExportController::printReport(bool preview)
{
    // The PDF painter draws on a QPdfWriter only; printing goes through the HTML report, which
    // shows the same content (cover, aligned rows, highlights, numbered notes) in one flow.
    ReportOptions options;
    for (int d : m_panes->order()) {
        if (!m_panes->isDocumentHidden(d))
            options.documents.append(d);
    }
    const std::optional<ReportContent> content = reportContent(options);
    if (!content) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Nothing to print yet: open articles and wait for the comparison."));
        return;
    }
    const QString html = QString::fromUtf8(toHtmlReport(*content));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    auto render = [html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(html);
        document.print(target);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_dialogParent);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, render);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, m_dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            render(&printer);
    }
}

} // namespace parallax
