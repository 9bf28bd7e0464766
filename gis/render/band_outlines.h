// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

class QPainter;

namespace fg::gis {

class FeatureBoxes;
class MapTransform;
class VectorLayer;

/// A layer's polygon and line outlines simplified once for one zoom band (views whose units per
/// pixel lie in [bandUnitsPerPixel, 2 × bandUnitsPerPixel)): each vertex closer than `tolerance`
/// band pixels to the last kept one is dropped, as GeometryPathBuilder does per render, so at
/// any view of the band a drawn outline is within `tolerance` view pixels (< 1) of full detail.
/// Kept as float offsets from the layer's corner in one flat array: a county-wide render reads
/// them instead of asking GEOS for every vertex and simplifying again. Immutable once built:
/// any thread may draw from it.
class BandOutlines
{
public:
    /// Outlines of every row whose box is at least `minPixels` band pixels across (smaller rows
    /// are dots or skipped at every view of the band and get none). Points get none.
    BandOutlines(const VectorLayer &layer, const FeatureBoxes &boxes, double bandUnitsPerPixel, double tolerance,
                 double minPixels);

    /// The band of a view: floor(log2(unitsPerPixel)).
    static int bandOf(double unitsPerPixel);
    /// The smallest units per pixel of a band: 2^band.
    static double bandUnitsPerPixel(int band);

    /// True when the row has an outline here (it may have no ring left: nothing to draw).
    bool has(int row) const;
    /// Draws the row's rings (odd-even, so holes stay open; open rings for lines) with the
    /// painter's pen and brush in the view's pixels. Returns false when no ring survived the
    /// simplification (nothing drawn).
    bool draw(QPainter &painter, int row, const MapTransform &view) const;
    /// The row's rings in map units (for tests): outer and holes of each part, first == last.
    std::vector<std::vector<QPointF>> rings(int row) const;

private:
    void appendGeometry(const void *geometry, double toleranceSquared, std::vector<double> &buffer);
    void appendRing(const void *sequence, bool closed, double toleranceSquared, std::vector<double> &buffer);

    QPointF m_origin;
    double m_unitsPerPixel = 1;
    std::vector<bool> m_hasRow;
    std::vector<uint32_t> m_rowFirstRing;   ///< row r's rings: [m_rowFirstRing[r], m_rowFirstRing[r + 1])
    std::vector<uint32_t> m_ringStart{0};   ///< ring r's points: [m_ringStart[r], m_ringStart[r + 1])
    std::vector<bool> m_ringClosed;
    std::vector<float> m_xy;                ///< band pixels from m_origin, y up
};

} // namespace fg::gis
