#include "comparisonrunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
    , m_compare([](const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel) {
        return compare(documents, options, cancel);
    })
{ }

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
    const int job = ++m_job;
    m_busy = true;
    // As in AsyncDocumentLoader: a watcher reports through the event loop and dies with us.
    auto *watcher = new QFutureWatcher<Comparison>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_job)
            return;
        m_busy = false;
        const Comparison result = watcher->result();
        if (result.cancelled)
            return; // cancel() already said so
        Q_EMIT finished(job, result);
    });
    // The lambda owns a reference to the flag, so the worker never reads a dead atomic.
    watcher->setFuture(QtConcurrent::run(
        [compareFn = m_compare, documents, options, flag] { return compareFn(documents, options, flag.get()); }));
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
    Q_EMIT cancelled(job);
}

} // namespace parallax
