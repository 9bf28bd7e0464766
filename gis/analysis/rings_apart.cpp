// SPDX-License-Identifier: MIT
#include "gis/analysis/rings_apart.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

struct Edge
{
    double ax, ay, bx, by;
};

Edge edgeOf(const std::vector<double> &ring, size_t i)
{
    return { ring[2 * i], ring[2 * i + 1], ring[2 * i + 2], ring[2 * i + 3] };
}

size_t edgeCount(const std::vector<double> &ring)
{
    return ring.size() / 2 - 1;
}

/// The sign of c relative to a→b; 0 when zero or too close for floating point to tell.
int orientation(double ax, double ay, double bx, double by, double cx, double cy)
{
    const double left = (bx - ax) * (cy - ay);
    const double right = (by - ay) * (cx - ax);
    const double det = left - right;
    const double bound = 1e-14 * (std::fabs(left) + std::fabs(right));
    return det > bound ? 1 : det < -bound ? -1 : 0;
}

bool sameEdge(const Edge &e, const Edge &f)
{
    return (e.ax == f.ax && e.ay == f.ay && e.bx == f.bx && e.by == f.by)
        || (e.ax == f.bx && e.ay == f.by && e.bx == f.ax && e.by == f.ay);
}

/// True when e and f (not the same edge) provably meet nowhere but at a common end.
bool edgesApart(const Edge &e, const Edge &f)
{
    if (std::max(e.ax, e.bx) < std::min(f.ax, f.bx) || std::min(e.ax, e.bx) > std::max(f.ax, f.bx)
        || std::max(e.ay, e.by) < std::min(f.ay, f.by) || std::min(e.ay, e.by) > std::max(f.ay, f.by))
        return true;
    const bool fa = (f.ax == e.ax && f.ay == e.ay) || (f.ax == e.bx && f.ay == e.by);
    const bool fb = (f.bx == e.ax && f.by == e.ay) || (f.bx == e.bx && f.by == e.by);
    if (fa || fb) {
        // One common end: apart elsewhere unless the other end of f lies on e's line on e's side
        // of the common end (a straight boundary continued through a vertex is apart).
        const double ox = fa ? f.bx : f.ax, oy = fa ? f.by : f.ay;
        if (orientation(e.ax, e.ay, e.bx, e.by, ox, oy) != 0)
            return true;
        const bool atA = (fa && f.ax == e.ax && f.ay == e.ay) || (fb && f.bx == e.ax && f.by == e.ay);
        const double px = atA ? e.ax : e.bx, py = atA ? e.ay : e.by; // the common end
        const double qx = atA ? e.bx : e.ax, qy = atA ? e.by : e.ay; // e's other end
        return (qx - px) * (ox - px) + (qy - py) * (oy - py) < 0;
    }
    const int o1 = orientation(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
    const int o2 = orientation(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
    const int o3 = orientation(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
    const int o4 = orientation(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
    if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0)
        return false;
    return o1 == o2 || o3 == o4;
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
