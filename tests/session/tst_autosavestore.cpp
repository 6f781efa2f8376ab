#include "session/autosavestore.h"
#include "session/sessionio.h"
#include "sessionfixture.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace parallax;

class TestAutosaveStore : public QObject
{
    Q_OBJECT

    QString m_dir;

    // Starts the helper, lets it autosave, and returns it still running.
    bool startWriter(QProcess &p)
    {
        p.start(QStringLiteral(SESSION_WRITER_HELPER), {QStringLiteral("autosave"), m_dir});
        return p.waitForStarted() && p.waitForReadyRead(30000) && p.readAll().contains("saved");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("parallax-autosave-test"));
        m_dir = AutosaveStore().directory();
        QVERIFY(m_dir.endsWith(QStringLiteral("/autosave")));
        QVERIFY(m_dir.contains(QStringLiteral("qttest")));
    }

    void init() { QDir(m_dir).removeRecursively(); }
    void cleanupTestCase() { QDir(m_dir).removeRecursively(); }

    void cleanExitLeavesNothing()
    {
        AutosaveStore store;
        QCOMPARE(store.begin(), QString());
        QCOMPARE(store.save(makeFixtureSession(), QString()), QString());
        QVERIFY(QFile::exists(m_dir + u'/' + store.id() + QStringLiteral(".parallax")));
        QVERIFY(store.pendingRecoveries().isEmpty()); // our own slot is never offered
        store.finish();
        QVERIFY(QDir(m_dir).entryList(QDir::Files).isEmpty());
        QVERIFY(AutosaveStore().pendingRecoveries().isEmpty());
    }

    void crashedRunIsOfferedLiveRunIsNot()
    {
        QProcess live;
        QVERIFY(startWriter(live));
        AutosaveStore store;
        QVERIFY(store.pendingRecoveries().isEmpty()); // that window is still running

        ::kill(pid_t(live.processId()), SIGKILL);
        QVERIFY(live.waitForFinished(10000));
        const QList<RecoveryCandidate> pending = store.pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        const RecoveryCandidate c = pending.first();
        QVERIFY(c.autosaved.isValid());
        QVERIFY(qAbs(c.autosaved.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(c.savedPath.isEmpty());
        const SessionReadResult r = loadSession(c.autosavePath);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.session->annotations.size(), 2);
        // Never saved: everything in it is new.
        const QStringList diff = AutosaveStore::differences(c);
        QVERIFY2(diff.join(u'\n').contains(QStringLiteral("annotation a1 added")), qPrintable(diff.join(u'\n')));

        QVERIFY(store.discard(c.id));
        QVERIFY(store.pendingRecoveries().isEmpty());
        QVERIFY(!store.discard(c.id));
    }

    void differencesAgainstSavedFile()
    {
        QTemporaryDir tmp;
        const QString saved = tmp.filePath(QStringLiteral("work.parallax"));
        Session s = makeFixtureSession();
        QCOMPARE(saveSession(s, saved), QString());
        s.annotations[0].note = QStringLiteral("edited after saving");
        s.documents[0].overrides.outlet = QStringLiteral("Northgate Wire Service");

        {
            AutosaveStore crashed;
            QCOMPARE(crashed.save(s, saved), QString());
            // Simulate the crash: the marker stays, its process id is one that has exited.
            QProcess gone;
            gone.start(QStringLiteral("true"));
            QVERIFY(gone.waitForFinished());
            const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
            QFile marker(m_dir + u'/' + crashed.id() + QStringLiteral(".running"));
            QVERIFY(marker.open(QIODevice::WriteOnly | QIODevice::Truncate));
            marker.write(QByteArrayLiteral("{\"pid\":") + QByteArray::number(deadPid) + '}');
        }
        const QList<RecoveryCandidate> pending = AutosaveStore().pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().savedPath, saved);
        const QStringList diff = AutosaveStore::differences(pending.first());
        QCOMPARE(diff.size(), 2);
        QVERIFY2(diff.contains(QStringLiteral("annotation a1 changed (note)")), qPrintable(diff.join(u'\n')));
        QVERIFY2(diff.join(u'\n').contains(QStringLiteral("outlet (as loaded) -> \"Northgate Wire Service\"")),
                 qPrintable(diff.join(u'\n')));
    }

    void orphanMarkersOfDeadRunsGo()
    {
        // A run killed before its first autosave leaves only "<id>.running": the next start removes
        // it, but keeps markers with an autosave (a recovery) and markers of live processes.
        QVERIFY(QDir().mkpath(m_dir));
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const QByteArray deadPid = QByteArray::number(gone.processId() > 0 ? gone.processId() : 999999);
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(m_dir + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        };
        write(QStringLiteral("orphan.running"), "{\"pid\":" + deadPid + '}');
        write(QStringLiteral("alive.running"), "{\"pid\":" + QByteArray::number(QCoreApplication::applicationPid()) + '}');
        write(QStringLiteral("crashed.running"), "{\"pid\":" + deadPid + '}');
        QCOMPARE(saveSession(makeFixtureSession(), m_dir + QStringLiteral("/crashed.parallax")), QString());

        AutosaveStore store;
        QCOMPARE(store.begin(), QString());
        QVERIFY(!QFile::exists(m_dir + QStringLiteral("/orphan.running")));
        QVERIFY(QFile::exists(m_dir + QStringLiteral("/alive.running")));
        QVERIFY(QFile::exists(m_dir + QStringLiteral("/crashed.running")));
        const QList<RecoveryCandidate> pending = store.pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, QStringLiteral("crashed"));
    }
};

QTEST_GUILESS_MAIN(TestAutosaveStore)
#include "tst_autosavestore.moc"
