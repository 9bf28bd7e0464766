// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace fg::gis {

/// Rectangles to test other rectangles against, many times: a uniform grid over their extent.
/// Edges count (closed rectangles, as GEOS envelopes). Immutable once built; any thread may query.
class BoxIndex
{
public:
    /// @p boxes in any CRS (all the same); non-finite ones are ignored (a null QRectF is a point).
    explicit BoxIndex(const std::vector<QRectF> &boxes);
    /// True when the closed rectangle [minX, maxX] × [minY, maxY] meets one of the boxes.
    bool meets(double minX, double minY, double maxX, double maxY) const;
    bool empty() const { return m_boxes.empty(); }

    struct Box
    {
        double minX, minY, maxX, maxY;
    };

private:
    std::vector<Box> m_boxes;
    double m_x0 = 0, m_y0 = 0, m_cellW = 1, m_cellH = 1;
    int m_columns = 1, m_rows = 1;
    std::vector<std::vector<int>> m_cells; // row-major; indices into m_boxes
    int cellX(double x) const;
    int cellY(double y) const;
};

/// The records of a polygon shapefile whose points' bounding box meets one of @p index's boxes,
/// as OGR feature ids (record numbers from 0), ascending: the records that can touch a box.
/// Reads the .shx and the .shp's raw coordinates (memory-mapped), computing each box from the
/// points (a box stored in a record header may be wrong). Null records are left out (no
/// geometry); records with NaN coordinates are kept (the reader skips them with its warning). Returns nullopt
/// — read the whole layer instead — when the files are not a plain 2-D/Z/M polygon or MultiPatch shapefile
/// this reader understands, or when a record lies outside the .shp. Thread-safe.
std::optional<std::vector<qint64>> shapefileRecordsMeeting(
    const QString &shpPath, const QString &shxPath, const BoxIndex &index);

} // namespace fg::gis
