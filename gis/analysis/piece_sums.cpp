// SPDX-License-Identifier: MIT
#include "gis/analysis/piece_sums.h"
#include "gis/geometry/geometry_box.h"

#include "gis/analysis/rings_apart.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

struct Box
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    bool meets(const Box &o) const { return x0 <= o.x1 && o.x0 <= x1 && y0 <= o.y1 && o.y0 <= y1; }
    bool contains(const Box &o) const { return x0 <= o.x0 && o.x1 <= x1 && y0 <= o.y0 && o.y1 <= y1; }
    bool operator==(const Box &o) const { return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1; }
};

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

/// A piece's vertices, ring by ring (x, y pairs; each ring closed: its last vertex is its first).
using Rings = std::vector<std::vector<double>>;

/// Proven: a and b share no interior (boxes apart; two simple polygons whose outlines prove it,
/// ringsApart(); or relate's interior–interior cell empty). False also when GEOS cannot tell
/// (an error): the caller then takes the overlay path.
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

Rings ringsOf(const GEOSGeometry *g)
{
    Rings rings;
    collectRings(geosContext(), g, &rings);
    return rings;
}

// A vertex this close to another piece's edge touches it (generous: a false alarm only costs the
// overlay); one this close to an end of the edge is that end (a few ulps of GK coordinates: the
// same clip point computed from both sides of a shared edge).
constexpr double kTouch = 1e-6;
constexpr double kSameVertex = 5e-9;

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

/// True when a vertex of `a` lies on an edge of `b` other than at its ends.
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

/// Proven: the pieces' edges meet only end to end, so the unions and the difference are made of
/// the very edges of the pieces. Why it matters: the ellipsoidal method densifies each edge to
/// ≤ 70 m and is second-order in edge length (trapezoid_series.h), so an edge split at another
/// piece's vertex (a T-junction) measures differently from the whole edge — ~1e-3 m² per edge —
/// and the sum of the pieces would then not be the union's figure within 1e-6 m².
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

/// Where each basic piece lies: the land piece covering it (-1: none found) and whether it is
/// that very polygon (then its areas are the land piece's).
struct Hosts
{
    std::vector<int> host;
    std::vector<bool> same;
};

/// The land piece each basic piece is the very polygon of (the same parcel in both layers,
/// clipped by the same target, is the same polygon): exact comparison, no tolerance.
Hosts sameHosts(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &basicBoxes,
    const std::vector<const GEOSGeometry *> &land, const std::vector<Box> &landBoxes)
{
    GEOSContextHandle_t ctx = geosContext();
    Hosts hosts { std::vector<int>(basic.size(), -1), std::vector<bool>(basic.size(), false) };
    for (size_t j = 0; j < basic.size(); ++j)
        for (size_t i = 0; i < land.size() && hosts.host[j] < 0; ++i)
            if (landBoxes[i] == basicBoxes[j] && GEOSEqualsExact_r(ctx, land[i], basic[j], 0.0) == 1) {
                hosts.host[j] = static_cast<int>(i);
                hosts.same[j] = true;
            }
    return hosts;
}

/// For the basic pieces without a host yet: the land piece that covers each (prepared covers).
void coveringHosts(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &basicBoxes,
    const std::vector<const GEOSGeometry *> &land, const std::vector<Box> &landBoxes, Hosts *hosts)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GeosPreparedPtr> prepared(land.size()); // made when first needed
    for (size_t j = 0; j < basic.size(); ++j)
        for (size_t i = 0; i < land.size() && hosts->host[j] < 0; ++i) {
            if (!landBoxes[i].contains(basicBoxes[j]))
                continue;
            if (!prepared[i])
                prepared[i].reset(GEOSPrepare_r(ctx, land[i]));
            const char covers = prepared[i] ? GEOSPreparedCovers_r(ctx, prepared[i].get(), basic[j]) : 2;
            if (covers == 2)
                takeGeosError();
            if (covers == 1)
                hosts->host[j] = static_cast<int>(i);
        }
}

/// Basic pieces share no interior with each other: different hosts settle a pair (the hosts
/// share none); a pair in one host, or without a host, is related.
bool basicApart(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &boxes,
    const std::vector<Rings> &rings, const Hosts &hosts)
{
    for (size_t j = 0; j < basic.size(); ++j)
        for (size_t k = j + 1; k < basic.size(); ++k) {
            const int a = hosts.host[j], b = hosts.host[k];
            if (a >= 0 && b >= 0 && a != b)
                continue;
            if (!interiorsApart(basic[j], boxes[j], rings[j], basic[k], boxes[k], rings[k]))
                return false;
        }
    return true;
}

