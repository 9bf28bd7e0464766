// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "gis/render/layer_renderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace fg::app {

/// Runs map renders off the UI thread: one BackgroundJob per layer on an immutable RenderJob,
/// then one task that composites the layers and places labels. A new request cancels the running
/// render (atomic flag checked per feature) and is debounced by a single-shot timer.
/// Lives on the UI thread; signals arrive there.
class RenderScheduler : public QObject
{
    Q_OBJECT

public:
    explicit RenderScheduler(QObject *parent = nullptr);
    ~RenderScheduler() override;

    /// Debounce delay in ms before a requested render starts (0 renders on the next event loop turn).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Replaces any pending or running render with this one.
    void request(gis::RenderJob job);
    /// Cancels the running render, if any.
    void cancel();
    bool isBusy() const { return m_timer.isActive() || m_flight; }

signals:
    void started();
    /// A finished render: the image and the job it was made for, and its duration.
    void rendered(const QImage &image, const gis::MapTransform &transform, qint64 milliseconds);

private:
    void start();
    void layerDone();
    void composeDone();

    /// One render in flight. Dropping it disconnects and deletes its jobs later (one of them
    /// may be emitting right now); its tasks hold their own shared copies of the job and cancel
    /// flag, so they end safely on their own.
    struct Flight
    {
        ~Flight();
        std::shared_ptr<const gis::RenderJob> job;
        std::shared_ptr<std::atomic_bool> cancel;
        std::vector<BackgroundJob<gis::LayerImage> *> layers;
        BackgroundJob<QImage> *compose = nullptr;
        size_t remaining = 0;
        QElapsedTimer clock;
    };

    QTimer m_timer;
    std::shared_ptr<const gis::RenderJob> m_pending;
    std::unique_ptr<Flight> m_flight;
};

} // namespace fg::app
