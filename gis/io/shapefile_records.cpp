// SPDX-License-Identifier: MIT
#include "gis/io/shapefile_records.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <sys/mman.h>
#include <unistd.h>

namespace fg::gis {

namespace {

constexpr qint64 kHeaderBytes = 100; // both files start with the same 100-byte header

/// Polygon, PolygonZ, PolygonM and MultiPatch records all start with their box.
bool isPolygonType(qint32 type)
{
    return type == 5 || type == 15 || type == 25 || type == 31;
}

qint32 littleEndian32(const uchar *p)
{
    return qFromLittleEndian<qint32>(p);
}

} // namespace

ShapefileRecords::ShapefileRecords(const QString &shpPath, const QString &shxPath)
    : m_shp(shpPath)
    , m_shx(shxPath)
{
    if (!m_shp.open(QIODevice::ReadOnly) || !m_shx.open(QIODevice::ReadOnly) || m_shp.size() < kHeaderBytes
        || m_shx.size() < kHeaderBytes)
        return;
    const uchar *shp = m_shp.map(0, m_shp.size());
    const uchar *shx = m_shx.map(0, m_shx.size());
    if (!shp || !shx || qFromBigEndian<quint32>(shp) != 9994 || !isPolygonType(littleEndian32(shp + 32)))
        return;
    m_shpData = shp;
    m_shxData = shx;
    m_shpSize = m_shp.size();
    m_type = littleEndian32(shp + 32);
    m_records = (m_shx.size() - kHeaderBytes) / 8;
}

std::optional<ShapefileRecords::Record> ShapefileRecords::record(qint64 index) const
{
    if (!ok() || index < 0 || index >= m_records)
        return std::nullopt;
    const qint64 offset = qint64(qFromBigEndian<quint32>(m_shxData + kHeaderBytes + index * 8)) * 2;
    // Record header (8 bytes), shape type (4), then the box (4 doubles).
    if (offset < kHeaderBytes || offset + 8 + 4 > m_shpSize)
        return std::nullopt;
    Record r;
    r.type = littleEndian32(m_shpData + offset + 8);
    if (r.type == 0)
        return r; // a null record: OGR gives it no geometry
    const qint64 content = offset + 8;
    if (!isPolygonType(r.type) || content + 44 > m_shpSize)
        return std::nullopt;
    r.parts = littleEndian32(m_shpData + content + 36);
    r.points = littleEndian32(m_shpData + content + 40);
    // MultiPatch has a part type after each part index.
    const qint64 first = content + 44 + qint64(r.parts) * (r.type == 31 ? 8 : 4);
    if (r.parts < 0 || r.points < 0 || first + qint64(r.points) * 16 > m_shpSize)
        return std::nullopt;
    r.partIndex = m_shpData + content + 44;
    r.xy = m_shpData + first;
    return r;
}

qint64 ShapefileRecords::releaseBefore(qint64 index, qint64 released, qint64 step) const
{
    if (!ok() || index < 0 || index >= m_records)
        return released;
    const qint64 offset = qint64(qFromBigEndian<quint32>(m_shxData + kHeaderBytes + index * 8)) * 2;
    const qint64 page = qint64(sysconf(_SC_PAGESIZE));
    const qint64 until = std::min(offset, m_shpSize) / page * page;
    if (until - released < step)
        return released;
    madvise(const_cast<uchar *>(m_shpData) + released, size_t(until - released), MADV_DONTNEED);
    return until;
}

bool ShapefileRecords::exactlyFramed(qint64 index, qint64 contentBytes) const
{
    if (!ok() || index < 0 || index >= m_records)
        return false;
    const uchar *entry = m_shxData + kHeaderBytes + index * 8;
    const qint64 offset = qint64(qFromBigEndian<quint32>(entry)) * 2;
    if (offset < kHeaderBytes || offset + 8 + contentBytes > m_shpSize)
        return false;
    return qint64(qFromBigEndian<quint32>(entry + 4)) * 2 == contentBytes
        && qint64(qFromBigEndian<quint32>(m_shpData + offset + 4)) * 2 == contentBytes
        && qFromBigEndian<qint32>(m_shpData + offset) == index + 1;
}

qint32 ShapefileRecords::partStart(const Record &record, qint32 p)
{
    return littleEndian32(record.partIndex + qint64(p) * 4); // MultiPatch: the part types follow them
}

} // namespace fg::gis