/// A basic piece without a host must share no interior with any cultivated piece: it then takes
/// nothing from the cultivated land outside basic farmland.
bool hostlessApartFromCultivated(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &basicBoxes,
    const std::vector<Rings> &basicRings, const Hosts &hosts, const std::vector<LandPieceRef> &land,
    const std::vector<Box> &landBoxes, const std::vector<Rings> &landRings)
{
    for (size_t j = 0; j < basic.size(); ++j) {
        if (hosts.host[j] >= 0)
            continue;
        for (size_t i = 0; i < land.size(); ++i)
            if (land[i].cultivated
                && !interiorsApart(basic[j], basicBoxes[j], basicRings[j], land[i].geometry, landBoxes[i], landRings[i]))
                return false;
    }
    return true;
}

void add(Areas &a, const Areas &b, double k = 1.0)
{
    a.ellipsoidal += k * b.ellipsoidal;
    a.geodesic += k * b.geodesic;
    a.planar += k * b.planar;
}

PieceSums sums(const std::vector<const GEOSGeometry *> &basic, const Hosts &hosts,
    const std::vector<LandPieceRef> &land, const AreaCalculator &calculator)
{
    PieceSums result;
    std::vector<Areas> landAreas(land.size());
    std::vector<Areas> outside(land.size());
    for (size_t i = 0; i < land.size(); ++i) {
        landAreas[i] = calculator.areas(land[i].geometry);
        outside[i] = landAreas[i];
        add(result.byClass[land[i].landClass], landAreas[i]);
    }
    for (size_t j = 0; j < basic.size(); ++j) {
        const int host = hosts.host[j];
        const Areas areas = hosts.same[j] ? landAreas[static_cast<size_t>(host)] : calculator.areas(basic[j]);
        add(result.basic, areas);
        if (host >= 0)
            add(outside[static_cast<size_t>(host)], areas, -1.0);
    }
    for (size_t i = 0; i < land.size(); ++i) {
        if (!land[i].cultivated)
            continue;
        add(result.cultivated, landAreas[i]);
        add(result.outside, outside[i]);
        if (land[i].deduction > 0) {
            add(result.deductedAll, landAreas[i], land[i].deduction);
            add(result.deductedOutside, outside[i], land[i].deduction);
        }
    }
    return result;
}

} // namespace

std::optional<PieceSums> sumDisjointPieces(const std::vector<const GEOSGeometry *> &basic,
    const std::vector<LandPieceRef> &land, const AreaCalculator &calculator)
{
    std::vector<const GEOSGeometry *> landGeometries;
    landGeometries.reserve(land.size());
    for (const LandPieceRef &piece : land)
        landGeometries.push_back(piece.geometry);
    const std::vector<Box> landBoxes = boxesOf(landGeometries);
    const std::vector<Box> basicBoxes = boxesOf(basic);
    Hosts hosts = sameHosts(basic, basicBoxes, landGeometries, landBoxes);
    // The cheap proof first (it fails for basic farmland cut across land-use parcels, the
    // commonest refusal): the edges of every piece of both layers, but a basic piece that is its
    // host's very polygon (its edges are the host's).
    // Each piece's rings read once, for the edge proof and the relates' cheaper proof.
    std::vector<Rings> landRings, basicRings;
    for (const GEOSGeometry *g : landGeometries)
        landRings.push_back(ringsOf(g));
    for (const GEOSGeometry *g : basic)
        basicRings.push_back(ringsOf(g));
    std::vector<const Rings *> all;
    for (const Rings &r : landRings)
        all.push_back(&r);
    std::vector<Box> allBoxes = landBoxes;
    for (size_t j = 0; j < basic.size(); ++j)
        if (!hosts.same[j]) {
            all.push_back(&basicRings[j]);
            allBoxes.push_back(basicBoxes[j]);
        }
    if (!edgesMeetEndToEnd(all, allBoxes) || !pairwiseApart(landGeometries, landBoxes, landRings))
        return std::nullopt;
    coveringHosts(basic, basicBoxes, landGeometries, landBoxes, &hosts);
    if (!basicApart(basic, basicBoxes, basicRings, hosts)
        || !hostlessApartFromCultivated(basic, basicBoxes, basicRings, hosts, land, landBoxes, landRings))
        return std::nullopt;
    return sums(basic, hosts, land, calculator);
}

} // namespace fg::gis
