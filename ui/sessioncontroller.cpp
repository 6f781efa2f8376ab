#include "sessioncontroller.h"

#include "annotationcommands.h"
#include "annotationsdock.h"
#include "annotationsmodel.h"
#include "annotationtint.h"
#include "comparisonnavigator.h"
#include "documentpane.h"
#include "messagebar.h"
#include "panearea.h"
#include "session/autosavestore.h"
#include "session/reanchor.h"
#include "session/sessionio.h"
#include "sessiondocuments.h"
#include "sessionprompts.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

namespace parallax {

namespace {
constexpr int statusTimeoutMs = 5000;
constexpr int defaultAutosaveMs = 10000; // within the promised 15 s of a change
const QString lastSessionDirKey = QStringLiteral("mainWindow/lastSessionDirectory");
const QString alignedLayoutName = QStringLiteral("aligned-rows");
const QString originalLayoutName = QStringLiteral("original-order");
} // namespace

SessionController::SessionController(ComparisonController *comparison, PaneArea *panes, ComparisonNavigator *navigator,
                                     QStatusBar *statusBar, MessageBar *messages, QWidget *window)
    : m_comparison(comparison)
    , m_panes(panes)
    , m_navigator(navigator)
    , m_statusBar(statusBar)
    , m_messages(messages)
    , m_window(window)
    , m_undo(new QUndoStack(this))
    , m_annotationsModel(new AnnotationsModel(this))
    , m_annotationsDock(new AnnotationsDock(m_annotationsModel, window))
    , m_addNoteAction(new QAction(tr("Add &Note…"), this))
    , m_prompts(std::make_unique<DialogPrompts>(window))
    , m_autosaveTimer(new QTimer(this))
{
    m_annotationsModel->setSession(&m_session.session());
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(defaultAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &SessionController::autosaveNow);
    connect(m_undo, &QUndoStack::cleanChanged, this, &SessionController::updateTitle);

    m_addNoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_addNoteAction->setStatusTip(tr("Annotate the selected text with a note, a tag and a colour"));
    connect(m_addNoteAction, &QAction::triggered, this, &SessionController::addNoteOnSelection);

    connect(m_annotationsDock, &AnnotationsDock::activated, this, &SessionController::showNote);
    connect(m_annotationsDock, &AnnotationsDock::editRequested, this, &SessionController::editNote);
    connect(m_annotationsDock, &AnnotationsDock::removeRequested, this, &SessionController::removeNote);
    connect(m_panes, &PaneArea::orderChanged, this, [this] {
        if (!m_restoring && !m_sessionPath.isEmpty())
            markModified();
    });

    m_comparison->setDocumentTracker(this);
    connect(m_comparison, &ComparisonController::documentsChanged, this, &SessionController::updateTitle);
    connect(m_comparison, &ComparisonController::pivotChanged, this, [this] {
        if (!m_sessionPath.isEmpty())
            markModified();
    });
    connect(m_comparison, &ComparisonController::metadataChanged, this, &SessionController::applyMetadataEdit);
}

SessionController::~SessionController()
{
    m_comparison->setDocumentTracker(nullptr);
    // The stack's destructor signals cleanChanged; this controller is half gone by then.
    m_undo->disconnect(this);
    // The dock shows this controller's model: it goes first.
    delete m_annotationsDock;
    // Destroyed without a crash: nothing to recover.
    if (m_autosave)
        m_autosave->finish();
}

void SessionController::addFileActions(QMenu *file)
{
    QAction *save = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Session"), this,
                                    [this] { saveSession(); });
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Save the articles, corrections and notes as a .parallax session"));
    QAction *saveAs = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Session &As…"), this,
                                      &SessionController::showSaveAsDialog);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void SessionController::addEditActions(QMenu *edit)
{
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_addNoteAction);
}

void SessionController::setPrompts(std::unique_ptr<SessionPrompts> prompts)
{
    m_prompts = prompts ? std::move(prompts) : std::make_unique<DialogPrompts>(m_window);
}

QString SessionController::keyOfDocument(int document) const
{
    return m_session.session().documents.value(document).key;
}

int SessionController::documentOfKey(const QString &key) const
{
    return m_session.session().indexOfKey(key);
}

