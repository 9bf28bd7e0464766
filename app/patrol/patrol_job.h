// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "gis/store/store_types.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace fg::app {

/// How a background job ended.
struct JobOutcome
{
    bool cancelled = false;
    QString error; ///< set when it failed (core::InputError's message)
    bool ok() const { return !cancelled && error.isEmpty(); }
};

/// Runs one use case on the open project's store in the background (BackgroundJob) with progress
/// and cancel, the way ProjectOpener opens projects: the work gets a gis::StoreProgress whose
/// false return is the user's Cancel; core::InputError and gis::ReadCancelled become the
/// outcome. The store is serialised, so the UI may still read it meanwhile (it waits). One job
/// at a time; UI thread.
class PatrolJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(const gis::StoreProgress &progress)>;

    explicit PatrolJob(QObject *parent = nullptr);
    ~PatrolJob() override;

    /// Starts @p work; false while another job runs.
    bool start(Work work);
    void cancel();
    /// Cancels and waits for the job to end (before its store goes away); finished() follows.
    void cancelAndWait();
    bool isBusy() const { return m_busy; }

signals:
    void progress(double fraction);
    void finished(const fg::app::JobOutcome &outcome);

private:
    BackgroundJob<JobOutcome> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
};

} // namespace fg::app

Q_DECLARE_METATYPE(fg::app::JobOutcome)
