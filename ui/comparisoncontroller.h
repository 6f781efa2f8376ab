#pragma once

#include "asyncdocumentloader.h"
#include "comparisonrunner.h"
#include "engine/comparisonindex.h"

#include <QObject>

class QMenu;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace parallax {

class MessageBar;
class PaneArea;

/// \brief Keeps what belongs to each open article beyond its text (keys, corrections, notes) in
/// step with the list of open articles. The session controller is the one (it installs itself).
class DocumentTracker
{
public:
    virtual ~DocumentTracker() = default;
    /// The open articles become `documents` (loaded, closed, pasted, restored): match them with
    /// what is known about them and apply their corrections, before the panes show them.
    virtual void documentsChanging(QList<Document> &documents) = 0;
    /// The panes show the new articles.
    virtual void documentsShown() = 0;
    /// Every article was closed (Close All, or the last one closed): nothing is open any more.
    virtual void documentsClosed() = 0;
};

/// \brief The articles being compared. Loads them on a worker thread, keeps them in pane order
/// (ids d1..dn) in the panes, and compares them in the background whenever the set or the pivot
/// changes; closes articles and adds pasted ones. Its part of the status bar shows loading and
/// comparing (with Cancel); its menu entry is Edit > Paste as New Article.
class ComparisonController final : public QObject
{
    Q_OBJECT
public:
    /// Shows the articles in `panes`, progress in `statusBar`, load errors in `messages`; dialogs
    /// open over `dialogParent`.
    ComparisonController(PaneArea *panes, QStatusBar *statusBar, MessageBar *messages, QWidget *dialogParent);

    /// Adds "Paste as New Article…" to `edit`.
    void addEditActions(QMenu *edit);
    /// The function that loads on the worker thread (default: loadDocuments()).
    void setLoadFunction(AsyncDocumentLoader::LoadFunction function);
    /// The function that compares on the worker thread (default: compare()).
    void setCompareFunction(ComparisonRunner::CompareFunction function);
    /// Told about every change of the open articles (null: nobody).
    void setDocumentTracker(DocumentTracker *tracker) { m_tracker = tracker; }

    /// Loads `files` (articles or folders of them) and shows them after what is open; failures go
    /// to the message bar.
    void openFiles(const QStringList &files);
    /// Shows exactly `files`, replacing what is open (or still loading).
    void setFiles(const QStringList &files);
    /// Shows `documents` held in memory (an opened session's: never reloaded from their paths),
    /// replacing what is open or loading; `pivot` -1 lets the engine choose, `order` is the pane
    /// order (missing documents go last), `hidden` the hidden documents (one pane stays shown).
    void showDocuments(const QList<Document> &documents, int pivot, const QList<int> &order, const QList<int> &hidden);
    /// Closes every article and forgets a load still running.
    void closeAll();
    const QList<Document> &documents() const { return m_documents; }
    bool isLoading() const { return m_loader->isBusy(); }

    /// The newest finished comparison of what is open (null while none).
    ComparisonIndexPtr comparison() const { return m_index; }
    bool isComparing() const { return m_runner->isBusy(); }
    /// Compares what is open again (in the background), e.g. after the pivot changed.
    void startComparison();
    /// Cancels a running comparison; the panes keep showing the previous result.
    void cancelComparison();
    /// Makes `document` the pivot (-1: let the engine choose) and recompares.
    void setPivot(int document);
    int requestedPivot() const { return m_pivot; }

    /// Closes one article; what remains is compared again.
    void closeDocument(int document);
    /// Adds an article typed or pasted in, without a file.
    void addTextDocument(const QString &text, const QString &title, const QString &outlet);
    /// Adds pasted text (HTML when `isHtml`: structure kept, markup dropped) as an article.
    void addPastedDocument(const QString &text, bool isHtml, const QString &title = {}, const QString &outlet = {});
    /// Corrects the title, outlet and date of `document` (the Sources dock's edits).
    void setMetadata(int document, const Document &edited);

Q_SIGNALS:
    /// A load started, or the last one finished or was dropped.
    void loadingChanged(bool loading);
    /// The panes show another list of articles (comparison(): none yet).
    void documentsChanged();
    /// A load finished and the panes show its result (stale results never get here).
    void loadFinished();
    /// Files a load opened that were not open before (for the recent files).
    void filesOpened(const QStringList &paths);
    /// A comparison finished and the panes show it.
    void comparisonFinished();
    /// setPivot() chose another pivot.
    void pivotChanged(int document);
    /// setMetadata() corrected a document.
    void metadataChanged(int document, const parallax::Document &edited);

private:
    void pasteAsNewArticle();
    void startLoad(const QStringList &paths);
    void applyResult(const LoadManyResult &result);
    void setDocumentsAndCompare(QList<Document> documents, const QList<int> &order = {}, const QList<int> &hidden = {});
    void applyComparison(const Comparison &comparison);
    void updateLoading();
    void updateComparing();

    PaneArea *m_panes;
    QStatusBar *m_statusBar;
    MessageBar *m_messages;
    QWidget *m_dialogParent;
    DocumentTracker *m_tracker = nullptr;
    AsyncDocumentLoader *m_loader;
    ComparisonRunner *m_runner;
    QProgressBar *m_busyIndicator;
    QProgressBar *m_compareProgress;
    QToolButton *m_cancelButton;
    QList<Document> m_documents;
    QStringList m_requested; ///< what the newest load was asked for, or what is open when idle
    QStringList m_heldPaths; ///< articles shown by showDocuments(): kept in memory, never reloaded
    ComparisonIndexPtr m_index;
    int m_pivot = -1;
    bool m_loadingShown = false;
};

} // namespace parallax
