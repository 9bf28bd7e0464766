// SPDX-License-Identifier: MIT
#include "app/project/session_watcher.h"

#include "core/input_error.h"

namespace fg::app {

SessionWatcher::SessionWatcher(QObject *parent, int intervalMs)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        for (const std::function<bool()> &busy : m_busy)
            if (busy())
                return;
        pollNow();
    });
}

int SessionWatcher::defaultInterval()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("FARMGUARD_POLL_MS", &ok);
    return ok && ms > 0 ? ms : 3000;
}

void SessionWatcher::setSession(ProjectSession *session)
{
    m_session = session;
    if (session)
        m_timer.start();
    else
        m_timer.stop();
}

bool SessionWatcher::pollNow()
{
    if (!m_session)
        return false;
    QElapsedTimer clock;
    clock.start();
    ProjectSession::Poll poll;
    try {
        poll = m_session->pollChanges();
    } catch (const core::InputError &) {
        // A server away for a moment: the next tick asks again; edits report their own errors.
        return false;
    }
    m_lastPollMs = double(clock.nsecsElapsed()) / 1e6;
    if (poll.moved)
        emit changedElsewhere(poll);
    return poll.moved;
}

} // namespace fg::app
