// The window's side of "Annotate, save and export": notes through the undo stack, sessions,
// the modified flag and close prompt, autosave and crash recovery.
#include "annotationsdock.h"
#include "annotationsmodel.h"
#include "annotationtint.h"
#include "comparisoncontroller.h"
#include "documentpane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "panearea.h"
#include "recoverydialog.h"
#include "scriptedprompts.h"
#include "session/autosavestore.h"
#include "session/sessionio.h"
#include "sessioncontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

using namespace parallax;

namespace {

QString dataFile(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(PARALLAX_TEST_DATA_DIR "/ui/") + name);
}

const QString harbour = dataFile(QStringLiteral("harbour-times.txt"));
const QString valley = dataFile(QStringLiteral("valley-post.txt"));

bool openAndCompare(MainWindow &window, const QStringList &files)
{
    QSignalSpy compared(window.comparisonController(), &ComparisonController::comparisonFinished);
    window.openFiles(files);
    return compared.wait(20000) || (!compared.isEmpty());
}

/// The annotation ids tinted in a pane's text.
QStringList tintedIds(DocumentPane *pane)
{
    QStringList ids;
    for (QTextBlock b = pane->textDocument()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString id = it.fragment().charFormat().property(AnnotationIdProperty).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

/// Selects [start, end) of paragraph `paragraph` in a pane, as a mouse drag would.
void selectInPane(DocumentPane *pane, int paragraph, int start, int end)
{
    QTextBrowser *view = pane->textView();
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const QVariant p = b.blockFormat().property(ParagraphIndexProperty);
        if (p.isValid() && p.toInt() == paragraph) {
            QTextCursor c(b);
            c.setPosition(b.position() + start);
            c.setPosition(b.position() + end, QTextCursor::KeepAnchor);
            view->setTextCursor(c);
            view->setFocus();
            return;
        }
    }
    QFAIL("paragraph not shown");
}

} // namespace

class TestSessionWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionwindow"));
        QVERIFY(QFileInfo::exists(harbour));
    }

    void init() { QSettings().clear(); }

    void addNoteFromSelectionShowsInDockAndText()
    {
        MainWindow window;
        SessionController *session = window.sessionController();
        QAbstractItemModelTester tester(session->annotationsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndCompare(window, {harbour, valley}));
        DocumentPane *pane = window.paneArea()->paneForDocument(1);
        const Paragraph &para = window.comparisonController()->documents().at(1).paragraphs.at(1);
        QVERIFY(para.text.size() > 12);
        selectInPane(pane, 1, 2, 12);
        Annotation asked;
        test::prompts(window).note = [&asked](const Annotation &current) -> std::optional<Annotation> {
            asked = current;
            Annotation edited = current;
            edited.note = QStringLiteral("Check with the council");
            edited.tag = QStringLiteral("follow up");
            edited.colour = QStringLiteral("#33aa55");
            return edited;
        };
        // Ctrl+M, from the text where the selection is.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(pane->textView(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(asked.quote, para.text.mid(2, 10));
        QCOMPARE(session->annotationsModel()->rowCount(), 1);
        const Annotation &a = session->sessionModel().session().annotations.constFirst();
        QCOMPARE(a.paragraph, 1);
        QCOMPARE(a.start, 2);
        QCOMPARE(a.end, 12);
        QCOMPARE(a.tag, QStringLiteral("follow up"));
        QCOMPARE(a.colour, QStringLiteral("#33aa55"));
        QCOMPARE(a.documentKey, session->sessionModel().session().documents.at(1).key);
        QCOMPARE(session->annotationsModel()->index(0, AnnotationsModel::NoteColumn).data().toString(),
                 QStringLiteral("Check with the council"));
        QCOMPARE(tintedIds(pane), QStringList {a.id});
        QVERIFY(tintedIds(window.paneArea()->paneForDocument(0)).isEmpty());
        QVERIFY(session->isModified());
        QVERIFY(window.windowTitle().endsWith(u'*'));

        // Undo removes it from the dock and the text; redo puts the same note back.
        const QString id = a.id;
        session->undoStack()->undo();
        QCOMPARE(session->annotationsModel()->rowCount(), 0);
        QVERIFY(tintedIds(pane).isEmpty());
        QVERIFY(!session->isModified());
        session->undoStack()->redo();
        QCOMPARE(session->annotationsModel()->rowCount(), 1);
        QCOMPARE(tintedIds(pane), QStringList {id});

        // A cancelled dialog adds nothing; no selection adds nothing.
        test::prompts(window).note = [](const Annotation &) { return std::optional<Annotation>(); };
        selectInPane(pane, 0, 0, 3);
        session->addNoteAction()->trigger();
        QCOMPARE(session->annotationsModel()->rowCount(), 1);
        QCOMPARE(session->undoStack()->count(), 1);

        // Edit and delete from the dock, each one undo step.
        test::prompts(window).note = [](const Annotation &current) -> std::optional<Annotation> {
            Annotation e = current;
            e.tag = QStringLiteral("disputed");
            return e;
        };
        session->annotationsDock()->selectId(id);
        Q_EMIT session->annotationsDock()->editRequested(session->annotationsDock()->currentId());
        QCOMPARE(session->sessionModel().session().annotations.constFirst().tag, QStringLiteral("disputed"));
        session->removeNote(id);
        QCOMPARE(session->annotationsModel()->rowCount(), 0);
        session->undoStack()->undo();
        session->undoStack()->undo();
        QCOMPARE(session->sessionModel().session().annotations.constFirst().tag, QStringLiteral("follow up"));
    }

    void saveAndReopenInANewWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("holvik.parallax"));
        Session saved;
        {
            MainWindow window;
            SessionController *session = window.sessionController();
            window.show();
            QVERIFY(openAndCompare(window, {harbour, valley}));
            QVERIFY(!session->addNote(0, 1, 0, 5, QStringLiteral("first"), QStringLiteral("verified")).isEmpty());
            QVERIFY(!session->addNote(1, 2, 3, 9, QStringLiteral("second"), QStringLiteral("my own tag")).isEmpty());
            QVERIFY(session->addNote(1, 99, 0, 5, QStringLiteral("nowhere"), QStringLiteral("verified")).isEmpty());
            window.paneArea()->setOrder({1, 0});
            window.setViewLayout(ViewLayout::OriginalOrder);
            QVERIFY(session->saveSession(path));
            QVERIFY(!session->isModified());
            QCOMPARE(window.windowTitle(), QStringLiteral("holvik"));
            saved = session->currentSession();
        }
        MainWindow reopened;
        SessionController *reopenedSession = reopened.sessionController();
        reopened.show();
        QSignalSpy compared(reopened.comparisonController(), &ComparisonController::comparisonFinished);
        reopened.openFiles({path});
        QVERIFY(compared.wait(20000));
        QCOMPARE(reopened.comparisonController()->documents().size(), 2);
        QCOMPARE(reopenedSession->sessionModel().session().documents.at(0).document.paragraphs,
                 saved.documents.at(0).document.paragraphs);
        QCOMPARE(reopenedSession->sessionModel().session().annotations, saved.annotations);
        QCOMPARE(reopenedSession->annotationsModel()->rowCount(), 2);
        QCOMPARE(reopened.paneArea()->order(), (QList<int> {1, 0}));
        QCOMPARE(reopened.viewLayout(), ViewLayout::OriginalOrder);
        QCOMPARE(tintedIds(reopened.paneArea()->paneForDocument(1)), QStringList {QStringLiteral("a2")});
        QVERIFY(!reopenedSession->isModified());
        QCOMPARE(reopened.windowTitle(), QStringLiteral("holvik"));
        // Saving again gives the same bytes.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(toSessionJson(reopenedSession->currentSession()), file.readAll());

        // Another article joins the session; the session's articles are not reloaded or lost.
        QSignalSpy loaded(reopened.comparisonController(), &ComparisonController::loadFinished);
        reopened.openFiles({dataFile(QStringLiteral("coastal-herald.md"))});
        QVERIFY(loaded.wait(20000));
        QCOMPARE(reopened.comparisonController()->documents().size(), 3);
        QCOMPARE(reopenedSession->sessionModel().session().annotations, saved.annotations);
        QVERIFY(reopenedSession->isModified());
        test::prompts(reopened).save = [] { return SessionPrompts::SaveChoice::Discard; };
    }

    // File > Save Session (Ctrl+S) and Save Session As… reach the session controller.
    void saveActionsAreInTheFileMenu()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.parallax"));
        MainWindow window;
        SessionController *session = window.sessionController();
        window.show();
        QVERIFY(openAndCompare(window, {harbour}));
        QStringList entries;
        for (QAction *a : window.menuBar()->actions().constFirst()->menu()->actions())
            entries.append(a->text());
        QVERIFY2(entries.contains(QStringLiteral("&Save Session")) && entries.contains(QStringLiteral("Save Session &As…")),
                 qPrintable(entries.join(u", ")));
        QVERIFY(session->saveSession(path));
        session->addNote(0, 0, 0, 3, QStringLiteral("typed"), QStringLiteral("verified"));
        QVERIFY(session->isModified());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!session->isModified());
        const SessionReadResult read = loadSession(path);
        QVERIFY(read.ok());
        QCOMPARE(read.session->annotations.size(), 1);
    }

    void corruptSessionChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.parallax"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema":"parallax.session/2","documents":[]})");
        f.close();
        MainWindow window;
        SessionController *session = window.sessionController();
        window.show();
        QVERIFY(openAndCompare(window, {harbour}));
        session->addNote(0, 0, 0, 3, QStringLiteral("keep me"), QStringLiteral("verified"));
        int asked = 0;
        test::prompts(window).save = [&asked] {
            ++asked;
            return SessionPrompts::SaveChoice::Discard;
        };
        window.openFiles({path});
        QCOMPARE(asked, 1); // opening a session replaces the open one: unsaved notes are asked about first
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("newer"))
                || window.messageBar()->details().join(u' ').contains(QStringLiteral("newer")));
        QCOMPARE(window.comparisonController()->documents().size(), 1);
        QCOMPARE(session->annotationsModel()->rowCount(), 1);
        QVERIFY(session->isModified());
    }

    void closePromptSavesDiscardsOrCancels()
    {
        QTemporaryDir dir;
        MainWindow window;
        SessionController *session = window.sessionController();
        window.show();
        QVERIFY(openAndCompare(window, {harbour}));
        QVERIFY(!session->isModified()); // opening files alone is nothing to lose
        int asked = 0;
        SessionPrompts::SaveChoice answer = SessionPrompts::SaveChoice::Cancel;
        test::prompts(window).save = [&] {
            ++asked;
            return answer;
        };
        QVERIFY(window.close());
        QCOMPARE(asked, 0);
        window.show();
        session->addNote(0, 0, 0, 3, QStringLiteral("n"), QStringLiteral("verified"));
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        answer = SessionPrompts::SaveChoice::Discard;
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
        // Save: with a session file, closing writes it.
        window.show();
        const QString path = dir.filePath(QStringLiteral("s.parallax"));
        QVERIFY(session->saveSession(path));
        session->addNote(0, 0, 4, 8, QStringLiteral("m"), QStringLiteral("disputed"));
        answer = SessionPrompts::SaveChoice::Save;
        QVERIFY(window.close());
        const SessionReadResult read = loadSession(path);
        QVERIFY(read.ok());
        QCOMPARE(read.session->annotations.size(), 2);
    }

    void autosaveWritesWithinTheInterval()
    {
        QTemporaryDir dir;
        MainWindow window;
        SessionController *session = window.sessionController();
        session->setAutosaveDirectory(dir.path());
        session->setAutosaveInterval(50);
        window.show();
        QVERIFY(openAndCompare(window, {harbour, valley}));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.parallax")}).isEmpty());
        session->addNote(0, 1, 0, 6, QStringLiteral("autosaved"), QStringLiteral("key quote"));
        QTRY_COMPARE_WITH_TIMEOUT(QDir(dir.path()).entryList({QStringLiteral("*.parallax")}).size(), 1, 3000);
        const QString autosave
            = QDir(dir.path()).filePath(QDir(dir.path()).entryList({QStringLiteral("*.parallax")}).constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(loadSession(autosave).ok() && loadSession(autosave).session->annotations.size() == 1, 3000);
        QCOMPARE(loadSession(autosave).session->annotations.constFirst().note, QStringLiteral("autosaved"));
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("*.running")}).isEmpty());
        // A clean exit leaves nothing to recover.
        test::prompts(window).save = [] { return SessionPrompts::SaveChoice::Discard; };
        QVERIFY(window.close());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.parallax")}).isEmpty());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.running")}).isEmpty());
    }

    void recoveryOfferedAfterACrash()
    {
        QTemporaryDir first;
        QTemporaryDir crashed;
        {
            MainWindow window;
            SessionController *session = window.sessionController();
            session->setAutosaveDirectory(first.path());
            session->setAutosaveInterval(20);
            window.show();
            QVERIFY(openAndCompare(window, {harbour, valley}));
            session->addNote(1, 1, 0, 6, QStringLiteral("unsaved work"), QStringLiteral("disputed"));
            QTRY_COMPARE_WITH_TIMEOUT(QDir(first.path()).entryList({QStringLiteral("*.meta")}).size(), 1, 3000);
            // A crash: the files stay behind with a marker whose process is gone.
            const QString id = session->autosaveStore()->id();
            for (const QString &suffix : {QStringLiteral(".parallax"), QStringLiteral(".meta")})
                QVERIFY(QFile::copy(QDir(first.path()).filePath(id + suffix), QDir(crashed.path()).filePath(id + suffix)));
            QFile marker(QDir(crashed.path()).filePath(id + QStringLiteral(".running")));
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.write(R"({"pid":0})");
        }
        MainWindow window;
        SessionController *session = window.sessionController();
        session->setAutosaveDirectory(crashed.path());
        window.show();
        QList<RecoveryCandidate> offered;
        test::prompts(window).recovery = [&offered](const RecoveryCandidate &c) {
            offered.append(c);
            return RecoveryDialog::Recover;
        };
        QSignalSpy compared(window.comparisonController(), &ComparisonController::comparisonFinished);
        session->offerRecovery();
        QCOMPARE(offered.size(), 1);
        QVERIFY(offered.constFirst().savedPath.isEmpty());
        QCOMPARE(window.comparisonController()->documents().size(), 2);
        QCOMPARE(session->annotationsModel()->rowCount(), 1);
        QCOMPARE(session->sessionModel().session().annotations.constFirst().note, QStringLiteral("unsaved work"));
        QVERIFY(session->isModified());
        QVERIFY(compared.wait(20000));
        // Recovered work is this run's own now: nothing is offered twice.
        session->offerRecovery();
        QCOMPARE(offered.size(), 1);
        test::prompts(window).save = [] { return SessionPrompts::SaveChoice::Discard; };
        QVERIFY(window.close());
    }

    void recoveryDialogShowsDifferences()
    {
        QTemporaryDir dir;
        Session saved = sessionFromDocuments({});
        const QString savedPath = dir.filePath(QStringLiteral("saved.parallax"));
        QVERIFY(saveSession(saved, savedPath).isEmpty());
        MainWindow source;
        source.show();
        QVERIFY(openAndCompare(source, {harbour}));
        source.sessionController()->addNote(0, 0, 0, 4, QStringLiteral("only in the autosave"), QStringLiteral("verified"));
        const QString autosavePath = dir.filePath(QStringLiteral("auto.parallax"));
        Session withNote = source.sessionController()->currentSession();
        saved.documents = withNote.documents;
        QVERIFY(saveSession(saved, savedPath).isEmpty());
        QVERIFY(saveSession(withNote, autosavePath).isEmpty());
        RecoveryCandidate c {QStringLiteral("x"), autosavePath, savedPath, QDateTime::currentDateTimeUtc()};
        RecoveryDialog dialog(c);
        dialog.showDifferences();
        QVERIFY2(dialog.differencesView()->toPlainText().contains(QStringLiteral("only in the autosave")),
                 qPrintable(dialog.differencesView()->toPlainText()));
        test::prompts(source).save = [] { return SessionPrompts::SaveChoice::Discard; };
    }
};

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
