#include "comparisonrunner.h"
#include "handmadecomparison.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace parallax;

namespace {

/// Holds every comparison on its worker thread until the test lets it go, and records what the
/// cancel flag said when it was released.
struct Gate
{
    QSemaphore open;
    std::atomic<int> started {0};
    std::atomic<int> sawCancel {0};
    std::atomic<QThread *> thread {nullptr};
};

ComparisonRunner::CompareFunction gated(const std::shared_ptr<Gate> &gate)
{
    return [gate](const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel) {
        ++gate->started;
        gate->thread = QThread::currentThread();
        gate->open.acquire();
        Comparison c = test::handmadeComparison();
        c.documents = documents;
        c.pivotDocument = options.pivotDocument;
        if (cancel && cancel->load()) {
            ++gate->sawCancel;
            c.cancelled = true;
        }
        return c;
    };
}

} // namespace

class TestComparisonRunner final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOffTheUiThread()
    {
        auto gate = std::make_shared<Gate>();
        ComparisonRunner runner;
        runner.setCompareFunction(gated(gate));
        QSignalSpy finished(&runner, &ComparisonRunner::finished);
        const QList<Document> docs = test::handmadeComparison().documents;
        const int job = runner.start(docs, {});
        QVERIFY(runner.isBusy());
        QTRY_COMPARE(gate->started.load(), 1);
        QVERIFY(gate->thread.load() != QThread::currentThread());
        QCOMPARE(finished.size(), 0);
        gate->open.release();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toInt(), job);
        QCOMPARE(finished.at(0).at(1).value<Comparison>().documents.size(), 3);
        QVERIFY(!runner.isBusy());
    }

    void newerJobCancelsAndReplacesOlder()
    {
        auto gate = std::make_shared<Gate>();
        ComparisonRunner runner;
        runner.setCompareFunction(gated(gate));
        QSignalSpy finished(&runner, &ComparisonRunner::finished);
        const QList<Document> docs = test::handmadeComparison().documents;
        runner.start(docs, {});
        QTRY_COMPARE(gate->started.load(), 1);
        CompareOptions second;
        second.pivotDocument = 2;
        const int job = runner.start(docs, second);
        gate->open.release(2);
        QVERIFY(finished.wait());
        QTest::qWait(50);
        // Only the newer result arrives, and the older job saw its flag raised.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), job);
        QCOMPARE(finished.at(0).at(1).value<Comparison>().pivotDocument, 2);
        QCOMPARE(gate->sawCancel.load(), 1);
    }

    void cancelRaisesTheFlagAndDeliversNothing()
    {
        auto gate = std::make_shared<Gate>();
        ComparisonRunner runner;
        runner.setCompareFunction(gated(gate));
        QSignalSpy finished(&runner, &ComparisonRunner::finished);
        QSignalSpy cancelled(&runner, &ComparisonRunner::cancelled);
        runner.start(test::handmadeComparison().documents, {});
        QTRY_COMPARE(gate->started.load(), 1);
        runner.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!runner.isBusy());
        gate->open.release();
        QTRY_COMPARE(gate->sawCancel.load(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }

    void realEngineRuns()
    {
        ComparisonRunner runner;
        QSignalSpy finished(&runner, &ComparisonRunner::finished);
        runner.start(test::handmadeComparison().documents, {});
        QVERIFY(finished.wait(20000));
        const Comparison c = finished.at(0).at(1).value<Comparison>();
        QCOMPARE(c.documents.size(), 3);
        QVERIFY(!c.cancelled);
        QVERIFY(!c.groups.isEmpty());
    }

    void reportsProgressAndUsesEveryCore()
    {
        // The engine's progress reaches the UI thread as a signal; the window's jobs use every core.
        ComparisonRunner runner;
        auto gate = std::make_shared<Gate>();
        std::atomic_int threadsSeen = 0;
        runner.setCompareFunction(
            [gate, &threadsSeen](const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *) {
                threadsSeen = options.threads;
                options.progress(250);
                gate->open.acquire();
                options.progress(1000);
                Comparison c = test::handmadeComparison();
                c.documents = documents;
                return c;
            });
        QSignalSpy progress(&runner, &ComparisonRunner::progressChanged);
        QSignalSpy finished(&runner, &ComparisonRunner::finished);
        const int job = runner.start(test::handmadeComparison().documents, {});
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 5000);
        QCOMPARE(progress.first().at(0).toInt(), job);
        QCOMPARE(progress.first().at(1).toInt(), 250);
        QCOMPARE(runner.progress(), 250);
        QCOMPARE(threadsSeen.load(), std::max(1, QThread::idealThreadCount()));
        gate->open.release();
        QVERIFY(finished.wait(5000));
        QCOMPARE(runner.progress(), 0); // idle again
    }
};

QTEST_GUILESS_MAIN(TestComparisonRunner)
#include "tst_comparisonrunner.moc"
