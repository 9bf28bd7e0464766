// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_job.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"


namespace fg::app {

PatrolJob::PatrolJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJobBase::finished, this, [this] {
        m_busy = false;
        emit finished(m_job.result());
    });
    connect(&m_job, &BackgroundJobBase::progress, this, [this](double fraction) { emit progress(fraction); });
}

PatrolJob::~PatrolJob()
{
    cancel();
    m_job.waitForFinished();
}

bool PatrolJob::start(Work work)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_job.start([work = std::move(work), flag](const BackgroundReport &report) {
        JobOutcome outcome;
        try {
            work([flag, &report](double fraction) {
                report(fraction);
                return !flag->load();
            });
        } catch (const core::InputError &error) {
            outcome.error = error.message();
        } catch (const gis::ReadCancelled &) {
            outcome.cancelled = true;
        } catch (const std::exception &error) {
            outcome.error = QString::fromLocal8Bit(error.what()); // never through the future
        }
        return outcome;
    });
    return true;
}

void PatrolJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PatrolJob::cancelAndWait()
{
    cancel();
    m_job.waitForFinished();
}

} // namespace fg::app
