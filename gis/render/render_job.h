// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_style.h"
#include "gis/render/map_transform.h"

#include <QColor>
#include <QString>

#include <cstddef>
#include <memory>
#include <vector>

namespace fg::gis {

class LayerRenderCache;
class ShapefileScan;
class VectorLayer;

/// Level-of-detail and quality switches for one render, in one value.
struct RenderOptions
{
    double simplifyPixels = 0.7;    ///< drop vertices closer than this to the last kept one (logical px)
    double skipBelowPixels = 0.25;  ///< skip features whose envelope is smaller than this (logical px)
    double dotBelowPixels = 1.0;    ///< draw fills smaller than this as one pixel of their colour
    /// From this many features of a layer in view, draw from the layer's outlines simplified once
    /// for the zoom band (LayerSnapshot::cache) rather than from GEOS: a county-wide view. Fewer
    /// are drawn from GEOS, so a closer view of a few parcels never builds a band.
    size_t outlinesFromFeatures = 20000;
    bool antialiasing = true;
    bool labels = true;
    QString labelFontFamily = QStringLiteral("Noto Sans CJK SC");
    QColor background = QColor(250, 250, 248);
};

/// What a worker needs of one layer: shared read-only data (index already built) and a style copy.
struct LayerSnapshot
{
    QString id;
    std::shared_ptr<const VectorLayer> data;
    LayerStyle style;
    /// The layer's boxes, grid and per-band outlines, built by the first render that needs them and
    /// kept with the layer (MapLayerSet holds one per layer). Null: the render indexes the rows in
    /// view itself and draws from GEOS (a one-off render: report maps, tests).
    std::shared_ptr<LayerRenderCache> cache;
    /// Set instead of `data` while the layer is still being read: the first picture after opening
    /// is drawn from the shapefile's memory-mapped records (renderScanLayer).
    std::shared_ptr<const ShapefileScan> scan = nullptr;
};

/// An immutable description of one map render. Built on the UI thread, then only read by workers.
/// Layers are listed bottom to top.
struct RenderJob
{
    MapTransform transform;
    double devicePixelRatio = 1.0;
    bool geographic = false;         ///< map units are degrees (scale bar converts them)
    RenderOptions options;
    std::vector<LayerSnapshot> layers;
};

} // namespace fg::gis
