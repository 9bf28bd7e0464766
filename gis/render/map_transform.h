// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace fg::gis {

/// Maps between map coordinates (working CRS units, y up) and logical pixels of a view
/// (origin top-left, y down). A plain value: cheap to copy, safe to hand to worker threads.
class MapTransform
{
public:
    MapTransform() = default;
    /// centre: map point at the view centre; unitsPerPixel: map units per logical pixel (> 0).
    MapTransform(QPointF centre, double unitsPerPixel, QSize size);

    /// The transform showing the whole extent inside size, with a margin (fraction of the size).
    static MapTransform fitting(const QRectF &extent, QSize size, double margin = 0.03);

    bool isValid() const { return m_unitsPerPixel > 0 && !m_size.isEmpty(); }
    QPointF centre() const { return m_centre; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    QSize size() const { return m_size; }

    QPointF toPixel(QPointF map) const;
    QPointF toMap(QPointF pixel) const;
    /// Map rectangle covered by the view (normalised: left < right, top < bottom in map units).
    QRectF visibleExtent() const;

    /// Zooms by factor (> 1 zooms in) keeping the map point under `pixel` where it is.
    MapTransform zoomedAround(QPointF pixel, double factor) const;
    /// Moves the view so that the content follows a drag of pixelDelta.
    MapTransform panned(QPointF pixelDelta) const;
    /// Same centre and resolution, another view size.
    MapTransform resized(QSize size) const;
    /// Same centre, resolution given by a scale 1:denominator on a screen of `dpi` dots per inch,
    /// with `metresPerUnit` metres in one map unit.
    MapTransform withScale(double denominator, double dpi, double metresPerUnit = 1.0) const;
    /// The scale denominator N of 1:N on a screen of `dpi` dots per inch.
    double scaleDenominator(double dpi, double metresPerUnit = 1.0) const;

    /// Pixel-to-pixel transform taking an image rendered with `rendered` to where its content
    /// belongs in this view: used to show the last image at once while panning and zooming.
    QTransform pixelTransformFrom(const MapTransform &rendered) const;

    bool operator==(const MapTransform &other) const;
    bool operator!=(const MapTransform &other) const { return !(*this == other); }

private:
    QPointF m_centre;
    double m_unitsPerPixel = 0;
    QSize m_size;
};

} // namespace fg::gis
