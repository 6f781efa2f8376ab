#include "session/sessionio.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace parallax;

// Kills a process that saves sessions in a loop at random moments: the target file must always
// be a complete session (the old one or the new one), never a torn mix.
class TestSaveCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringSave()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("s.parallax"));
        QRandomGenerator rng(20240303);
        QSet<qsizetype> sizes;
        for (int round = 0; round < 24; ++round) {
            QProcess p;
            p.start(QStringLiteral(SESSION_WRITER_HELPER), {QStringLiteral("loop"), target});
            QVERIFY(p.waitForStarted());
            QVERIFY(p.waitForReadyRead(30000));
            QTest::qWait(int(rng.bounded(20, 400)));
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            if (!QFile::exists(target))
                continue; // killed before the first save committed
            const SessionReadResult r = loadSession(target);
            QVERIFY2(r.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.error)));
            const qsizetype paragraphs = r.session->documents.at(0).document.paragraphs.size();
            QVERIFY(paragraphs == 51 || paragraphs == 4001);
            sizes.insert(paragraphs);
            // Left-over temporary files from QSaveFile are fine; the target is what matters.
        }
        QVERIFY2(QFile::exists(target), "no save ever completed");
        qInfo() << "session sizes seen after kills:" << sizes.values();
    }
};

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
