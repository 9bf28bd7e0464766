// SPDX-License-Identifier: MIT
#include "gis/analysis/edge_tests.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

int orientation(double ax, double ay, double bx, double by, double cx, double cy)
{
    const double left = (bx - ax) * (cy - ay);
    const double right = (by - ay) * (cx - ax);
    const double det = left - right;
    const double bound = 1e-14 * (std::fabs(left) + std::fabs(right));
    return det > bound ? 1 : det < -bound ? -1 : 0;
}

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

} // namespace fg::gis
