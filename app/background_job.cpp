// SPDX-License-Identifier: MIT
#include "app/background_job.h"

#include <QCoreApplication>
#include <QEvent>

namespace fg::app {

namespace {

/// A worker's report on its way to the job's thread, built whole on the worker.
class ReportEvent final : public QEvent
{
public:
    static QEvent::Type kind()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    explicit ReportEvent(std::function<void(BackgroundJobBase &)> call) : QEvent(kind()), deliver(std::move(call)) {}
    // Qt deletes a report never delivered (its job deleted first) on the job's thread too.
    ~ReportEvent() override { tsan::acquire(this); }
    const std::function<void(BackgroundJobBase &)> deliver;
};

} // namespace

bool BackgroundReport::operator()(double fraction, const QString &what) const
{
    if (m_job)
        m_job->post([fraction, what](BackgroundJobBase &job) { emit job.progress(fraction, what); });
    return !cancelled();
}

bool BackgroundReport::count(int done, int total) const
{
    if (m_job)
        m_job->post([done, total](BackgroundJobBase &job) { emit job.counted(done, total); });
    return !cancelled();
}

bool BackgroundReport::cancelled() const
{
    return m_future->isCanceled();
}

void BackgroundJobBase::post(std::function<void(BackgroundJobBase &job)> deliver) const
{
    auto *event = new ReportEvent(std::move(deliver));
    tsan::release(event);
    QCoreApplication::postEvent(const_cast<BackgroundJobBase *>(this), event);
}

bool BackgroundJobBase::event(QEvent *event)
{
    tsan::acquire(event); // before anything of it is read, its type too
    if (event->type() != ReportEvent::kind())
        return QObject::event(event);
    static_cast<const ReportEvent *>(event)->deliver(*this);
    return true;
}

} // namespace fg::app
