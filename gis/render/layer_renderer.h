// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/label_placer.h"
#include "gis/render/render_job.h"

#include <QImage>

#include <atomic>
#include <memory>
#include <vector>

class QPainter;

namespace fg::gis {

/// One layer drawn alone on a transparent image of the job's size, plus the labels it asks for.
struct LayerImage
{
    QString id;
    QImage image;                        ///< ARGB32 premultiplied, devicePixelRatio as in the job; null
                                         ///< when nothing was drawn (nothing in view, hidden, cancelled)
    std::vector<LabelCandidate> labels;  ///< anchored in logical pixels
    std::vector<QRectF> obstacles;       ///< incidents: their boxes on screen, which no other label may cover
    int featuresDrawn = 0;
    int featuresSkipped = 0;             ///< below the level-of-detail threshold
    bool cancelled = false;
};

/// Draws layer `index` of the job: asks the layer's FeatureBoxes (snapshot.boxes, else an index of
/// what its STRtree finds in view) for the rows whose boxes meet the visible extent, skips
/// sub-pixel features, simplifies to a pixel, and symbolises by the layer's style. Checks `cancel`
/// before each feature and returns early (cancelled = true) when it is set.
/// Thread-safe: call from any worker thread; reads only the immutable job.
LayerImage renderLayer(const RenderJob &job, size_t index, const std::atomic_bool &cancel);

/// Allocates the layer's own transparent image (the job's size and pixel ratio) in `out` and
/// returns a painter on it with the job's antialiasing: a layer renderer calls it with its first
/// drawn feature, so a layer with nothing in view costs no image.
std::unique_ptr<QPainter> beginLayerImage(const RenderJob &job, LayerImage &out);

/// The same drawing straight onto `painter` (a device of the job's size and pixel ratio), which
/// must already hold the layers below: for a one-thread render, which then needs no image per
/// layer. The result's image stays null; labels, obstacles and counts are filled as above.
/// The painter's state is restored.
LayerImage renderLayerOnto(QPainter &painter, const RenderJob &job, size_t index, const std::atomic_bool &cancel);

} // namespace fg::gis