void SessionController::documentsChanging(QList<Document> &documents)
{
    const Session &old = m_session.session();
    const Session next = followDocuments(old, documents);
    if (next.annotations.size() != old.annotations.size())
        m_undo->clear(); // their commands would refer to notes that no longer exist
    const bool countChanged = old.documents.size() != next.documents.size();
    m_session.setSession(next);
    if (!m_restoring && !m_sessionPath.isEmpty() && countChanged)
        markModified();
}

void SessionController::documentsShown()
{
    for (int d = 0; d < m_panes->paneCount(); ++d)
        m_panes->paneForDocument(d)->setContextActions({m_addNoteAction});
    annotationsChanged();
}

void SessionController::documentsClosed()
{
    m_session.setSession({});
    m_undo->clear();
    m_sessionPath.clear();
    m_modified = false;
    m_autosaveTimer->stop();
    annotationsChanged();
}

void SessionController::annotationsChanged()
{
    m_annotationsModel->refresh();
    const Session &s = m_session.session();
    for (int d = 0; d < m_panes->paneCount() && d < s.documents.size(); ++d) {
        QList<Annotation> mine;
        for (const Annotation &a : s.annotations) {
            if (a.documentKey == s.documents.at(d).key)
                mine.append(a);
        }
        m_panes->paneForDocument(d)->setAnnotations(mine);
    }
    updateTitle();
}

void SessionController::markModified()
{
    m_modified = true;
    updateTitle();
    scheduleAutosave();
}

bool SessionController::isModified() const
{
    return m_modified || (m_undo && !m_undo->isClean());
}

QString SessionController::title() const
{
    QString name;
    if (!m_sessionPath.isEmpty())
        name = QFileInfo(m_sessionPath).completeBaseName();
    else if (m_comparison->documents().size() == 1)
        name = tr("1 article");
    else if (!m_comparison->documents().isEmpty())
        name = tr("%1 articles").arg(m_comparison->documents().size());
    // The platform adds the application name; "*" marks unsaved notes or corrections. Written
    // out rather than "[*]", so windowTitle() is what the user reads.
    if (!name.isEmpty() && isModified())
        name += u'*';
    return name;
}

void SessionController::updateTitle()
{
    Q_EMIT titleChanged(title());
}

QString SessionController::addNote(int document, int paragraph, int start, int end, const QString &note, const QString &tag,
                                   const QString &colour)
{
    Annotation a;
    a.documentKey = keyOfDocument(document);
    a.paragraph = paragraph;
    a.start = start;
    a.end = end;
    a.note = note;
    a.tag = tag;
    a.colour = isValidColour(colour) ? colour : defaultTagColour(tag);
    // Checked first: a refused command would still sit on the undo stack as an empty step.
    const int sd = documentOfKey(a.documentKey);
    Annotation probe = a;
    if (sd < 0 || start >= end || !captureAnchor(probe, m_session.session().documents.at(sd).document))
        return {};
    auto *command = new AddAnnotationCommand(m_session, a, [this](const AnnotationChange &) { annotationsChanged(); });
    command->setText(tr("Add Note"));
    m_undo->push(command);
    scheduleAutosave();
    return command->annotationId();
}

void SessionController::addNoteOnSelection()
{
    // The active pane first; otherwise any shown pane with a selection.
    QList<int> candidates {m_panes->activeDocument()};
    for (int d = 0; d < m_panes->paneCount(); ++d)
        candidates.append(d);
    for (int d : std::as_const(candidates)) {
        DocumentPane *pane = m_panes->paneForDocument(d);
        if (!pane || m_panes->isDocumentHidden(d) || pane->isSourceShown())
            continue;
        const std::optional<TextAnchor> anchor = selectionAnchor(pane->textView()->textCursor());
        if (!anchor)
            continue;
        Annotation a;
        a.documentKey = keyOfDocument(d);
        a.paragraph = anchor->paragraph;
        a.start = anchor->start;
        a.end = anchor->end;
        a.tag = builtinAnnotationTags().constFirst();
        a.colour = defaultTagColour(a.tag);
        const int sd = documentOfKey(a.documentKey);
        if (sd < 0 || !captureAnchor(a, m_session.session().documents.at(sd).document))
            return;
        const std::optional<Annotation> edited = m_prompts->editNote(a, tr("Add Note"));
        if (edited)
            addNote(d, a.paragraph, a.start, a.end, edited->note, edited->tag, edited->colour);
        return;
    }
    m_statusBar->showMessage(tr("Select some text in an article to add a note"), statusTimeoutMs);
}

