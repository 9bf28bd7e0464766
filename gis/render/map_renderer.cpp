// SPDX-License-Identifier: MIT
#include "gis/render/map_renderer.h"

#include <QPainter>

namespace fg::gis {

QImage composeMap(const RenderJob &job, const std::vector<LayerImage> &layers)
{
    QImage image(job.transform.size() * job.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(job.devicePixelRatio);
    image.fill(job.options.background);
    QPainter painter(&image);
    std::vector<LabelCandidate> labels;
    std::vector<QRectF> obstacles;
    for (size_t i = 0; i < layers.size() && i < job.layers.size(); ++i) {
        const LayerStyle &style = job.layers[i].style;
        if (!style.visible || layers[i].image.isNull())
            continue;
        painter.setOpacity(std::clamp(style.opacity, 0.0, 1.0));
        painter.drawImage(QPointF(0, 0), layers[i].image);
        labels.insert(labels.end(), layers[i].labels.begin(), layers[i].labels.end());
        obstacles.insert(obstacles.end(), layers[i].obstacles.begin(), layers[i].obstacles.end());
    }
    painter.setOpacity(1.0);
    if (job.options.labels)
        drawLabels(painter, placeLabels(std::move(labels), QSizeF(job.transform.size()), obstacles));
    return image;
}

QImage renderMap(const RenderJob &job, const std::atomic_bool *cancel, const DecorationTexts *decorations)
{
    const std::atomic_bool never{false};
    const std::atomic_bool &flag = cancel ? *cancel : never;
    std::vector<LayerImage> layers;
    layers.reserve(job.layers.size());
    for (size_t i = 0; i < job.layers.size(); ++i) {
        layers.push_back(renderLayer(job, i, flag));
        if (layers.back().cancelled)
            return {};
    }
    QImage image = composeMap(job, layers);
    if (decorations) {
        QPainter painter(&image);
        const QRectF view(QPointF(0, 0), QSizeF(job.transform.size()));
        drawScaleBar(painter, job.transform, job.geographic, view, *decorations);
        drawNorthArrow(painter, view, *decorations);
    }
    return image;
}

} // namespace fg::gis
