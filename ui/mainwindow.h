#pragma once

#include "comparisoncontroller.h"
#include "comparisontext.h"
#include "report/reportcontent.h"
#include "session/sessionmodel.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace parallax {

class ArticleActions;
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
class MainWindow final : public QMainWindow, private DocumentTracker
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

    /// The articles, their loading and comparing, the pivot.
    ComparisonController *comparisonController() const { return m_comparison.get(); }
    /// The View menu's article commands and the panes' header menus.
    ArticleActions *articleActions() const { return m_articles.get(); }

    PaneArea *paneArea() const { return m_paneArea; }
    MessageBar *messageBar() const { return m_messageBar; }
    EmptyState *emptyState() const { return m_emptyState; }
    RecentFiles *recentFiles() const { return m_recentFiles; }

    void setViewLayout(ViewLayout layout);
    ViewLayout viewLayout() const;
    /// Font zoom in steps of one point (0 = the default size).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    ComparisonNavigator *navigator() const { return m_navigator; }
    FindBar *findBar() const { return m_findBar; }
    ComparisonDocks *docks() const { return m_docks; }

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

Q_SIGNALS:
    /// An export finished; `error` is empty on success.
    void exportFinished(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void documentsChanging(QList<Document> &documents) override;
    void documentsShown() override;
    void documentsClosed() override;

    void createActions();
    void showOpenDialog();
    void showAbout();
    void updateView();
    void createViewActions();
    void createNavigateActions();
    void connectDocks();
    void readSettings();
    void writeSettings() const;

    void createSessionActions(QMenu *fileMenu, QMenu *editMenu);
    void createExportActions(QMenu *fileMenu);
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
    NoteDialogFunction m_noteDialog;
    SavePromptFunction m_savePrompt;
    RecoveryPromptFunction m_recoveryPrompt;
    QString m_sessionPath;
    bool m_modified = false;
    QString m_autosaveDirectory;
    std::unique_ptr<AutosaveStore> m_autosave;
    QTimer *m_autosaveTimer = nullptr;
    bool m_restoring = false; ///< opening a session: view changes are not edits

    RecentFiles *m_recentFiles = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    PaneArea *m_paneArea = nullptr;
    QAction *m_closeAllAction = nullptr;
    ComparisonNavigator *m_navigator = nullptr;
    FindBar *m_findBar = nullptr;
    ComparisonDocks *m_docks = nullptr;
    QAction *m_alignedAction = nullptr;
    QAction *m_originalAction = nullptr;
    int m_zoom = 0;
    int m_baseFontSize = 0;
    // Destroyed before the widgets they work on (members go before the window's children).
    std::unique_ptr<ComparisonController> m_comparison;
    std::unique_ptr<ArticleActions> m_articles;
};

} // namespace parallax
