#pragma once

#include "asyncdocumentloader.h"
#include "comparisonindex.h"
#include "comparisonrunner.h"
#include "comparisontext.h"
#include "report/reportcontent.h"
#include "session/sessionmodel.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTimer;
class QUndoStack;

namespace parallax {

class ComparisonDocks;
class ComparisonNavigator;
class EmptyState;
class FindBar;
class MessageBar;
class PaneArea;
class RecentFiles;
class AnnotationsDock;
class AnnotationsModel;
class AutosaveStore;
struct RecoveryCandidate;

/// \brief The Parallax main window: one read-only pane per loaded article.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads `files` and shows them next to what is already open; failures go to the message bar.
    void openFiles(const QStringList &files);
    /// Shows exactly `files`, replacing what is open (or still loading).
    void setFiles(const QStringList &files);
    /// Closes every article and forgets a load still running.
    void closeAll();

    const QList<Document> &documents() const { return m_documents; }
    bool isLoading() const { return m_loader->isBusy(); }

    PaneArea *paneArea() const { return m_paneArea; }
    MessageBar *messageBar() const { return m_messageBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    /// Test seam: replaces the function that loads on the worker thread.
    void setLoadFunction(AsyncDocumentLoader::LoadFunction function);
    /// Test seam: replaces the function that compares on the worker thread.
    void setCompareFunction(ComparisonRunner::CompareFunction function);

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

    void setViewLayout(ViewLayout layout);
    ViewLayout viewLayout() const;
    /// Font zoom in steps of one point (0 = the default size).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    ComparisonNavigator *navigator() const { return m_navigator; }
    FindBar *findBar() const { return m_findBar; }
    ComparisonDocks *docks() const { return m_docks; }
    /// The document the View menu's pane commands act on (the focused or last clicked pane).
    int activeDocument() const;

    // --- Annotations (mainwindowsession.cpp) ---
    /// The session behind the window: documents with their keys, corrections, notes.
    const SessionModel &sessionModel() const { return m_session; }
    /// The session as it would be saved now (with the current pivot, pane order and layout).
    Session currentSession() const;
    QUndoStack *undoStack() const { return m_undo; }
    AnnotationsModel *annotationsModel() const { return m_annotationsModel; }
    AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    QAction *addNoteAction() const { return m_addNoteAction; }
    /// Adds a note on the selection of the active pane (asks for note, tag and colour first).
    void addNoteOnSelection();
    /// Adds a note without asking (tests, scripting); returns its id or "" when refused.
    QString addNote(int document, int paragraph, int start, int end, const QString &note, const QString &tag,
                    const QString &colour = {});
    void editNote(const QString &id);
    void removeNote(const QString &id);
    /// Jumps to a note's text.
    void showNote(const QString &id);
    /// Test seam: replaces the note dialog; returns the edited note or nothing (cancelled).
    using NoteDialogFunction = std::function<std::optional<Annotation>(const Annotation &)>;
    void setNoteDialogFunction(NoteDialogFunction function) { m_noteDialog = std::move(function); }

    // --- Sessions ---
    /// Opens a .parallax file, replacing what is open; errors go to the message bar.
    bool openSession(const QString &path);
    /// Saves to `path` (empty: the current session file); returns false on error.
    bool saveSession(const QString &path = {});
    QString sessionPath() const { return m_sessionPath; }
    bool isModified() const;
    /// What closing with unsaved changes answers: Save, Discard or Cancel.
    using SavePromptFunction = std::function<int()>;
    void setSavePromptFunction(SavePromptFunction function) { m_savePrompt = std::move(function); }
    /// Asks (if modified) and saves; false when the user cancelled.
    bool maybeSave();

    // --- Autosave and recovery ---
    /// Autosaves go to `directory` (empty: the default place); call before the first change.
    void setAutosaveDirectory(const QString &directory);
    void setAutosaveInterval(int milliseconds);
    AutosaveStore *autosaveStore() const { return m_autosave.get(); }
    /// Offers autosaves of crashed runs (Recover / Discard / Show differences).
    void offerRecovery();
    /// Test seam: answers the recovery question (RecoveryDialog::Choice as int).
    using RecoveryPromptFunction = std::function<int(const RecoveryCandidate &)>;
    void setRecoveryPromptFunction(RecoveryPromptFunction function) { m_recoveryPrompt = std::move(function); }

    // --- Exports (mainwindowexport.cpp) ---
    /// The report content of what is shown, or nothing before a comparison.
    std::optional<ReportContent> reportContent(const ReportOptions &options) const;
    enum class ExportKind { Pdf, Html, ConflictsCsv, QuotesCsv, Json };
    /// Writes an export without asking; PDF runs on a worker thread (exportFinished tells).
    void exportTo(ExportKind kind, const QString &path, const ReportOptions &options = {}, bool letter = false);
    /// The Open dialog's file filter: every supported format.
    static QString openFilter();
    /// Shows a pane's raw source instead of its text.
    void setSourceShown(int document, bool shown);

Q_SIGNALS:
    /// An export finished; `error` is empty on success.
    void exportFinished(const QString &path, const QString &error);
    /// A load finished and the panes show its result (stale results never get here).
    void loadFinished();
    /// A comparison finished and the panes show it.
    void comparisonFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showOpenDialog();
    void openFilesOnly(const QStringList &files);
    void showAbout();
    void startLoad(const QStringList &paths);
    void applyResult(const LoadManyResult &result);
    void updateView();
    void createViewActions();
    void createNavigateActions();
    void rebuildArticlesMenu();
    void applyComparison(const Comparison &comparison);
    void setDocumentsAndCompare(QList<Document> documents);
    void pasteAsNewArticle();
    void updateComparing();
    void showPaneMenu(int document, const QPoint &globalPos);
    void readSettings();
    void writeSettings() const;

    void createSessionActions(QMenu *fileMenu, QMenu *editMenu);
    void createExportActions(QMenu *fileMenu);
    void syncSessionDocuments(QList<Document> &documents);
    void annotationsChanged();
    void markModified();
    void updateTitle();
    void scheduleAutosave();
    bool autosaveNow(); ///< false when nothing could be written
    void showSaveAsDialog();
    void showOpenFolderDialog();
    void showExportDialog(ExportKind kind);
    void printReport(bool preview);
    int documentOfKey(const QString &key) const;
    QString keyOfDocument(int document) const;
    void applyMetadataEdit(int document, const Document &edited);

    SessionModel m_session;
    QUndoStack *m_undo = nullptr;
    AnnotationsModel *m_annotationsModel = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    QAction *m_addNoteAction = nullptr;
    QAction *m_sourceAction = nullptr;
    NoteDialogFunction m_noteDialog;
    SavePromptFunction m_savePrompt;
    RecoveryPromptFunction m_recoveryPrompt;
    QString m_sessionPath;
    bool m_modified = false;
    QString m_autosaveDirectory;
    std::unique_ptr<AutosaveStore> m_autosave;
    QTimer *m_autosaveTimer = nullptr;
    bool m_restoring = false; ///< opening a session: view changes are not edits
    QStringList m_heldPaths; ///< articles of an opened session: kept in memory, never reloaded

    AsyncDocumentLoader *m_loader = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QList<Document> m_documents;
    QStringList m_requested; ///< what the newest load was asked for, or what is open when idle

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    PaneArea *m_paneArea = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QAction *m_closeAllAction = nullptr;

    ComparisonRunner *m_runner = nullptr;
    ComparisonIndexPtr m_index;
    ComparisonNavigator *m_navigator = nullptr;
    FindBar *m_findBar = nullptr;
    ComparisonDocks *m_docks = nullptr;
    QProgressBar *m_compareProgress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QMenu *m_articlesMenu = nullptr;
    QAction *m_alignedAction = nullptr;
    QAction *m_originalAction = nullptr;
    int m_pivot = -1;
    int m_zoom = 0;
    int m_baseFontSize = 0;
};

} // namespace parallax
