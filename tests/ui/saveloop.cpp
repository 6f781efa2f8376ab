// The process tst_appkill kills: `saveloop TARGET FILE...` opens FILE... (articles or a .parallax
// session) in the real main window, answers any crash recovery with Recover, then keeps saving the
// session to TARGET and editing one note "save-loop N" (N counts up) so that autosaves follow,
// until it is killed. It drives the window's own save, autosave and recovery code as fast as the
// test wants. Prints "recovery-offered ID" and "ready N" lines on stdout for the test.
//
// Test-only: built here, never part of the parallax executable. With PARALLAX_AUTOSAVE_INTERVAL_MS
// set, autosaves come that many milliseconds after a change instead of 10 s.
#include "comparisoncontroller.h"
#include "mainwindow.h"
#include "session/autosavestore.h"
#include "sessioncontroller.h"
#include "sessionprompts.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace parallax;

namespace {

enum ExitCode : int { ExitUsage = 1, ExitLoadFailed = 2, ExitWriteFailed = 3 };

// One save per tick. With a shorter autosave interval the autosave timer also fires between two
// ticks, so both kinds of write happen all the time.
constexpr int tickMs = 5;
const QString notePrefix = QStringLiteral("save-loop ");

// Line-buffered for the test, which waits for these lines.
void say(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void fail(const QString &why, int exitCode)
{
    std::fputs((QStringLiteral("saveloop: ") + why + u'\n').toUtf8().constData(), stderr);
    QCoreApplication::exit(exitCode);
}

struct LoopNote
{
    QString id;
    qint64 counter = 0;
};

// The note an earlier (killed) run left in the session or its autosave: the count goes on from it.
LoopNote findLoopNote(const Session &session)
{
    for (const Annotation &a : session.annotations) {
        bool ok = false;
        const qint64 n = a.note.startsWith(notePrefix) ? QStringView(a.note).mid(notePrefix.size()).toLongLong(&ok) : 0;
        if (ok)
            return {a.id, n};
    }
    return {};
}

// Answers like a user who recovers whatever is offered, and edits the loop's note to the count.
struct LoopPrompts final : SessionPrompts
{
    qint64 counter = 0;

    std::optional<Annotation> editNote(const Annotation &current, const QString &) override
    {
        Annotation edited = current;
        edited.note = notePrefix + QString::number(counter);
        return edited;
    }
    SaveChoice askToSave() override { return SaveChoice::Cancel; } // the loop neither closes nor opens
    RecoveryDialog::Choice askToRecover(const RecoveryCandidate &candidate) override
    {
        // The line tells the test which autosave was offered.
        say(QStringLiteral("recovery-offered ") + candidate.id);
        return RecoveryDialog::Recover;
    }
};

void run(MainWindow *window, const QString &file)
{
    SessionController *session = window->sessionController();
    auto owned = std::make_unique<LoopPrompts>();
    LoopPrompts *prompts = owned.get();
    session->setPrompts(std::move(owned));
    session->offerRecovery();

    LoopNote note = findLoopNote(session->sessionModel().session());
    if (note.id.isEmpty()) {
        const QList<SessionDocument> &documents = session->sessionModel().session().documents;
        const QString first = documents.isEmpty() || documents.first().document.paragraphs.isEmpty()
            ? QString()
            : documents.first().document.paragraphs.first().text;
        if (!first.isEmpty())
            note.id = session->addNote(0, 0, 0, int(qMin<qsizetype>(8, first.size())), notePrefix + u'0',
                                       builtinAnnotationTags().constFirst());
        if (note.id.isEmpty())
            return fail(QStringLiteral("no article text to annotate"), ExitLoadFailed);
    }
    prompts->counter = note.counter;

    auto ready = std::make_shared<bool>(false);
    auto *timer = new QTimer(window);
    timer->setInterval(tickMs);
    QObject::connect(timer, &QTimer::timeout, window, [session, prompts, file, id = note.id, ready] {
        // Save what the note says now, then change it: the autosave timer writes the new count
        // before the next tick saves it to the file.
        if (!session->saveSession(file))
            return fail(QStringLiteral("cannot save %1").arg(file), ExitWriteFailed);
        const AutosaveStore *store = session->autosaveStore();
        if (!*ready && store && !store->id().isEmpty()) {
            *ready = true; // the file and this run's autosave both exist from here on
            say(QStringLiteral("ready %1").arg(prompts->counter));
        }
        ++prompts->counter;
        session->editNote(id);
    });
    timer->start();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The identity of app/main.cpp: autosaves go where the real app keeps them
    // (AppDataLocation, i.e. $XDG_DATA_HOME/Parallax/parallax/autosave).
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("parallaxreader.org"));
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 2) {
        std::fputs("usage: saveloop TARGET FILE...\n", stderr);
        return ExitUsage;
    }
    const QString target = arguments.constFirst();

    // Neither reads nor writes the user's settings (no recent-files entries from it).
    QTemporaryDir scratchSettings;
    if (scratchSettings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, scratchSettings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratchSettings.path());
    }

    MainWindow window;
    bool intervalOk = false;
    const int autosaveMs = qEnvironmentVariableIntValue("PARALLAX_AUTOSAVE_INTERVAL_MS", &intervalOk);
    if (intervalOk && autosaveMs > 0)
        window.sessionController()->setAutosaveInterval(autosaveMs);
    window.show();
    window.openFiles(arguments.mid(1));
    const ComparisonController *comparison = window.comparisonController();
    auto start = [&window, comparison, target] {
        if (comparison->documents().isEmpty())
            return fail(QStringLiteral("nothing loaded"), ExitLoadFailed);
        run(&window, target);
    };
    if (comparison->isLoading())
        QObject::connect(comparison, &ComparisonController::loadFinished, &window, start, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, &window, start);
    return QApplication::exec();
}
