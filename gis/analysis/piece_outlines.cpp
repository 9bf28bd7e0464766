// SPDX-License-Identifier: MIT
#include "gis/analysis/piece_outlines.h"

#include "gis/analysis/rings_apart.h"
#include "gis/geometry/geometry_box.h"

#include <algorithm>
#include <cmath>

namespace fg::gis::outlines {

namespace {

void collectRings(GEOSContextHandle_t ctx, const GEOSGeometry *g, Rings *out)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            collectRings(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
        return;
    }
    if (type != GEOS_POLYGON)
        return;
    const int holes = GEOSGetNumInteriorRings_r(ctx, g);
    for (int r = -1; r < holes; ++r) {
        const GEOSGeometry *ring = r < 0 ? GEOSGetExteriorRing_r(ctx, g) : GEOSGetInteriorRingN_r(ctx, g, r);
        const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
        unsigned n = 0;
        GEOSCoordSeq_getSize_r(ctx, seq, &n);
        std::vector<double> xy(2 * static_cast<size_t>(n));
        for (unsigned i = 0; i < n; ++i)
            GEOSCoordSeq_getXY_r(ctx, seq, i, &xy[2 * i], &xy[2 * i + 1]);
        out->push_back(std::move(xy));
    }
}

/// True when vertex (x, y) touches edge (ax, ay)–(bx, by) away from both of its ends.
bool splitsEdge(double x, double y, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    if (length2 == 0)
        return false;
    // Squared distances: this runs for every vertex against every edge of a neighbouring piece.
    const double t = std::clamp(((x - ax) * dx + (y - ay) * dy) / length2, 0.0, 1.0);
    const double px = x - (ax + t * dx), py = y - (ay + t * dy);
    if (px * px + py * py > kTouch * kTouch)
        return false;
    const double same2 = kSameVertex * kSameVertex;
    return (x - ax) * (x - ax) + (y - ay) * (y - ay) > same2 && (x - bx) * (x - bx) + (y - by) * (y - by) > same2;
}

} // namespace

Box boxOf(const GEOSGeometry *g)
{
    GeometryBox box;
    geometryBox(g, &box);
    return Box { box.minX, box.minY, box.maxX, box.maxY };
}

std::vector<Box> boxesOf(const std::vector<const GEOSGeometry *> &geometries)
{
    std::vector<Box> boxes;
    boxes.reserve(geometries.size());
    for (const GEOSGeometry *g : geometries)
        boxes.push_back(boxOf(g));
    return boxes;
}


bool interiorsApart(const GEOSGeometry *a, const Box &boxA, const Rings &ringsA, const GEOSGeometry *b,
    const Box &boxB, const Rings &ringsB)
{
    if (!boxA.meets(boxB))
        return true;
    if (ringsA.size() == 1 && ringsB.size() == 1 && ringsApart(ringsA.front(), ringsB.front()))
        return true;
    const char r = GEOSRelatePattern_r(geosContext(), a, b, "2********");
    if (r == 2)
        takeGeosError();
    return r == 0;
}

bool pairwiseApart(
    const std::vector<const GEOSGeometry *> &g, const std::vector<Box> &boxes, const std::vector<Rings> &rings)
{
    for (size_t i = 0; i < g.size(); ++i)
        for (size_t j = i + 1; j < g.size(); ++j)
            if (!interiorsApart(g[i], boxes[i], rings[i], g[j], boxes[j], rings[j]))
                return false;
    return true;
}


Rings ringsOf(const GEOSGeometry *g)
{
    Rings rings;
    collectRings(geosContext(), g, &rings);
    return rings;
}

bool anyVertexSplits(const Rings &a, const Rings &b, const Box &boxB)
{
    for (const std::vector<double> &ring : a)
        for (size_t i = 0; i + 1 < ring.size(); i += 2) {
            const double x = ring[i], y = ring[i + 1];
            if (x < boxB.x0 - kTouch || x > boxB.x1 + kTouch || y < boxB.y0 - kTouch || y > boxB.y1 + kTouch)
                continue;
            for (const std::vector<double> &edges : b)
                for (size_t j = 0; j + 3 < edges.size(); j += 2)
                    if (splitsEdge(x, y, edges[j], edges[j + 1], edges[j + 2], edges[j + 3]))
                        return true;
        }
    return false;
}

bool edgesMeetEndToEnd(const std::vector<const Rings *> &rings, const std::vector<Box> &boxes)
{
    for (size_t i = 0; i < rings.size(); ++i)
        for (size_t j = i + 1; j < rings.size(); ++j) {
            const Box grownI { boxes[i].x0 - kTouch, boxes[i].y0 - kTouch, boxes[i].x1 + kTouch, boxes[i].y1 + kTouch };
            if (!grownI.meets(boxes[j]))
                continue;
            if (anyVertexSplits(*rings[i], *rings[j], boxes[j]) || anyVertexSplits(*rings[j], *rings[i], boxes[i]))
                return false;
        }
    return true;
}

} // namespace fg::gis::outlines
