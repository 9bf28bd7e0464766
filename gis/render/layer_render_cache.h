// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <mutex>

namespace fg::gis {

class BandOutlines;
class FeatureBoxes;
class VectorLayer;

/// What renders of one layer keep between them: its FeatureBoxes, and its outlines simplified per
/// zoom band (BandOutlines), each built by the first render that needs it, on that render's
/// worker thread (never the UI thread), then shared. Thread-safe. Every call must pass the same
/// layer (the one the cache was made for; MapLayerSet keeps one cache per layer it holds).
class LayerRenderCache
{
public:
    LayerRenderCache();
    ~LayerRenderCache();

    const FeatureBoxes &boxes(const VectorLayer &layer);
    /// The outlines for views of units per pixel in band `band` (BandOutlines::bandOf); null when
    /// the band is too fine for the kept float offsets to stay well under a pixel.
    std::shared_ptr<const BandOutlines> outlines(const VectorLayer &layer, int band, double tolerance,
                                                 double minPixels);

private:
    std::once_flag m_boxesOnce;
    std::unique_ptr<FeatureBoxes> m_boxes;
    std::mutex m_outlinesMutex;
    std::map<int, std::shared_ptr<const BandOutlines>> m_outlines;
};

} // namespace fg::gis
