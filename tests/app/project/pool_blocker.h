// SPDX-License-Identifier: MIT
// Holds the global thread pool's only worker, so the project GUI tests decide what the UI sees
// before a background task runs.
#pragma once

#include <QSemaphore>
#include <QThreadPool>

namespace fg::app::test {

/// Holds the only worker thread of the global pool until released, so a task started meanwhile
/// waits in the queue: the test decides what the UI sees before the worker runs, on any machine.
class PoolBlocker
{
public:
    PoolBlocker()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QThreadPool::globalInstance()->start([this] { m_gate.acquire(); });
    }
    ~PoolBlocker()
    {
        release();
        QThreadPool::globalInstance()->waitForDone();
        QThreadPool::globalInstance()->setMaxThreadCount(m_threads);
    }
    PoolBlocker(const PoolBlocker &) = delete;
    PoolBlocker &operator=(const PoolBlocker &) = delete;
    void release()
    {
        if (!m_released)
            m_gate.release();
        m_released = true;
    }

private:
    int m_threads;
    QSemaphore m_gate;
    bool m_released = false;
};

} // namespace fg::app::test
