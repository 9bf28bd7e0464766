// SPDX-License-Identifier: MIT
#include "gis/io/shapefile_boxes.h"

#include "gis/io/shapefile_records.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

constexpr int kMaxGridSide = 512;

/// The box of a polygon record's points, computed from the points themselves: the box a writer
/// stored in the record header may be wrong, and a record must never be ruled out by a wrong box.
BoxIndex::Box pointsBox(const ShapefileRecords::Record &record)
{
    BoxIndex::Box box { HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL };
    bool nonFinite = false;
    for (qint32 i = 0; i < record.points; ++i) {
        const QPointF p = ShapefileRecords::point(record, i);
        nonFinite = nonFinite || !std::isfinite(p.x()) || !std::isfinite(p.y());
        box.minX = std::min(box.minX, p.x());
        box.minY = std::min(box.minY, p.y());
        box.maxX = std::max(box.maxX, p.x());
        box.maxY = std::max(box.maxY, p.y());
    }
    if (nonFinite)
        box = { 1, 1, 0, 0 }; // reversed: kept for the reader to skip with its own warning
    return box;
}

} // namespace

BoxIndex::BoxIndex(const std::vector<QRectF> &boxes)
{
    for (const QRectF &raw : boxes) {
        const QRectF b = raw.normalized();
        if (!std::isfinite(b.left()) || !std::isfinite(b.right()) || !std::isfinite(b.top())
            || !std::isfinite(b.bottom()))
            continue;
        m_boxes.push_back({ b.left(), b.top(), b.right(), b.bottom() });
    }
    if (m_boxes.empty())
        return;
    double x1 = m_boxes.front().maxX, y1 = m_boxes.front().maxY;
    m_x0 = m_boxes.front().minX;
    m_y0 = m_boxes.front().minY;
    for (const Box &b : m_boxes) {
        m_x0 = std::min(m_x0, b.minX);
        m_y0 = std::min(m_y0, b.minY);
        x1 = std::max(x1, b.maxX);
        y1 = std::max(y1, b.maxY);
    }
    // About one box per cell for boxes spread over the extent (incidents over a county).
    const int side = std::clamp(int(std::sqrt(double(m_boxes.size()))), 1, kMaxGridSide);
    m_columns = m_rows = side;
    m_cellW = x1 > m_x0 ? (x1 - m_x0) / side : 1;
    m_cellH = y1 > m_y0 ? (y1 - m_y0) / side : 1;
    m_cells.resize(size_t(m_columns) * size_t(m_rows));
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes[i];
        for (int cy = cellY(b.minY); cy <= cellY(b.maxY); ++cy)
            for (int cx = cellX(b.minX); cx <= cellX(b.maxX); ++cx)
                m_cells[size_t(cy) * size_t(m_columns) + size_t(cx)].push_back(int(i));
    }
}

int BoxIndex::cellX(double x) const
{
    return std::clamp(int(std::floor((x - m_x0) / m_cellW)), 0, m_columns - 1);
}

int BoxIndex::cellY(double y) const
{
    return std::clamp(int(std::floor((y - m_y0) / m_cellH)), 0, m_rows - 1);
}

bool BoxIndex::meets(double minX, double minY, double maxX, double maxY) const
{
    if (m_boxes.empty() || !(minX <= maxX) || !(minY <= maxY))
        return false;
    // A box wholly outside the grid's extent meets nothing; clamping would test the edge cells.
    const double gridMaxX = m_x0 + m_cellW * m_columns, gridMaxY = m_y0 + m_cellH * m_rows;
    if (maxX < m_x0 || maxY < m_y0 || minX > gridMaxX || minY > gridMaxY)
        return false;
    for (int cy = cellY(minY); cy <= cellY(maxY); ++cy)
        for (int cx = cellX(minX); cx <= cellX(maxX); ++cx)
            for (int i : m_cells[size_t(cy) * size_t(m_columns) + size_t(cx)]) {
                const Box &b = m_boxes[size_t(i)];
                if (minX <= b.maxX && maxX >= b.minX && minY <= b.maxY && maxY >= b.minY)
                    return true;
            }
    return false;
}

std::optional<std::vector<qint64>> shapefileRecordsMeeting(
    const QString &shpPath, const QString &shxPath, const BoxIndex &index)
{
    const ShapefileRecords records(shpPath, shxPath);
    if (!records.ok())
        return std::nullopt;
    std::vector<qint64> found;
    qint64 released = 0;
    for (qint64 record = 0; record < records.recordCount(); ++record) {
        const std::optional<ShapefileRecords::Record> r = records.record(record);
        if (!r)
            return std::nullopt;
        released = records.releaseBefore(record, released);
        if (r->type == 0)
            continue; // a null record: OGR gives it no geometry, the reader skips it
        const BoxIndex::Box box = pointsBox(*r);
        // No points, or NaN coordinates: nothing rules the record out, the reader judges it.
        if (!(box.minX <= box.maxX && box.minY <= box.maxY) || index.meets(box.minX, box.minY, box.maxX, box.maxY))
            found.push_back(record);
    }
    return found;
}

} // namespace fg::gis
