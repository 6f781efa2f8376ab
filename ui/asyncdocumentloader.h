#pragma once

#include "document/loaddocument.h"

#include <QObject>

#include <functional>

namespace parallax {

/// \brief Loads documents on a worker thread. Every start() gets a new job number; only the
/// newest job's result is delivered, so a slow earlier load can never overwrite a later one.
class AsyncDocumentLoader final : public QObject
{
    Q_OBJECT
public:
    /// Runs on a worker thread: must not touch widgets.
    using LoadFunction = std::function<LoadManyResult(const QStringList &paths)>;

    explicit AsyncDocumentLoader(QObject *parent = nullptr);

    /// Replaces the function that loads (the default is loadDocuments()); a seam for tests.
    void setLoadFunction(LoadFunction function);

    /// Starts loading `paths` and supersedes any job still running. Returns the job number.
    int start(const QStringList &paths);
    /// Forgets the running job: its result will be dropped.
    void cancel();

    bool isBusy() const { return m_busy; }
    int currentJob() const { return m_job; }

Q_SIGNALS:
    void finished(int job, const parallax::LoadManyResult &result);

private:
    LoadFunction m_load;
    int m_job = 0;
    bool m_busy = false;
};

} // namespace parallax
