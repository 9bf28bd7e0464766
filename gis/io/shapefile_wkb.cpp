// SPDX-License-Identifier: MIT
#include "gis/io/shapefile_wkb.h"

#include "gis/io/shapefile_records.h"

#include <QtEndian>

#include <cstring>

namespace fg::gis {

namespace {

constexpr qint32 kPolygon = 5;
constexpr int kWkbHeader = 1 + 4 + 4 + 4; // byte order, type, ring count, point count

bool samePoint(const uchar *a, const uchar *b)
{
    double ax = 0, ay = 0, bx = 0, by = 0;
    std::memcpy(&ax, a, 8);
    std::memcpy(&ay, a + 8, 8);
    std::memcpy(&bx, b, 8);
    std::memcpy(&by, b + 8, 8);
    // OGR's test for a closed ring compares values: NaN is never closed, -0 equals 0.
    return ax == bx && ay == by;
}

} // namespace

ShapeWkb shapefilePolygonWkb(const ShapefileRecords &records, qint64 index, QByteArray &wkb)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the points are copied as stored: little-endian doubles");
    wkb.resize(0);
    if (records.shapeType() != kPolygon)
        return ShapeWkb::AskOgr;
    const std::optional<ShapefileRecords::Record> r = records.record(index);
    if (!r)
        return ShapeWkb::AskOgr;
    if (r->type == 0)
        return records.exactlyFramed(index, 4) ? ShapeWkb::None : ShapeWkb::AskOgr;
    if (r->type != kPolygon || r->parts != 1 || r->points < 4 || ShapefileRecords::partStart(*r, 0) != 0
        || !records.exactlyFramed(index, 44 + 4 + qint64(r->points) * 16)
        || !samePoint(r->xy, r->xy + qint64(r->points - 1) * 16))
        return ShapeWkb::AskOgr;
    const qint64 pointBytes = qint64(r->points) * 16;
    wkb.resize(int(kWkbHeader + pointBytes));
    uchar *out = reinterpret_cast<uchar *>(wkb.data());
    out[0] = 1; // NDR
    qToLittleEndian<quint32>(3, out + 1); // Polygon
    qToLittleEndian<quint32>(1, out + 5);
    qToLittleEndian<quint32>(quint32(r->points), out + 9);
    std::memcpy(out + kWkbHeader, r->xy, size_t(pointBytes));
    return ShapeWkb::Written;
}

} // namespace fg::gis