void SessionController::editNote(const QString &id)
{
    const int i = m_session.indexOfAnnotation(id);
    if (i < 0)
        return;
    const Annotation current = m_session.session().annotations.at(i);
    const std::optional<Annotation> edited = m_prompts->editNote(current, tr("Edit Note"));
    if (!edited || *edited == current)
        return;
    auto *command = new EditAnnotationCommand(m_session, id, *edited, [this](const AnnotationChange &) { annotationsChanged(); });
    command->setText(tr("Edit Note"));
    m_undo->push(command);
    scheduleAutosave();
}

void SessionController::removeNote(const QString &id)
{
    if (m_session.indexOfAnnotation(id) < 0)
        return;
    auto *command = new RemoveAnnotationCommand(m_session, id, [this](const AnnotationChange &) { annotationsChanged(); });
    command->setText(tr("Delete Note"));
    m_undo->push(command);
    scheduleAutosave();
}

void SessionController::showNote(const QString &id)
{
    const int i = m_session.indexOfAnnotation(id);
    if (i < 0)
        return;
    const Annotation &a = m_session.session().annotations.at(i);
    const int d = documentOfKey(a.documentKey);
    if (d < 0 || d >= m_panes->paneCount())
        return;
    if (a.isOrphaned()) {
        m_statusBar->showMessage(tr("This note's text was not found again: %1").arg(a.orphanedReason), statusTimeoutMs);
        return;
    }
    m_panes->setDocumentHidden(d, false);
    DocumentPane *pane = m_panes->paneForDocument(d);
    pane->setSourceShown(false);
    if (!m_navigator->showText(d, a.paragraph, a.start, a.end))
        pane->selectPlainText(a.paragraph, a.start, a.end); // no comparison yet
    pane->textView()->setFocus();
}

Session SessionController::currentSession() const
{
    Session s = m_session.session();
    const int pivot = m_comparison->requestedPivot();
    s.pivotKey = pivot >= 0 ? keyOfDocument(pivot) : QString();
    s.paneOrder.clear();
    s.hiddenPanes.clear();
    for (int d : m_panes->order()) {
        const QString key = keyOfDocument(d);
        if (key.isEmpty())
            continue;
        s.paneOrder.append(key);
        if (m_panes->isDocumentHidden(d))
            s.hiddenPanes.append(key);
    }
    s.layout = m_panes->viewLayout() == ViewLayout::OriginalOrder ? originalLayoutName : alignedLayoutName;
    return s;
}

bool SessionController::saveSession(const QString &path)
{
    const QString target = path.isEmpty() ? m_sessionPath : path;
    if (target.isEmpty()) {
        showSaveAsDialog();
        return !isModified() && !m_sessionPath.isEmpty();
    }
    const Session session = currentSession();
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    // The autosave says what the file will say, and names it for a later recovery. Written first:
    // a crash between the two writes leaves an autosave as new as the file or newer, never an
    // older one that recovery would offer in place of the newer file (tst_appkill).
    if (m_autosave && !m_autosave->id().isEmpty())
        m_autosave->save(session, absoluteTarget);
    const QString error = parallax::saveSession(session, target);
    if (!error.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not save the session:"), {error});
        return false;
    }
    m_sessionPath = absoluteTarget;
    m_modified = false;
    m_undo->setClean();
    Q_EMIT sessionFileUsed(m_sessionPath);
    m_autosaveTimer->stop();
    updateTitle();
    m_statusBar->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_sessionPath)), statusTimeoutMs);
    return true;
}

