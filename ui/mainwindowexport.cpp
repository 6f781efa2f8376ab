// MainWindow, continued: exports (PDF, HTML, CSV, JSON), printing, and the real-world-source
// hooks (Open filter, Open Folder, Show Source). Split from mainwindow.cpp to keep each file readable.
#include "comparisoncontroller.h"
#include "document/loaderregistry.h"
#include "documentpane.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "panearea.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfreport.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QCoreApplication>
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
const QString lastDirKey = QStringLiteral("mainWindow/lastDirectory");

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: an existing export is replaced only once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("parallax::MainWindow", "cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
} // namespace

QString MainWindow::openFilter()
{
    QStringList patterns;
    for (const QString &extension : supportedExtensions())
        patterns.append(QStringLiteral("*.") + extension);
    patterns.sort();
    return tr("Articles and sessions (%1 *.parallax)").arg(patterns.join(u' ')) + QStringLiteral(";;")
        + tr("Parallax sessions (*.parallax)") + QStringLiteral(";;") + tr("All files (*)");
}

void MainWindow::showOpenFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), settings.value(lastDirKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(lastDirKey, folder);
    openFiles({folder}); // loadDocuments() opens every supported file of a folder
}

void MainWindow::createExportActions(QMenu *fileMenu)
{
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&PDF Report…"), this, [this] { showExportDialog(ExportKind::Pdf); });
    exportMenu->addAction(tr("&HTML Report…"), this, [this] { showExportDialog(ExportKind::Html); });
    exportMenu->addAction(tr("CSV of &Conflicts…"), this, [this] { showExportDialog(ExportKind::ConflictsCsv); });
    exportMenu->addAction(tr("CSV of &Quotes…"), this, [this] { showExportDialog(ExportKind::QuotesCsv); });
    exportMenu->addAction(tr("&JSON Report…"), this, [this] { showExportDialog(ExportKind::Json); });
    QAction *print = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this,
                                         [this] { printReport(false); });
    print->setShortcut(QKeySequence::Print);
    fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this,
                        [this] { printReport(true); });
}

std::optional<ReportContent> MainWindow::reportContent(const ReportOptions &options) const
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

void MainWindow::exportTo(ExportKind kind, const QString &path, const ReportOptions &options, bool letter)
{
    const std::optional<ReportContent> content = reportContent(options);
    if (!content) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("Nothing to export yet: the comparison is not finished."));
        Q_EMIT exportFinished(path, tr("no comparison"));
        return;
    }
    auto done = [this, path](const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), statusTimeoutMs);
        else
            m_messageBar->showMessage(MessageBar::Kind::Error, tr("Could not export:"), {error});
        Q_EMIT exportFinished(path, error);
    };
    switch (kind) {
    case ExportKind::Pdf: {
        // Laying out a long report takes seconds: a worker thread keeps the window responsive.
        PdfOptions pdfOptions;
        pdfOptions.pageSize = letter ? PdfPageSize::Letter : PdfPageSize::A4;
        statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(
            QtConcurrent::run([content = *content, path, pdfOptions] { return writePdfReport(content, path, pdfOptions); }));
        return;
    }
    case ExportKind::Html:
        done(writeBytes(path, toHtmlReport(*content)));
        return;
    case ExportKind::ConflictsCsv:
        done(writeBytes(path, conflictsCsv(content->comparison())));
        return;
    case ExportKind::QuotesCsv:
        done(writeBytes(path, quotesCsv(content->comparison())));
        return;
    case ExportKind::Json:
        done(writeBytes(path, toJsonReport(content->comparison())));
        return;
    }
}

void MainWindow::showExportDialog(ExportKind kind)
{
    if (!m_comparison->comparison()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing to export yet: open articles and wait for the comparison."));
        return;
    }
    ReportOptions options;
    bool letter = false;
    if (kind == ExportKind::Pdf || kind == ExportKind::Html) {
        QList<QPair<int, QString>> articles;
        QList<int> shown;
        for (int d : m_paneArea->order()) {
            const Document &doc = m_comparison->documents().value(d);
            articles.append({d, doc.outlet.isEmpty() ? doc.title : tr("%1 — %2").arg(doc.outlet, doc.title)});
            if (!m_paneArea->isDocumentHidden(d))
                shown.append(d);
        }
        ExportDialog dialog(kind == ExportKind::Pdf ? tr("Export PDF Report") : tr("Export HTML Report"), articles, shown,
                            kind == ExportKind::Pdf, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
        letter = dialog.letter();
    }
    static const QStringList suffixes
        = {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("csv"), QStringLiteral("json")};
    static const QStringList names = {QStringLiteral("report"), QStringLiteral("report"), QStringLiteral("conflicts"),
                                      QStringLiteral("quotes"), QStringLiteral("report")};
    const int k = int(kind);
    QSettings settings;
    const QString dir = settings.value(lastExportDirKey, QDir::homePath()).toString();
    QString file = QFileDialog::getSaveFileName(this, tr("Export"), QDir(dir).filePath(names.at(k) + u'.' + suffixes.at(k)),
                                                tr("%1 files (*.%2)").arg(suffixes.at(k).toUpper(), suffixes.at(k)));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + suffixes.at(k);
    settings.setValue(lastExportDirKey, QFileInfo(file).absolutePath());
    exportTo(kind, file, options, letter);
}

void MainWindow::printReport(bool preview)
{
    // The PDF painter draws on a QPdfWriter only; printing goes through the HTML report, which
    // shows the same content (cover, aligned rows, highlights, numbered notes) in one flow.
    ReportOptions options;
    for (int d : m_paneArea->order()) {
        if (!m_paneArea->isDocumentHidden(d))
            options.documents.append(d);
    }
    const std::optional<ReportContent> content = reportContent(options);
    if (!content) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Nothing to print yet: open articles and wait for the comparison."));
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
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, render);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            render(&printer);
    }
}

} // namespace parallax
