// SPDX-License-Identifier: MIT
#include "gis/io/proven_polygon_wkb.h"

#include "gis/analysis/simple_ring.h"

#include <QtEndian>

#include <cstring>
#include <vector>

namespace fg::gis {

namespace {

constexpr qsizetype kHeader = 1 + 4 + 4 + 4; // byte order, type, rings, points

quint32 littleEndian32(const char *p)
{
    const auto *b = reinterpret_cast<const unsigned char *>(p);
    return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
}

} // namespace

bool provenValidPolygonWkb(const QByteArray &wkb, GeometryBox *box)
{
    if (wkb.size() < kHeader)
        return false;
    const char *data = wkb.constData();
    // Little-endian, type 3 (Polygon, 2D: no Z, M or SRID flags), one ring.
    if (data[0] != 1 || littleEndian32(data + 1) != 3 || littleEndian32(data + 5) != 1)
        return false;
    const quint32 points = littleEndian32(data + 9);
    if (points < 4 || quint64(wkb.size() - kHeader) != quint64(points) * 16)
        return false;
    thread_local std::vector<double> xy; // one per checker, reused: no allocation per row
    xy.resize(size_t(points) * 2);
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the points are copied as stored: little-endian doubles");
    std::memcpy(xy.data(), data + kHeader, xy.size() * sizeof(double));
    if (!provenSimpleRing(xy.data(), xy.size()))
        return false;
    // GEOS's envelope: the first point, then each next one widening it only when strictly beyond.
    GeometryBox read { xy[0], xy[1], xy[0], xy[1] };
    for (size_t i = 2; i < xy.size(); i += 2) {
        if (xy[i] < read.minX)
            read.minX = xy[i];
        if (xy[i] > read.maxX)
            read.maxX = xy[i];
        if (xy[i + 1] < read.minY)
            read.minY = xy[i + 1];
        if (xy[i + 1] > read.maxY)
            read.maxY = xy[i + 1];
    }
    *box = read;
    return true;
}

} // namespace fg::gis
