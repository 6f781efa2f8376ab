#pragma once

#include "engine/compare.h"

#include <QObject>

class QTimer;

#include <atomic>
#include <functional>
#include <memory>

namespace parallax {

/// \brief Runs compare() on a worker thread. Every start() gets a job number and its own cancel
/// flag; starting a new job raises the old job's flag, and only the newest job's result is
/// delivered, so a slow earlier comparison never overwrites a later one.
class ComparisonRunner final : public QObject
{
    Q_OBJECT
public:
    /// Runs on a worker thread: must not touch widgets.
    using CompareFunction = std::function<Comparison(const QList<Document> &, const CompareOptions &, const std::atomic_bool *)>;

    explicit ComparisonRunner(QObject *parent = nullptr);
    ~ComparisonRunner() override;

    /// Replaces the function that compares (default: compare()); a seam for tests.
    void setCompareFunction(CompareFunction function);

    /// Starts comparing and cancels any job still running. Returns the job number.
    int start(const QList<Document> &documents, const CompareOptions &options);
    /// Raises the running job's cancel flag and forgets it.
    void cancel();

    bool isBusy() const { return m_busy; }
    int currentJob() const { return m_job; }

    /// How far the running job got, 0..1000 (0 when idle).
    int progress() const { return m_progressShown; }

Q_SIGNALS:
    void started(int job);
    /// The running job's progress, 0..1000; sent at most every 100 ms, on the runner's thread.
    void progressChanged(int job, int permille);
    void finished(int job, const parallax::Comparison &comparison);
    /// The running job was cancelled by cancel() (not by a newer start()).
    void cancelled(int job);

private:
    CompareFunction m_compare;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // The worker stores into it; a timer on our thread reads it (a signal from the worker could
    // outlive the runner, the shared atomic cannot).
    std::shared_ptr<std::atomic_int> m_progress;
    QTimer *m_progressTimer = nullptr;
    int m_progressShown = 0;
    int m_job = 0;
    bool m_busy = false;
};

} // namespace parallax
