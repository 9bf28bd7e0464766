// SPDX-License-Identifier: MIT
#include "gis/analysis/simple_ring.h"

#include "gis/analysis/edge_tests.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace fg::gis {

namespace {

bool sameVertex(const double *xy, size_t i, size_t j)
{
    return xy[2 * i] == xy[2 * j] && xy[2 * i + 1] == xy[2 * j + 1];
}

bool sharesEnd(const Edge &e, const Edge &f)
{
    return (e.ax == f.ax && e.ay == f.ay) || (e.ax == f.bx && e.ay == f.by) || (e.bx == f.ax && e.by == f.ay)
        || (e.bx == f.bx && e.by == f.by);
}

bool sharesBothEnds(const Edge &e, const Edge &f)
{
    return (e.ax == f.bx && e.ay == f.by && e.bx == f.ax && e.by == f.ay)
        || (e.ax == f.ax && e.ay == f.ay && e.bx == f.bx && e.by == f.by);
}

} // namespace

bool provenSimpleRing(const std::vector<double> &xy)
{
    return provenSimpleRing(xy.data(), xy.size());
}

bool provenSimpleRing(const double *xy, size_t size)
{
    if (size < 8 || size % 2 != 0)
        return false;
    const size_t n = size / 2 - 1; // edges, and vertices (the last is the first)
    if (!sameVertex(xy, 0, n))
        return false;
    for (size_t i = 0; i < size; ++i)
        if (!std::isfinite(xy[i]))
            return false;
    // Kept per thread: project create proves a ring per row on each checker, and the three
    // allocations per ring were a fifth of the proof (docs/design/create-batched-writes.md).
    thread_local std::vector<Edge> edges;
    thread_local std::vector<std::pair<double, size_t>> order; // (least x, edge)
    edges.resize(n);
    order.resize(n);
    for (size_t i = 0; i < n; ++i) {
        edges[i] = { xy[2 * i], xy[2 * i + 1], xy[2 * i + 2], xy[2 * i + 3] };
        if (edges[i].ax == edges[i].bx && edges[i].ay == edges[i].by)
            return false; // a repeated vertex: valid for GEOS, but left to it
        order[i] = { std::min(edges[i].ax, edges[i].bx), i };
    }
    // Edges by their least x: only pairs whose x ranges meet need a test (a sweep). The key is
    // compared alone, so ties keep the order the sort gave before the key was stored.
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t k = 0; k < n; ++k) {
        const Edge &e = edges[order[k].second];
        const double maxX = std::max(e.ax, e.bx);
        for (size_t l = k + 1; l < n && order[l].first <= maxX; ++l) {
            // Consecutive edges share one vertex: edgesApart proves they meet nowhere else (no
            // fold back). Other edges must share none (a vertex twice: the ring touches itself),
            // and edgesApart proves they do not meet at all.
            const size_t i = order[k].second, j = order[l].second;
            const Edge &f = edges[j];
            const bool consecutive = (i + 1) % n == j || (j + 1) % n == i;
            if (sharesBothEnds(e, f) || (!consecutive && sharesEnd(e, f)) || !edgesApart(e, f))
                return false;
        }
    }
    return true;
}

bool provenValidPolygon(GEOSContextHandle_t ctx, const GEOSGeometry *geometry)
{
    if (geometry && GEOSGeomTypeId_r(ctx, geometry) == GEOS_MULTIPOLYGON && GEOSGetNumGeometries_r(ctx, geometry) == 1)
        geometry = GEOSGetGeometryN_r(ctx, geometry, 0); // a project's layers store multipolygons
    if (!geometry || GEOSGeomTypeId_r(ctx, geometry) != GEOS_POLYGON || GEOSGetNumInteriorRings_r(ctx, geometry) != 0)
        return false;
    const GEOSGeometry *shell = GEOSGetExteriorRing_r(ctx, geometry);
    const GEOSCoordSequence *sequence = shell ? GEOSGeom_getCoordSeq_r(ctx, shell) : nullptr;
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size) || size < 4)
        return false;
    std::vector<double> xy(2 * static_cast<size_t>(size));
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, sequence, xy.data(), 0, 0))
        return false;
    return provenSimpleRing(xy);
}

} // namespace fg::gis
