// Kills the real main window with SIGKILL while it saves and autosaves, many times over.
// The process is tests/ui/saveloop.cpp (`parallax_saveloop TARGET FILE...`, built for tests only):
// the parallax window on FILE..., which answers a crash recovery with Recover, then saves TARGET
// every few milliseconds while editing one note "save-loop N" with N counting up, and autosaves
// between the saves (PARALLAX_AUTOSAVE_INTERVAL_MS). Each round starts it on what the last one
// left behind.
//
// Whatever moment the kill hits, after every round:
// - FILE is absent (no save finished yet) or a complete session whose count never goes down;
// - every pending autosave is a complete session, offered by AutosaveStore::pendingRecoveries()
//   because its marker names a dead process; a run that had autosaved leaves one that holds the
//   file's count or the next one;
// - the newest count on disk (file or autosave) never goes down: nothing written is lost;
// - the next start offers the newest autosave ("recovery-offered ID" on its stdout);
// - no file is left that the next run would mistake for a session or an autosave.
// HOME and the XDG folders point into a temporary directory: the user's data is never touched.
#include "session/autosavestore.h"
#include "session/sessionio.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace parallax;

namespace {

constexpr int rounds = 36;
const QString notePrefix = QStringLiteral("save-loop ");

// The count in the save loop's note, or -1 when the session has none.
qint64 loopCount(const Session &session)
{
    for (const Annotation &a : session.annotations) {
        bool ok = false;
        const qint64 n = a.note.startsWith(notePrefix) ? QStringView(a.note).mid(notePrefix.size()).toLongLong(&ok) : -1;
        if (ok)
            return n;
    }
    return -1;
}

qint64 markerPid(const QString &markerPath)
{
    QFile f(markerPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("pid")).toInteger(-1);
}

QStringList lines(const QByteArray &output, QStringView prefix)
{
    QStringList out;
    const QStringList all = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : all) {
        if (line.startsWith(prefix))
            out.append(line.mid(prefix.size()));
    }
    return out;
}

} // namespace

