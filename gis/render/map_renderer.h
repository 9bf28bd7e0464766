// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_renderer.h"
#include "gis/render/map_decorations.h"

#include <atomic>

namespace fg::gis {

/// Stacks layer images bottom to top with each layer's opacity on the job's background, then
/// places the labels of all layers together (so that no two overlap) and draws them.
/// `layers` must be in the job's layer order. Thread-safe.
QImage composeMap(const RenderJob &job, const std::vector<LayerImage> &layers);

/// Renders a whole job on the calling thread (tests, benchmarks, export): every layer, the
/// composition and, when `decorations` is given, the scale bar and north arrow.
/// Returns a null image when `cancel` was set.
QImage renderMap(const RenderJob &job, const std::atomic_bool *cancel = nullptr,
                 const DecorationTexts *decorations = nullptr);

} // namespace fg::gis
