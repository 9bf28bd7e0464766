// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_job.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fg::app {

PatrolJob::PatrolJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        emit finished(m_watcher.result());
    });
}

PatrolJob::~PatrolJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool PatrolJob::start(Work work)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    PatrolJob *self = this; // the destructor waits for the task
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), flag, self] {
        JobOutcome outcome;
        try {
            work([flag, self](double fraction) {
                QMetaObject::invokeMethod(
                    self, [self, fraction] { emit self->progress(fraction); }, Qt::QueuedConnection);
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
    }));
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
    m_watcher.waitForFinished();
}

} // namespace fg::app