class TestAppKill final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QString m_autosaveDir;

    QStringList sampleArticles() const
    {
        const QDir dir(QStringLiteral(PARALLAX_SAMPLES_DIR "/holvik-dam-breach/articles"));
        QStringList files;
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("PARALLAX_AUTOSAVE_INTERVAL_MS"), QStringLiteral("1"));
        for (const char *name :
             {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = m_root.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(dir));
            // Qt wants the runtime folder private to the user.
            QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
            m_env.insert(QString::fromLatin1(name), dir);
        }
        // AppDataLocation of the app: organisation "Parallax", application "parallax" (app/main.cpp,
        // and saveloop.cpp the same).
        m_autosaveDir = m_root.filePath(QStringLiteral("xdg_data_home/Parallax/parallax/autosave"));
        QVERIFY(!sampleArticles().isEmpty());
    }

    void killWhileSavingAndAutosaving()
    {
        const QString sessionDir = m_root.filePath(QStringLiteral("sessions"));
        QVERIFY(QDir().mkpath(sessionDir));
        const QString target = QDir(sessionDir).filePath(QStringLiteral("dam.parallax"));
        QRandomGenerator rng(20261205);

        qint64 fileCount = -1; // the count in `target` after the previous round
        qint64 newest = -1; // the highest count on disk (file or autosave) after the previous round
        QString expectOffered; // the autosave the next start must offer
        QSet<qint64> killedPids;
        int readyRounds = 0, offered = 0, autosaveAhead = 0, autosaveEqual = 0;
        QElapsedTimer clock;
        clock.start();

        for (int round = 0; round < rounds; ++round) {
            const QString where = QStringLiteral("round %1: ").arg(round);
            // Every fifth round dies at any moment of start-up: loading, recovery, first writes.
            const bool early = round % 5 == 4;
            QStringList arguments {target};
            arguments += QFile::exists(target) ? QStringList {target} : sampleArticles();
            QProcess app;
            app.setProcessEnvironment(m_env);
            app.start(QStringLiteral(PARALLAX_SAVELOOP_BINARY), arguments);
            QVERIFY(app.waitForStarted());
            const qint64 pid = app.processId();

            QByteArray out;
            if (early) {
                QTest::qWait(int(rng.bounded(0, 600)));
            } else {
                QElapsedTimer wait;
                wait.start();
                while (!out.contains("\nready ") && !out.startsWith("ready ") && app.state() == QProcess::Running
                       && wait.elapsed() < 60000) {
                    app.waitForReadyRead(500);
                    out += app.readAllStandardOutput();
                }
                QVERIFY2(lines(out, u"ready ").size() == 1,
                         qPrintable(where + QStringLiteral("never ready: ") + QString::fromUtf8(app.readAllStandardError())));
                QTest::qWait(int(rng.bounded(0, 250)));
            }
            ::kill(pid_t(pid), SIGKILL);
            QVERIFY(app.waitForFinished(10000));
            out += app.readAllStandardOutput();
            // Killed, never ended by itself (a failed save would have made it exit).
            QVERIFY2(app.exitStatus() == QProcess::CrashExit, qPrintable(where + QString::fromUtf8(app.readAllStandardError())));
            killedPids.insert(pid);
            const QStringList ready = lines(out, u"ready ");
            readyRounds += ready.isEmpty() ? 0 : 1;

            // The next start offered the newest autosave of the killed run before.
            const QStringList offeredIds = lines(out, u"recovery-offered ");
            QVERIFY2(offeredIds.size() <= 1, qPrintable(where + offeredIds.join(u' ')));
            if (!offeredIds.isEmpty())
                QCOMPARE(offeredIds.constFirst(), expectOffered);
            if (!ready.isEmpty() && !expectOffered.isEmpty())
                QVERIFY2(offeredIds.size() == 1, qPrintable(where + QStringLiteral("recovery not offered")));
            offered += int(offeredIds.size());

            // The session file: absent until a first save, then always whole and never older.
            qint64 onDisk = -1;
            if (QFile::exists(target)) {
                const SessionReadResult read = loadSession(target);
                QVERIFY2(read.ok(), qPrintable(where + read.error));
                onDisk = loopCount(*read.session);
                QVERIFY2(onDisk >= 0, qPrintable(where + QStringLiteral("no save-loop note in the file")));
                QVERIFY2(onDisk >= fileCount,
                         qPrintable(where + QStringLiteral("file went back from %1 to %2").arg(fileCount).arg(onDisk)));
                if (!ready.isEmpty())
                    QVERIFY(onDisk >= ready.constFirst().toLongLong());
            } else {
                QVERIFY2(fileCount < 0, qPrintable(where + QStringLiteral("the session file disappeared")));
                QVERIFY(ready.isEmpty());
            }
            fileCount = onDisk;

            // The autosaves: each complete, each of a dead run; this run's (if it wrote one)
            // holds the file's count or the next one.
            const AutosaveStore store(m_autosaveDir);
            const QList<RecoveryCandidate> candidates = store.pendingRecoveries();
            qint64 newestNow = onDisk;
            bool mine = false;
            for (const RecoveryCandidate &c : candidates) {
                const SessionReadResult read = loadSession(c.autosavePath);
                QVERIFY2(read.ok(), qPrintable(where + read.error));
                const qint64 count = loopCount(*read.session);
                newestNow = qMax(newestNow, count);
                const QString marker = QDir(m_autosaveDir).filePath(c.id + QStringLiteral(".running"));
                QVERIFY2(killedPids.contains(markerPid(marker)), qPrintable(where + QStringLiteral("marker of ") + c.id));
                if (markerPid(marker) != pid)
                    continue;
                mine = true;
                QVERIFY2(c.savedPath.isEmpty() || c.savedPath == QFileInfo(target).absoluteFilePath(), qPrintable(c.savedPath));
                if (onDisk >= 0) {
                    QVERIFY2(count == onDisk || count == onDisk + 1,
                             qPrintable(where + QStringLiteral("autosave %1, file %2").arg(count).arg(onDisk)));
                    (count == onDisk ? autosaveEqual : autosaveAhead) += 1;
                }
            }
            if (!ready.isEmpty())
                QVERIFY2(mine, qPrintable(where + QStringLiteral("no recovery offered for the killed run")));
            QVERIFY2(newestNow >= newest,
                     qPrintable(where + QStringLiteral("lost work: newest count %1, was %2").arg(newestNow).arg(newest)));
            newest = newestNow;
            expectOffered = candidates.isEmpty() ? QString() : candidates.constFirst().id;

            // Nothing the next run could take for a session or an autosave. QSaveFile's temporary
            // files (none on Linux, which writes unnamed O_TMPFILE files) would carry a suffix.
            static const QRegularExpression autosaveName(
                QStringLiteral("^[0-9a-f-]{36}\\.(parallax|meta|running)(\\.[A-Za-z0-9]{6})?$"));
            const QStringList autosaveFiles = QDir(m_autosaveDir).entryList(QDir::Files | QDir::Hidden);
            for (const QString &name : autosaveFiles)
                QVERIFY2(autosaveName.match(name).hasMatch(), qPrintable(where + name));
            const QStringList sessionFiles = QDir(sessionDir).entryList(QDir::Files | QDir::Hidden);
            for (const QString &name : sessionFiles)
                QVERIFY2(name == u"dam.parallax" || name.startsWith(u"dam.parallax."), qPrintable(where + name));
        }

        QVERIFY(QFile::exists(target));
        // The loop really ran: ready in the rounds not killed early, recoveries offered and
        // accepted, and counts that went up across rounds.
        QVERIFY(readyRounds >= rounds - rounds / 5);
        QVERIFY(offered >= readyRounds - 1);
        QVERIFY(fileCount > 0);
        qInfo("%d rounds in %lld ms; %d ready, %d recoveries offered; final count %lld; autosave equal to the "
              "file %d times, one ahead %d times",
              rounds, qint64(clock.elapsed()), readyRounds, offered, fileCount, autosaveEqual, autosaveAhead);
    }
};

QTEST_GUILESS_MAIN(TestAppKill)
#include "tst_appkill.moc"
