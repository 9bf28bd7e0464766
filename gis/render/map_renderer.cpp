// SPDX-License-Identifier: MIT
#include "gis/render/map_renderer.h"

#include <QPainter>

namespace fg::gis {

namespace {

QImage background(const RenderJob &job)
{
    QImage image(job.transform.size() * job.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(job.devicePixelRatio);
    image.fill(job.options.background);
    return image;
}

void gatherLabels(const LayerImage &layer, std::vector<LabelCandidate> &labels, std::vector<QRectF> &obstacles)
{
    labels.insert(labels.end(), layer.labels.begin(), layer.labels.end());
    obstacles.insert(obstacles.end(), layer.obstacles.begin(), layer.obstacles.end());
}

void drawAllLabels(QPainter &painter, const RenderJob &job, std::vector<LabelCandidate> labels,
                   const std::vector<QRectF> &obstacles)
{
    painter.setOpacity(1.0);
    if (job.options.labels)
        drawLabels(painter, placeLabels(std::move(labels), QSizeF(job.transform.size()), obstacles));
}

} // namespace

QImage composeMap(const RenderJob &job, const std::vector<LayerImage> &layers)
{
    QImage image = background(job);
    QPainter painter(&image);
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    for (size_t i = 0; i < layers.size() && i < job.layers.size(); ++i) {
        const LayerStyle &style = job.layers[i].style;
        if (!style.visible || layers[i].image.isNull())
            continue;
        painter.setOpacity(std::clamp(style.opacity, 0.0, 1.0));
        painter.drawImage(QPointF(0, 0), layers[i].image);
        gatherLabels(layers[i], labels, obstacles);
    }
    drawAllLabels(painter, job, std::move(labels), obstacles);
    return image;
}

QImage renderMap(const RenderJob &job, const std::atomic_bool *cancel, const DecorationTexts *decorations)
{
    const std::atomic_bool never{false};
    const std::atomic_bool &flag = cancel ? *cancel : never;
    QImage image = background(job);
    QPainter painter(&image);
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    for (size_t i = 0; i < job.layers.size(); ++i) {
        // An opaque layer is drawn straight onto the map (source-over stacks the same way as
        // composing its own image would), sparing an image per layer; a translucent one needs
        // its own image to be blended as a whole.
        const double opacity = std::clamp(job.layers[i].style.opacity, 0.0, 1.0);
        const LayerImage layer = opacity >= 1.0 ? renderLayerOnto(painter, job, i, flag) : renderLayer(job, i, flag);
        if (layer.cancelled)
            return {};
        if (!layer.image.isNull()) {
            painter.setOpacity(opacity);
            painter.drawImage(QPointF(0, 0), layer.image);
            painter.setOpacity(1.0);
        }
        gatherLabels(layer, labels, obstacles);
    }
    drawAllLabels(painter, job, std::move(labels), obstacles);
    if (decorations) {
        const QRectF view(QPointF(0, 0), QSizeF(job.transform.size()));
        drawScaleBar(painter, job.transform, job.geographic, view, *decorations);
        drawNorthArrow(painter, view, *decorations);
    }
    return image;
}

} // namespace fg::gis
