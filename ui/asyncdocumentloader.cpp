#include "asyncdocumentloader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

AsyncDocumentLoader::AsyncDocumentLoader(QObject *parent)
    : QObject(parent)
    , m_load([](const QStringList &paths) { return loadDocuments(paths); })
{ }

void AsyncDocumentLoader::setLoadFunction(LoadFunction function)
{
    m_load = std::move(function);
}

int AsyncDocumentLoader::start(const QStringList &paths)
{
    const int job = ++m_job;
    m_busy = true;
    // A watcher rather than QFuture::then(this, ...): then() runs the continuation synchronously
    // when the future is already done, which would emit finished() from inside start(). The
    // watcher always reports through the event loop, and dies with this object, so a result can
    // never reach a destroyed loader. A result whose job is no longer current is dropped.
    auto *watcher = new QFutureWatcher<LoadManyResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != m_job)
            return;
        m_busy = false;
        Q_EMIT finished(job, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_load, paths));
    return job;
}

void AsyncDocumentLoader::cancel()
{
    ++m_job;
    m_busy = false;
}

} // namespace parallax
