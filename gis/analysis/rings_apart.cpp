// SPDX-License-Identifier: MIT
#include "gis/analysis/rings_apart.h"

#include "gis/analysis/edge_tests.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

Edge edgeOf(const std::vector<double> &ring, size_t i)
{
    return { ring[2 * i], ring[2 * i + 1], ring[2 * i + 2], ring[2 * i + 3] };
}

size_t edgeCount(const std::vector<double> &ring)
{
    return ring.size() / 2 - 1;
}

bool sameEdge(const Edge &e, const Edge &f)
{
    return (e.ax == f.ax && e.ay == f.ay && e.bx == f.bx && e.by == f.by)
        || (e.ax == f.bx && e.ay == f.by && e.bx == f.ax && e.by == f.ay);
}

double segmentDistance(double x, double y, const Edge &e)
{
    const double dx = e.bx - e.ax, dy = e.by - e.ay;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((x - e.ax) * dx + (y - e.ay) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(x - (e.ax + t * dx), y - (e.ay + t * dy));
}

/// +1 inside, -1 outside the ring, 0 within 1e-7 m of its outline.
int pointSide(double x, double y, const std::vector<double> &ring)
{
    bool inside = false;
    for (size_t i = 0; i < edgeCount(ring); ++i) {
        const Edge e = edgeOf(ring, i);
        if (segmentDistance(x, y, e) <= 1e-7)
            return 0;
        if ((e.ay > y) != (e.by > y) && x < e.ax + (y - e.ay) * (e.bx - e.ax) / (e.by - e.ay))
            inside = !inside;
    }
    return inside ? 1 : -1;
}

/// Steps (1) (when `crossings`: the pairs are the same both ways, so once is enough) and (2)
/// for a's edges against b; `ownEdges` counts a's edges not shared with b.
bool edgesOutside(const std::vector<double> &a, const std::vector<double> &b, bool crossings, size_t *ownEdges)
{
    *ownEdges = 0;
    for (size_t i = 0; i < edgeCount(a); ++i) {
        const Edge e = edgeOf(a, i);
        bool shared = false;
        for (size_t j = 0; j < edgeCount(b); ++j) {
            const Edge f = edgeOf(b, j);
            if (sameEdge(e, f))
                shared = true;
            else if (crossings && !edgesApart(e, f))
                return false;
        }
        if (shared)
            continue;
        ++*ownEdges;
        if (pointSide((e.ax + e.bx) / 2, (e.ay + e.by) / 2, b) != -1)
            return false;
    }
    return true;
}

} // namespace

bool ringsApart(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() < 8 || b.size() < 8)
        return false;
    size_t ownA = 0, ownB = 0;
    return edgesOutside(a, b, true, &ownA) && edgesOutside(b, a, false, &ownB) && ownA > 0 && ownB > 0;
}

} // namespace fg::gis
