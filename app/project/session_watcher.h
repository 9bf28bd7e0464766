// SPDX-License-Identifier: MIT
#pragma once

#include "app/project/project_session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace fg::app {

/// Picks up other users' changes to the open project without a restart: every few seconds it
/// asks the session to poll the store's log head (ProjectSession::pollChanges(), one tiny query
/// on the UI thread — a GeoPackage opened by two desks benefits as a shared PostGIS project
/// does). While @p busy says a worker is using the store, the poll waits for the next tick.
/// UI thread.
class SessionWatcher : public QObject
{
    Q_OBJECT

public:
    /// Polls every @p intervalMs (FARMGUARD_POLL_MS overrides the default).
    explicit SessionWatcher(QObject *parent = nullptr, int intervalMs = defaultInterval());

    static int defaultInterval();
    /// Watches @p session (null: stops).
    void setSession(ProjectSession *session);
    /// Adds a test of "a worker uses the store": while any says so, ticks are skipped (the UI would
    /// wait for the worker).
    void addBusy(std::function<bool()> busy) { m_busy.push_back(std::move(busy)); }
    int interval() const { return m_timer.interval(); }
    /// Polls now (what a tick does); true when the head had moved.
    bool pollNow();
    /// How long the last poll took (ms), for the bench and the curious.
    double lastPollMs() const { return m_lastPollMs; }

signals:
    /// The project changed under us; incidents and cases are re-read already.
    void changedElsewhere(const fg::app::ProjectSession::Poll &poll);

private:
    QTimer m_timer;
    QPointer<ProjectSession> m_session;
    std::vector<std::function<bool()>> m_busy;
    double m_lastPollMs = 0;
};

} // namespace fg::app
