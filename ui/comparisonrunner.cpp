#include "comparisonrunner.h"

#include <QFutureWatcher>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
    , m_compare([](const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel) {
        return compare(documents, options, cancel);
    })
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        const int value = m_progress ? m_progress->load(std::memory_order_relaxed) : 0;
        if (!m_busy || value == m_progressShown)
            return;
        m_progressShown = value;
        Q_EMIT progressChanged(m_job, value);
    });
}

ComparisonRunner::~ComparisonRunner()
{
    // The worker may outlive us for a moment; the flag is shared, so raising it is safe.
    if (m_cancel)
        m_cancel->store(true);
}

void ComparisonRunner::setCompareFunction(CompareFunction function)
{
    m_compare = std::move(function);
}

int ComparisonRunner::start(const QList<Document> &documents, const CompareOptions &options)
{
    if (m_cancel)
        m_cancel->store(true);
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    auto progress = std::make_shared<std::atomic_int>(0);
    m_progress = progress;
    m_progressShown = 0;
    const int job = ++m_job;
    m_busy = true;
    m_progressTimer->start();
    // The window's comparisons use every core; the result is the same as on one.
    CompareOptions jobOptions = options;
    if (jobOptions.threads <= 1)
        jobOptions.threads = std::max(1, QThread::idealThreadCount());
    jobOptions.progress = [progress, userProgress = options.progress](int permille) {
        progress->store(permille, std::memory_order_relaxed);
        if (userProgress)
            userProgress(permille);
    };
    // As in AsyncDocumentLoader: a watcher reports through the event loop and dies with us.
    auto *watcher = new QFutureWatcher<Comparison>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_job)
            return;
        m_busy = false;
        m_progressTimer->stop();
        m_progressShown = 0;
        const Comparison result = watcher->result();
        if (result.cancelled)
            return; // cancel() already said so
        Q_EMIT finished(job, result);
    });
    // The lambda owns a reference to the flag, so the worker never reads a dead atomic.
    watcher->setFuture(QtConcurrent::run(
        [compareFn = m_compare, documents, jobOptions, flag] { return compareFn(documents, jobOptions, flag.get()); }));
    Q_EMIT started(job);
    return job;
}

void ComparisonRunner::cancel()
{
    if (!m_busy)
        return;
    if (m_cancel)
        m_cancel->store(true);
    const int job = m_job++;
    m_busy = false;
    m_progressTimer->stop();
    m_progressShown = 0;
    Q_EMIT cancelled(job);
}

} // namespace parallax
