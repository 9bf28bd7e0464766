// SPDX-License-Identifier: MIT
#include "gis/render/layer_render_cache.h"

#include "gis/render/band_outlines.h"
#include "gis/render/feature_boxes.h"

#include <algorithm>

namespace fg::gis {

namespace {

// Float offsets from the layer's corner keep 24 bits: across 2^20 band pixels they stay within
// 1/16 of a pixel.
constexpr double kMaxBandPixels = double(1 << 20);

} // namespace

LayerRenderCache::LayerRenderCache() = default;
LayerRenderCache::~LayerRenderCache() = default;

const FeatureBoxes &LayerRenderCache::boxes(const VectorLayer &layer)
{
    std::call_once(m_boxesOnce, [&] { m_boxes = std::make_unique<FeatureBoxes>(layer); });
    return *m_boxes;
}

std::shared_ptr<const BandOutlines> LayerRenderCache::outlines(const VectorLayer &layer, int band, double tolerance,
                                                               double minPixels)
{
    const FeatureBoxes &all = boxes(layer);
    const double upp = BandOutlines::bandUnitsPerPixel(band);
    if (std::max(all.extent().width(), all.extent().height()) / upp > kMaxBandPixels)
        return nullptr;
    // Built under the lock: a second render of the same band waits for it rather than building
    // it again.
    const std::lock_guard<std::mutex> lock(m_outlinesMutex);
    std::shared_ptr<const BandOutlines> &slot = m_outlines[band];
    if (!slot)
        slot = std::make_shared<const BandOutlines>(layer, all, upp, tolerance, minPixels);
    return slot;
}

} // namespace fg::gis
