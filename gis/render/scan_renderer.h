// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_renderer.h"

namespace fg::gis {

/// Draws a layer known only from its shapefile scan (LayerSnapshot::scan, no loaded data): the
/// first picture after opening, while the full read runs. Each kept record is drawn as the render
/// of the loaded layer draws it — skipped below skipBelowPixels, a pixel of its colour below
/// dotBelowPixels, else its rings simplified to simplifyPixels in the view's pixels (odd-even, so
/// holes stay open) — with the same FeatureSymboliser and the class text the scan read. No labels.
/// Onto `target` when given, else onto the layer's own image (null when nothing was drawn).
/// Checks `cancel` before each record. Thread-safe: reads only the immutable job and scan.
LayerImage renderScanLayer(
    const RenderJob &job, size_t index, const std::atomic_bool &cancel, QPainter *target);

} // namespace fg::gis
