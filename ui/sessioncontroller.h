#pragma once

#include "comparisoncontroller.h"
#include "session/sessionmodel.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QStatusBar;
class QTimer;
class QUndoStack;
class QWidget;

namespace parallax {

class AnnotationsDock;
class AnnotationsModel;
class AutosaveStore;
class ComparisonNavigator;
class MessageBar;
class PaneArea;
class SessionPrompts;

/// \brief The analyst's work on the open articles: notes (each change one undo step), `.parallax`
/// sessions (Save, Save As, Open), the modified state and the question before unsaved work is
/// lost, autosave and crash recovery. It keeps a SessionModel beside the comparison's documents
/// (keys, the loaded metadata and its corrections, notes) in step with them as their
/// DocumentTracker. Its menu entries are Save Session / Save Session As (File) and Undo, Redo,
/// Add Note (Edit); its dock lists the notes.
class SessionController final : public QObject, private DocumentTracker
{
    Q_OBJECT
public:
    /// Keeps the session of `comparison`'s articles, shown in `panes`; jumps to notes through
    /// `navigator`; reports in `statusBar` and `messages`; the annotations dock and the default
    /// prompts belong to `window`.
    SessionController(ComparisonController *comparison, PaneArea *panes, ComparisonNavigator *navigator, QStatusBar *statusBar,
                      MessageBar *messages, QWidget *window);
    ~SessionController() override;

    /// Adds Save Session and Save Session As… to `file`.
    void addFileActions(QMenu *file);
    /// Adds Undo, Redo and Add Note… to `edit`.
    void addEditActions(QMenu *edit);
    /// Who answers the questions (note dialog, unsaved changes, recovery); default: dialogs.
    void setPrompts(std::unique_ptr<SessionPrompts> prompts);
    SessionPrompts *prompts() const { return m_prompts.get(); }

    // --- Notes ---
    /// The session behind the window: documents with their keys, corrections, notes.
    const SessionModel &sessionModel() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    AnnotationsModel *annotationsModel() const { return m_annotationsModel; }
    /// The Annotations dock (the window places it).
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

    // --- Sessions ---
    /// The session as it would be saved now (with the current pivot, pane order and layout).
    Session currentSession() const;
    /// Opens a .parallax file, replacing what is open; errors go to the message bar.
    bool openSession(const QString &path);
    /// Saves to `path` (empty: the current session file, or ask for one); false on error.
    bool saveSession(const QString &path = {});
    QString sessionPath() const { return m_sessionPath; }
    bool isModified() const;
    /// Asks (if modified) and saves; false when the user cancelled.
    bool maybeSave();
    /// The window's title: the session's name or the number of articles, "*" while modified.
    QString title() const;

    // --- Autosave and recovery ---
    /// Autosaves go to `directory` (empty: the default place); call before the first change.
    void setAutosaveDirectory(const QString &directory);
    void setAutosaveInterval(int milliseconds);
    AutosaveStore *autosaveStore() const { return m_autosave.get(); }
    /// Offers autosaves of crashed runs (Recover / Discard / Show differences).
    void offerRecovery();
    /// A clean exit: this run's autosave and its marker go, so the next start offers no recovery.
    void finishAutosave();

Q_SIGNALS:
    /// title() changed.
    void titleChanged(const QString &title);
    /// A session file was saved or opened (for the recent files).
    void sessionFileUsed(const QString &path);

private:
    void documentsChanging(QList<Document> &documents) override;
    void documentsShown() override;
    void documentsClosed() override;

    void showSaveAsDialog();
    void annotationsChanged();
    void markModified();
    void updateTitle();
    void scheduleAutosave();
    bool autosaveNow(); ///< false when nothing could be written
    int documentOfKey(const QString &key) const;
    QString keyOfDocument(int document) const;
    void applyMetadataEdit(int document, const Document &edited);

    ComparisonController *m_comparison;
    PaneArea *m_panes;
    ComparisonNavigator *m_navigator;
    QStatusBar *m_statusBar;
    MessageBar *m_messages;
    QWidget *m_window;
    SessionModel m_session;
    QUndoStack *m_undo;
    AnnotationsModel *m_annotationsModel;
    AnnotationsDock *m_annotationsDock; ///< a child of the window, deleted with this controller
    QAction *m_addNoteAction;
    std::unique_ptr<SessionPrompts> m_prompts;
    QString m_sessionPath;
    bool m_modified = false;
    QString m_autosaveDirectory;
    std::unique_ptr<AutosaveStore> m_autosave;
    QTimer *m_autosaveTimer;
    bool m_restoring = false; ///< opening a session: view changes are not edits
};

} // namespace parallax
