// SPDX-License-Identifier: MIT
#include "gis/report/boundary_points.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

struct Vertex
{
    double east = 0;
    double north = 0;
};

std::vector<Vertex> ringVertices(GEOSContextHandle_t ctx, const GEOSGeometry *ring)
{
    std::vector<Vertex> vertices;
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size))
        return vertices;
    for (unsigned int i = 0; i < size; ++i) {
        Vertex v;
        GEOSCoordSeq_getXY_r(ctx, sequence, i, &v.east, &v.north);
        if (vertices.empty() || v.east != vertices.back().east || v.north != vertices.back().north)
            vertices.push_back(v);
    }
    // The closing vertex repeats the first one.
    if (vertices.size() > 1 && vertices.front().east == vertices.back().east
        && vertices.front().north == vertices.back().north)
        vertices.pop_back();
    return vertices;
}

/// Clockwise on the map (east right, north up), starting at the north-west vertex.
void orderRing(std::vector<Vertex> &vertices)
{
    double twiceArea = 0;
    for (size_t i = 0; i < vertices.size(); ++i) {
        const Vertex &a = vertices[i];
        const Vertex &b = vertices[(i + 1) % vertices.size()];
        twiceArea += a.east * b.north - b.east * a.north;
    }
    if (twiceArea > 0) // counter-clockwise
        std::reverse(vertices.begin(), vertices.end());
    const auto northWest = std::max_element(vertices.begin(), vertices.end(), [](const Vertex &a, const Vertex &b) {
        return a.north - a.east < b.north - b.east;
    });
    std::rotate(vertices.begin(), northWest, vertices.end());
}

void appendRing(std::vector<BoundaryRing> &rings, GEOSContextHandle_t ctx, const GEOSGeometry *ring, int part,
                bool hole, int *counter)
{
    std::vector<Vertex> vertices = ringVertices(ctx, ring);
    if (vertices.size() < 3)
        return;
    orderRing(vertices);
    BoundaryRing out;
    out.part = part;
    out.hole = hole;
    for (size_t i = 0; i < vertices.size(); ++i) {
        const Vertex &a = vertices[i];
        const Vertex &b = vertices[(i + 1) % vertices.size()];
        BoundaryPoint point;
        point.name = QStringLiteral("J%1").arg(++*counter);
        point.x = a.north;
        point.y = a.east;
        point.edgeToNext = std::hypot(b.east - a.east, b.north - a.north);
        out.points.push_back(point);
    }
    rings.push_back(std::move(out));
}

void appendPolygon(std::vector<BoundaryRing> &rings, GEOSContextHandle_t ctx, const GEOSGeometry *polygon,
                   int part, int *counter)
{
    appendRing(rings, ctx, GEOSGetExteriorRing_r(ctx, polygon), part, false, counter);
    const int holes = GEOSGetNumInteriorRings_r(ctx, polygon);
    for (int h = 0; h < holes; ++h)
        appendRing(rings, ctx, GEOSGetInteriorRingN_r(ctx, polygon, h), part, true, counter);
}

} // namespace

std::vector<BoundaryRing> boundaryPoints(const GEOSGeometry *geometry)
{
    std::vector<BoundaryRing> rings;
    if (!geometry)
        return rings;
    GEOSContextHandle_t ctx = geosContext();
    int counter = 0;
    int part = 0;
    const int type = GEOSGeomTypeId_r(ctx, geometry);
    if (type == GEOS_POLYGON) {
        appendPolygon(rings, ctx, geometry, ++part, &counter);
        return rings;
    }
    if (type != GEOS_MULTIPOLYGON && type != GEOS_GEOMETRYCOLLECTION)
        return rings;
    const int members = GEOSGetNumGeometries_r(ctx, geometry);
    for (int i = 0; i < members; ++i) {
        const GEOSGeometry *member = GEOSGetGeometryN_r(ctx, geometry, i);
        if (GEOSGeomTypeId_r(ctx, member) == GEOS_POLYGON)
            appendPolygon(rings, ctx, member, ++part, &counter);
    }
    return rings;
}

} // namespace fg::gis
