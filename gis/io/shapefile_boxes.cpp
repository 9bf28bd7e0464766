// SPDX-License-Identifier: MIT
#include "gis/io/shapefile_boxes.h"

#include <QFile>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fg::gis {

namespace {

constexpr qint64 kHeaderBytes = 100; // both files start with the same 100-byte header
constexpr int kMaxGridSide = 512;

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

qint32 littleEndian32(const uchar *p)
{
    return qint32(quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24));
}

double littleEndianDouble(const uchar *p)
{
    quint64 bits = 0;
    for (int i = 7; i >= 0; --i)
        bits = (bits << 8) | p[i];
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

/// Polygon, PolygonZ, PolygonM and MultiPatch records all start with their box.
bool isPolygonType(qint32 type)
{
    return type == 5 || type == 15 || type == 25 || type == 31;
}

/// The box of a polygon record's points, computed from the points themselves: the box a writer
/// stored in the record header may be wrong, and a record must never be ruled out by a wrong box.
/// Nullopt when the record's parts and points do not fit in the file.
std::optional<BoxIndex::Box> pointsBox(const uchar *data, qint64 size, qint64 offset, qint32 type)
{
    const qint64 content = offset + 8; // after the record header
    if (content + 44 > size)
        return std::nullopt;
    const qint32 parts = littleEndian32(data + content + 36);
    const qint32 points = littleEndian32(data + content + 40);
    // MultiPatch has a part type after each part index.
    const qint64 first = content + 44 + qint64(parts) * (type == 31 ? 8 : 4);
    if (parts < 0 || points < 0 || first + qint64(points) * 16 > size)
        return std::nullopt;
    BoxIndex::Box box { HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL };
    bool nonFinite = false;
    for (qint64 i = 0; i < points; ++i) {
        const double x = littleEndianDouble(data + first + i * 16),
                     y = littleEndianDouble(data + first + i * 16 + 8);
        nonFinite = nonFinite || !std::isfinite(x) || !std::isfinite(y);
        box.minX = std::min(box.minX, x);
        box.minY = std::min(box.minY, y);
        box.maxX = std::max(box.maxX, x);
        box.maxY = std::max(box.maxY, y);
    }
    if (nonFinite)
        box = { 1, 1, 0, 0 }; // reversed: kept for the reader to skip with its own warning
    return box;
}

/// Drops the mapped pages of the .shp before @p offset from this process's memory once 32 MB
/// have been passed (records come in file order): the scan touches every page once, and two
/// layers scanned side by side would otherwise hold both files whole (≈ 400 MB at p500k). The
/// mapping is read-only and file-backed, so a page asked again is read back from the page cache.
/// Returns the new start of what is still held.
qint64 releaseBehind(const uchar *data, qint64 offset, qint64 released)
{
    constexpr qint64 kStep = 32 << 20;
    const qint64 page = qint64(sysconf(_SC_PAGESIZE));
    const qint64 until = offset / page * page;
    if (until - released < kStep)
        return released;
    madvise(const_cast<uchar *>(data) + released, size_t(until - released), MADV_DONTNEED);
    return until;
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
    QFile shp(shpPath), shx(shxPath);
    if (!shp.open(QIODevice::ReadOnly) || !shx.open(QIODevice::ReadOnly) || shp.size() < kHeaderBytes
        || shx.size() < kHeaderBytes)
        return std::nullopt;
    // The sizes once: QFile::size() asks the file system each time (a statx per call was 4 % of
    // `analyze`'s CPU at p150k when asked per record).
    const qint64 shpSize = shp.size(), shxSize = shx.size();
    const uchar *shpData = shp.map(0, shpSize);
    const uchar *shxData = shx.map(0, shxSize);
    if (!shpData || !shxData || bigEndian32(shpData) != 9994 || !isPolygonType(littleEndian32(shpData + 32)))
        return std::nullopt;
    const qint64 records = (shxSize - kHeaderBytes) / 8;
    std::vector<qint64> found;
    qint64 released = 0;
    for (qint64 record = 0; record < records; ++record) {
        const uchar *entry = shxData + kHeaderBytes + record * 8;
        const qint64 offset = qint64(bigEndian32(entry)) * 2;
        // Record header (8 bytes), shape type (4), then the box (4 doubles).
        if (offset < kHeaderBytes || offset + 8 + 4 > shpSize)
            return std::nullopt;
        released = releaseBehind(shpData, offset, released);
        const qint32 type = littleEndian32(shpData + offset + 8);
        if (type == 0)
            continue; // a null record: OGR gives it no geometry, the reader skips it
        if (!isPolygonType(type) || offset + 8 + 4 + 32 > shpSize)
            return std::nullopt;
        const std::optional<BoxIndex::Box> box = pointsBox(shpData, shpSize, offset, type);
        if (!box)
            return std::nullopt;
        // No points, or NaN coordinates: nothing rules the record out, the reader judges it.
        if (!(box->minX <= box->maxX && box->minY <= box->maxY)
            || index.meets(box->minX, box->minY, box->maxX, box->maxY))
            found.push_back(record);
    }
    return found;
}

} // namespace fg::gis
