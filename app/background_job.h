// SPDX-License-Identifier: MIT
#pragma once

#include "app/tsan_handover.h"

#include <QException>
#include <QFutureInterface>
#include <QFutureWatcher>
#include <QObject>
#include <QRunnable>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace fg::app {

class BackgroundJobBase;

/// What a job's work may tell the UI thread while it runs: its progress (posted as an event to
/// the job, which emits progress() on its own thread). Returns false once the job is cancelled.
class BackgroundReport
{
public:
    /// job may be null (nobody to tell); both outlive the report.
    BackgroundReport(const BackgroundJobBase *job, const QFutureInterfaceBase &future)
        : m_job(job), m_future(&future)
    {
    }
    bool operator()(double fraction, const QString &what = QString()) const;
    /// The same as a count (the job emits counted()).
    bool count(int done, int total) const;
    bool cancelled() const;

private:
    const BackgroundJobBase *m_job;
    const QFutureInterfaceBase *m_future;
};

/// The signals and the progress events of BackgroundJob<T> (a template cannot be a Q_OBJECT).
class BackgroundJobBase : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    /// On the job's thread (the UI thread), in the order the work reported them, before finished().
    void progress(double fraction, const QString &what);
    /// As progress(), for work that counts (BackgroundReport::count()).
    void counted(int done, int total);
    /// The work returned, threw or was cancelled (cancelled() then says so).
    void finished();

protected:
    bool event(QEvent *event) override;

private:
    friend class BackgroundReport;
    /// From the worker: builds the event (deliver runs on arrival), releases it to TSan, then posts it
    /// to this job, so that Qt drops it if the job is deleted first.
    void post(std::function<void(BackgroundJobBase &job)> deliver) const;
};

/// One piece of work on QThreadPool::globalInstance(), its result taken on the UI thread: what
/// QtConcurrent::run with a QFutureWatcher did, but with every hand-over visible to
/// ThreadSanitizer. The task (the work, its captures and the future) is built whole before the
/// pool gets it; the worker acquires it first and releases after storing the result, before the
/// future finishes; result() and waitForFinished() acquire before the UI thread reads it.
/// An exception the work throws is carried to result(), which rethrows it (QException as it
/// is, anything else as QUnhandledException), as QtConcurrent::run did.
/// Like QFutureWatcher, deleting the job does not wait: the owner waits (waitForFinished())
/// before it frees what the work reads, and before it deletes a job whose work reports.
template <typename T> class BackgroundJob final : public BackgroundJobBase
{
public:
    explicit BackgroundJob(QObject *parent = nullptr) : BackgroundJobBase(parent)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundJobBase::finished);
    }
    ~BackgroundJob() override { dropResult(); }

    /// Runs work() or work(const BackgroundReport &) on the pool; isRunning() from now on.
    template <typename F> void start(F work);
    /// Asks the work to stop: its report returns false from now on; if it has not started it
    /// never runs, and a result it still returns is dropped. finished() follows as always.
    void cancel() { m_watcher.cancel(); }

    bool isRunning() const { return m_watcher.isRunning(); }
    bool isCancelled() const { return m_watcher.isCanceled(); }
    /// Waits for the work; what it wrote is the caller's to read from then on. Rethrows what
    /// the work threw (Qt 6's QFuture::waitForFinished does).
    void waitForFinished()
    {
        try {
            m_watcher.waitForFinished();
        } catch (...) {
            acquireResult();
            throw;
        }
        acquireResult();
    }
    /// The work's result (waits for it). Rethrows what the work threw.
    T result()
    {
        waitForFinished();
        return m_watcher.result();
    }

    /// Fire and forget: work() on the pool, nobody waiting (e.g. freeing big memory off the UI
    /// thread). work must capture only what it owns.
    template <typename F> static void detach(F work);

private:
    template <typename F> class Task;
    void acquireResult() const
    {
        if (m_handover)
            tsan::acquire(m_handover.get());
    }
    /// Before the watcher lets go of the last run's future: whichever thread drops the last
    /// reference frees the result (the worker's task may go after the job), so both sides
    /// acquire what the other released first.
    void dropResult() const
    {
        if (m_handover) {
            tsan::acquire(m_handover.get());
            tsan::release(m_handover.get());
        }
    }
    QFutureWatcher<T> m_watcher;
    /// TSan's token for the result's hand-over; shared, as the task may outlive the job.
    std::shared_ptr<const char> m_handover;
};

template <typename T> template <typename F> class BackgroundJob<T>::Task final : public QRunnable
{
public:
    Task(const BackgroundJobBase *job, std::shared_ptr<const char> handover, F work)
        : m_job(job), m_handover(std::move(handover)), m_work(std::move(work))
    {
        m_future.setThreadPool(QThreadPool::globalInstance());
        m_future.setRunnable(this);
        m_future.reportStarted();
    }

    /// The future may be the last reference to the result, read on the UI thread meanwhile.
    ~Task() override
    {
        if (m_handover)
            tsan::acquire(m_handover.get());
    }

    QFuture<T> future() { return m_future.future(); }

    /// Hands the finished task to the pool (which deletes it after run()).
    void start()
    {
        tsan::release(this);
        QThreadPool::globalInstance()->start(this);
    }

    void run() override
    {
        tsan::acquire(this);
        if (!m_future.isCanceled())
            call();
        // The captures go before the future finishes: the owner may free what they pointed to.
        m_work.reset();
        if (m_handover)
            tsan::release(m_handover.get());
        m_future.reportFinished();
    }

private:
    void call()
    {
        try {
            if constexpr (std::is_invocable_v<F &, const BackgroundReport &>) {
                const BackgroundReport report(m_job, m_future);
                store([&] { return (*m_work)(report); });
            } else {
                store([&] { return (*m_work)(); });
            }
        } catch (QException &e) {
            m_future.reportException(e);
        } catch (...) {
            m_future.reportException(QUnhandledException(std::current_exception()));
        }
    }
    template <typename G> void store(G &&invoke)
    {
        if constexpr (std::is_void_v<T>)
            invoke();
        else
            m_future.reportResult(invoke());
    }

    const BackgroundJobBase *m_job;
    const std::shared_ptr<const char> m_handover;
    std::optional<F> m_work;
    QFutureInterface<T> m_future;
};

template <typename T> template <typename F> void BackgroundJob<T>::start(F work)
{
    dropResult(); // setFuture() lets go of the last run's future
    m_handover = std::make_shared<const char>();
    auto *task = new Task<F>(this, m_handover, std::move(work));
    m_watcher.setFuture(task->future());
    task->start();
}

template <typename T> template <typename F> void BackgroundJob<T>::detach(F work)
{
    (new Task<F>(nullptr, nullptr, std::move(work)))->start();
}

} // namespace fg::app