void SessionController::showSaveAsDialog()
{
    QSettings settings;
    QString suggestion = m_sessionPath;
    if (suggestion.isEmpty())
        suggestion = QDir(settings.value(lastSessionDirKey, QDir::homePath()).toString()).filePath(tr("comparison.parallax"));
    QString file = QFileDialog::getSaveFileName(m_window, tr("Save Session"), suggestion, tr("Parallax sessions (*.parallax)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".parallax");
    settings.setValue(lastSessionDirKey, QFileInfo(file).absolutePath());
    saveSession(file);
}

bool SessionController::openSession(const QString &path)
{
    const SessionReadResult read = loadSession(path);
    if (!read.ok()) {
        // Nothing changes: the session open in the window stays as it was.
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not open this session:"), {read.error});
        return false;
    }
    Session session = *read.session;
    // The stored text is the text the notes were made on; re-anchoring is a safety net for
    // hand-edited files and records a reason for any note that no longer fits.
    for (const SessionDocument &sd : std::as_const(session.documents))
        reanchorAnnotations(session.annotations, sd.key, sd.document);

    m_restoring = true;
    m_session.setSession(session);
    m_undo->clear();
    QList<Document> documents;
    for (const SessionDocument &sd : std::as_const(session.documents))
        documents.append(sd.document);
    QList<int> order;
    for (const QString &key : std::as_const(session.paneOrder))
        order.append(session.indexOfKey(key));
    QList<int> hidden;
    for (const QString &key : std::as_const(session.hiddenPanes))
        hidden.append(session.indexOfKey(key));
    // Session articles live in the session, not on disk: they are never reloaded from their paths.
    m_comparison->showDocuments(documents, session.indexOfKey(session.pivotKey), order, hidden);
    if (session.layout == originalLayoutName)
        m_panes->setViewLayout(ViewLayout::OriginalOrder);
    else if (session.layout == alignedLayoutName)
        m_panes->setViewLayout(ViewLayout::AlignedRows);
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_modified = false;
    m_restoring = false;
    m_messages->dismiss();
    Q_EMIT sessionFileUsed(m_sessionPath);
    annotationsChanged();
    m_statusBar->showMessage(tr("Opened session %1").arg(QFileInfo(path).fileName()), statusTimeoutMs);
    return true;
}

bool SessionController::maybeSave()
{
    if (!isModified())
        return true;
    const SessionPrompts::SaveChoice answer = m_prompts->askToSave();
    if (answer == SessionPrompts::SaveChoice::Save)
        return saveSession();
    return answer == SessionPrompts::SaveChoice::Discard;
}

void SessionController::finishAutosave()
{
    if (m_autosave)
        m_autosave->finish();
    m_autosave.reset();
}

void SessionController::setAutosaveDirectory(const QString &directory)
{
    finishAutosave();
    m_autosaveDirectory = directory;
}

void SessionController::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

void SessionController::scheduleAutosave()
{
    // Single-shot, restarted: a burst of edits is one write, at most one interval after the last.
    if (!m_restoring)
        m_autosaveTimer->start();
}

bool SessionController::autosaveNow()
{
    if (!m_autosave) {
        // Created on the first change: a window nobody edits leaves no marker behind.
        m_autosave = std::make_unique<AutosaveStore>(m_autosaveDirectory);
        const QString error = m_autosave->begin();
        if (!error.isEmpty()) {
            m_statusBar->showMessage(tr("Autosave is off: %1").arg(error), statusTimeoutMs);
            return false;
        }
    }
    const QString error = m_autosave->save(currentSession(), m_sessionPath);
    if (!error.isEmpty())
        m_statusBar->showMessage(tr("Autosave failed: %1").arg(error), statusTimeoutMs);
    return error.isEmpty();
}

void SessionController::offerRecovery()
{
    AutosaveStore store(m_autosaveDirectory);
    const QList<RecoveryCandidate> candidates = store.pendingRecoveries();
    for (const RecoveryCandidate &candidate : candidates) {
        const RecoveryDialog::Choice choice = m_prompts->askToRecover(candidate);
        if (choice == RecoveryDialog::Discard) {
            store.discard(candidate.id);
        } else if (choice == RecoveryDialog::Recover) {
            if (!openSession(candidate.autosavePath))
                continue;
            // It is this run's work now: the saved file (if any) is where Save goes, and the
            // recovered state is unsaved until the analyst saves it.
            m_sessionPath = candidate.savedPath;
            markModified();
            // This run's autosave first, then the old one goes: a crash in between leaves the
            // work in two autosaves (offered again), never in none.
            if (autosaveNow())
                store.discard(candidate.id);
            return; // one window shows one session
        }
    }
}

void SessionController::applyMetadataEdit(int d, const Document &doc)
{
    if (d < 0 || d >= m_comparison->documents().size())
        return;
    const QString key = keyOfDocument(d);
    const int sd = documentOfKey(key);
    if (sd >= 0) {
        // Corrections are kept apart from what the loader read, so the session shows both.
        if (m_session.setOverrides(key, metadataOverride(m_session.session().documents.at(sd).document, doc))) {
            m_annotationsModel->refresh();
            markModified();
        }
    }
}

} // namespace parallax
