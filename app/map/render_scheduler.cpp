// SPDX-License-Identifier: MIT
#include "app/map/render_scheduler.h"

#include "gis/render/map_renderer.h"


namespace fg::app {

RenderScheduler::RenderScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, &RenderScheduler::start);
}

RenderScheduler::Flight::~Flight()
{
    for (QObject *watcher : layers) {
        watcher->disconnect();
        watcher->deleteLater();
    }
    if (compose) {
        compose->disconnect();
        compose->deleteLater();
    }
}

RenderScheduler::~RenderScheduler()
{
    cancel();
}

void RenderScheduler::request(gis::RenderJob job)
{
    m_pending = std::make_shared<const gis::RenderJob>(std::move(job));
    cancel();
    m_timer.start();
}

void RenderScheduler::cancel()
{
    if (m_flight)
        m_flight->cancel->store(true);
    m_flight.reset();
}

void RenderScheduler::start()
{
    if (!m_pending)
        return;
    m_flight = std::make_unique<Flight>();
    Flight &flight = *m_flight;
    flight.job = std::move(m_pending);
    flight.cancel = std::make_shared<std::atomic_bool>(false);
    flight.remaining = flight.job->layers.size();
    flight.clock.start();
    emit started();
    if (flight.remaining == 0) {
        flight.remaining = 1;
        layerDone();
        return;
    }
    for (size_t i = 0; i < flight.job->layers.size(); ++i) {
        auto *layer = new BackgroundJob<gis::LayerImage>();
        connect(layer, &BackgroundJobBase::finished, this, &RenderScheduler::layerDone);
        std::shared_ptr<const gis::RenderJob> job = flight.job;
        std::shared_ptr<std::atomic_bool> flag = flight.cancel;
        layer->start([job, flag, i] { return gis::renderLayer(*job, i, *flag); });
        flight.layers.push_back(layer);
    }
}

void RenderScheduler::layerDone()
{
    if (!m_flight || --m_flight->remaining > 0)
        return;
    Flight &flight = *m_flight;
    std::vector<gis::LayerImage> images;
    images.reserve(flight.layers.size());
    for (BackgroundJob<gis::LayerImage> *layer : flight.layers)
        images.push_back(layer->result());
    std::shared_ptr<const gis::RenderJob> job = flight.job;
    flight.compose = new BackgroundJob<QImage>();
    connect(flight.compose, &BackgroundJobBase::finished, this, &RenderScheduler::composeDone);
    flight.compose->start([job, images = std::move(images)] { return gis::composeMap(*job, images); });
}

void RenderScheduler::composeDone()
{
    if (!m_flight)
        return;
    const QImage image = m_flight->compose->result();
    const gis::MapTransform transform = m_flight->job->transform;
    const qint64 elapsed = m_flight->clock.elapsed();
    m_flight.reset();
    emit rendered(image, transform, elapsed);
}

} // namespace fg::app
