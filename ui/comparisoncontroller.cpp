#include "comparisoncontroller.h"

#include "document/pasteddocument.h"
#include "documentpane.h"
#include "messagebar.h"
#include "outletcolors.h"
#include "panearea.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace parallax {

namespace {

constexpr int statusTimeoutMs = 5000;

// One spelling per file, so the same article opened twice (relative and absolute) is one pane.
QString normalizedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

ComparisonController::ComparisonController(PaneArea *panes, QStatusBar *statusBar, MessageBar *messages, QWidget *dialogParent)
    : m_panes(panes)
    , m_statusBar(statusBar)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
    , m_loader(new AsyncDocumentLoader(this))
    , m_runner(new ComparisonRunner(this))
    , m_busyIndicator(new QProgressBar(statusBar))
    , m_compareProgress(new QProgressBar(statusBar))
    , m_cancelButton(new QToolButton(statusBar))
{
    // An indeterminate bar: loaders report no progress, but the user sees that work is going on.
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setAccessibleName(tr("Loading"));
    m_busyIndicator->hide();
    statusBar->addPermanentWidget(m_busyIndicator);

    // The engine reports how far it got (thousandths); the bar starts indeterminate until it does.
    m_compareProgress->setRange(0, 0);
    m_compareProgress->setMaximumWidth(120);
    m_compareProgress->setFormat(tr("Comparing"));
    m_compareProgress->setAccessibleName(tr("Comparing"));
    m_compareProgress->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop comparing; the panes keep the previous result"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &ComparisonController::cancelComparison);
    statusBar->addPermanentWidget(m_compareProgress);
    statusBar->addPermanentWidget(m_cancelButton);

    connect(m_loader, &AsyncDocumentLoader::finished, this, [this](int, const LoadManyResult &result) { applyResult(result); });
    connect(m_runner, &ComparisonRunner::finished, this, [this](int, const Comparison &c) { applyComparison(c); });
    connect(m_runner, &ComparisonRunner::progressChanged, this, [this](int, int permille) {
        m_compareProgress->setRange(0, 1000);
        m_compareProgress->setValue(permille);
    });
    connect(m_panes, &PaneArea::closeRequested, this, &ComparisonController::closeDocument);
}

void ComparisonController::addEditActions(QMenu *edit)
{
    QAction *paste = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste as New Article…"), this,
                                     &ComparisonController::pasteAsNewArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Add the text on the clipboard as another article"));
}

void ComparisonController::setLoadFunction(AsyncDocumentLoader::LoadFunction function)
{
    m_loader->setLoadFunction(std::move(function));
}

void ComparisonController::setCompareFunction(ComparisonRunner::CompareFunction function)
{
    m_runner->setCompareFunction(std::move(function));
}

void ComparisonController::openFiles(const QStringList &files)
{
    // Every load produces the whole set, so documents keep ids d1..dn in pane order and a load
    // that supersedes a running one still includes that one's files.
    QStringList paths = m_requested;
    for (const QString &file : files) {
        const QString path = normalizedPath(file);
        if (!paths.contains(path))
            paths.append(path);
    }
    if (paths == m_requested && !files.isEmpty() && !isLoading()) {
        m_statusBar->showMessage(tr("Already open"), statusTimeoutMs);
        return;
    }
    startLoad(paths);
}

void ComparisonController::setFiles(const QStringList &files)
{
    m_heldPaths.clear(); // exactly these files: a session's articles go too
    QStringList paths;
    for (const QString &file : files) {
        const QString path = normalizedPath(file);
        if (!paths.contains(path))
            paths.append(path);
    }
    startLoad(paths);
}

void ComparisonController::showDocuments(const QList<Document> &documents, int pivot, const QList<int> &order,
                                         const QList<int> &hidden)
{
    m_loader->cancel();
    m_runner->cancel();
    // Held articles live in memory, not on disk: they are never reloaded from their paths.
    m_requested.clear();
    m_heldPaths.clear();
    for (const Document &doc : documents)
        m_heldPaths.append(doc.path);
    m_pivot = pivot;
    setDocumentsAndCompare(documents, order, hidden);
    updateLoading();
}

void ComparisonController::closeAll()
{
    m_loader->cancel();
    m_runner->cancel();
    m_index.reset();
    m_requested.clear();
    m_heldPaths.clear();
    m_documents.clear();
    m_pivot = -1;
    m_panes->clear();
    m_messages->dismiss();
    m_statusBar->clearMessage();
    if (m_tracker)
        m_tracker->documentsClosed();
    Q_EMIT documentsChanged();
    updateLoading();
    updateComparing();
}

void ComparisonController::startLoad(const QStringList &paths)
{
    m_requested = paths;
    if (paths.isEmpty()) {
        closeAll();
        return;
    }
    m_loader->start(paths);
    m_statusBar->showMessage(paths.size() == 1 ? tr("Loading 1 file…") : tr("Loading %1 files…").arg(paths.size()));
    updateLoading();
}

void ComparisonController::applyResult(const LoadManyResult &result)
{
    QStringList previouslyOpen;
    for (const Document &doc : std::as_const(m_documents))
        previouslyOpen.append(doc.path);
    // Pasted articles have no file to reload, and held articles (an opened session's) live in
    // memory (their files may be gone): they stay, after the files.
    QList<Document> documents = result.documents;
    for (const Document &doc : std::as_const(m_documents)) {
        if (doc.path.isEmpty() || (m_heldPaths.contains(doc.path) && !m_requested.contains(doc.path)))
            documents.append(doc);
    }
    // Files that failed are not kept: opening another file later should not retry them silently.
    m_requested.clear();
    for (const Document &doc : std::as_const(result.documents))
        m_requested.append(doc.path);
    setDocumentsAndCompare(documents);

    if (result.errors.isEmpty()) {
        m_messages->dismiss();
    } else {
        QStringList details;
        for (const LoadError &error : result.errors)
            details.append(tr("%1 — %2").arg(QDir::toNativeSeparators(error.path), error.reason));
        const auto failed = result.errors.size();
        m_messages->showMessage(MessageBar::Kind::Error,
                                failed == 1 ? tr("Could not open this file:") : tr("Could not open these %1 files:").arg(failed),
                                details);
    }

    // Only what this load added counts as "recently opened"; the rest keeps its place in the list.
    QStringList added;
    for (const QString &path : std::as_const(m_requested)) {
        if (!previouslyOpen.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        Q_EMIT filesOpened(added);

    const auto opened = m_documents.size();
    const auto total = opened + result.errors.size();
    QString status;
    if (!result.errors.isEmpty())
        status = tr("Opened %1 of %2 files").arg(opened).arg(total);
    else
        status = opened == 1 ? tr("Opened 1 article") : tr("Opened %1 articles").arg(opened);
    m_statusBar->showMessage(status, statusTimeoutMs);
    updateLoading();
    Q_EMIT loadFinished();
}

void ComparisonController::updateLoading()
{
    const bool loading = isLoading();
    m_busyIndicator->setVisible(loading);
    if (loading == m_loadingShown)
        return;
    m_loadingShown = loading;
    Q_EMIT loadingChanged(loading);
}

void ComparisonController::setDocumentsAndCompare(QList<Document> documents, const QList<int> &order, const QList<int> &hidden)
{
    if (m_tracker)
        m_tracker->documentsChanging(documents);
    // Ids follow pane order (d1..dn) whatever was closed, pasted or reloaded.
    for (qsizetype i = 0; i < documents.size(); ++i)
        documents[i].id = QStringLiteral("d%1").arg(i + 1);
    m_documents = documents;
    m_index.reset();
    if (m_pivot >= m_documents.size())
        m_pivot = -1;
    m_panes->setDocuments(m_documents, outletColors(m_documents));
    if (!order.isEmpty()) {
        QList<int> fullOrder;
        for (int d : order) {
            if (d >= 0 && d < m_documents.size() && !fullOrder.contains(d))
                fullOrder.append(d);
        }
        for (int d = 0; d < m_documents.size(); ++d) {
            if (!fullOrder.contains(d))
                fullOrder.append(d);
        }
        m_panes->setOrder(fullOrder);
    }
    for (int d : hidden) {
        // At least one pane stays shown.
        if (d >= 0 && m_panes->visiblePanes().size() > 1)
            m_panes->setDocumentHidden(d, true);
    }
    if (m_tracker)
        m_tracker->documentsShown();
    Q_EMIT documentsChanged();
    startComparison();
}

void ComparisonController::startComparison()
{
    if (m_documents.isEmpty()) {
        m_runner->cancel();
        updateComparing();
        return;
    }
    CompareOptions options;
    options.pivotDocument = m_pivot;
    m_runner->start(m_documents, options);
    updateComparing();
}

void ComparisonController::cancelComparison()
{
    if (!m_runner->isBusy())
        return;
    m_runner->cancel();
    m_statusBar->showMessage(tr("Comparison cancelled"), statusTimeoutMs);
    updateComparing();
}

void ComparisonController::updateComparing()
{
    const bool busy = m_runner->isBusy();
    if (busy && m_runner->progress() == 0)
        m_compareProgress->setRange(0, 0); // until the first report: busy, amount unknown
    m_compareProgress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void ComparisonController::applyComparison(const Comparison &comparison)
{
    if (comparison.documents.size() != m_documents.size())
        return;
    auto index = std::make_shared<const ComparisonIndex>(comparison);
    m_index = index;
    m_panes->setComparison(index);
    updateComparing();
    const Comparison &c = index->comparison();
    m_statusBar->showMessage(tr("Compared %1 articles: %2 rows, %3 shared quotes, %4 conflicts")
                                 .arg(c.documents.size())
                                 .arg(c.groups.size())
                                 .arg(c.quotes.size())
                                 .arg(c.conflicts.size()),
                             statusTimeoutMs);
    Q_EMIT comparisonFinished();
}

void ComparisonController::setPivot(int document)
{
    m_pivot = document >= 0 && document < m_documents.size() ? document : -1;
    Q_EMIT pivotChanged(m_pivot);
    startComparison();
}

void ComparisonController::closeDocument(int document)
{
    if (document < 0 || document >= m_documents.size())
        return;
    QList<Document> documents = m_documents;
    const Document closed = documents.takeAt(document);
    m_requested.removeAll(closed.path);
    if (m_pivot == document)
        m_pivot = -1;
    else if (m_pivot > document)
        --m_pivot;
    if (documents.isEmpty()) {
        closeAll();
        return;
    }
    setDocumentsAndCompare(documents);
}

void ComparisonController::addTextDocument(const QString &text, const QString &title, const QString &outlet)
{
    addPastedDocument(text, false, title, outlet);
}

void ComparisonController::addPastedDocument(const QString &text, bool isHtml, const QString &title, const QString &outlet)
{
    // HTML keeps the article's structure (headings, paragraphs) that plain text loses.
    Document document = documentFromPastedText(text, isHtml, title, outlet);
    if (document.paragraphs.isEmpty()) {
        m_statusBar->showMessage(tr("The clipboard holds no text"), statusTimeoutMs);
        return;
    }
    QList<Document> documents = m_documents;
    documents.append(document);
    setDocumentsAndCompare(documents);
}

void ComparisonController::pasteAsNewArticle()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const bool isHtml = mime && mime->hasHtml() && !mime->html().trimmed().isEmpty();
    const QString text = isHtml ? mime->html() : QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        QMessageBox::information(m_dialogParent, tr("Paste as New Article"), tr("The clipboard holds no text to add."));
        return;
    }
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Paste as New Article"));
    auto *title = new QLineEdit(&dialog);
    auto *outlet = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("Taken from the first line when empty"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Outlet:"), outlet);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addPastedDocument(text, isHtml, title->text(), outlet->text());
}

void ComparisonController::setMetadata(int document, const Document &edited)
{
    if (document < 0 || document >= m_documents.size())
        return;
    Document &doc = m_documents[document];
    doc.title = edited.title;
    doc.outlet = edited.outlet;
    doc.published = edited.published;
    m_panes->paneForDocument(document)->setMetadata(edited.title, edited.outlet, edited.published);
    Q_EMIT metadataChanged(document, edited);
}

} // namespace parallax
