// SPDX-License-Identifier: MIT
#include "gis/analysis/convex_clip.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

struct Xy
{
    double x = 0, y = 0;
};

/// The sign of the orientation of c relative to a→b, or 0 when floating point cannot tell it
/// (a bound well above Shewchuk's ccwerrboundA): the caller then refuses the fast path.
int orientation(double ax, double ay, double bx, double by, double cx, double cy)
{
    const double left = (bx - ax) * (cy - ay);
    const double right = (by - ay) * (cx - ax);
    const double det = left - right;
    const double bound = 1e-14 * (std::fabs(left) + std::fabs(right));
    if (det > bound)
        return 1;
    if (det < -bound)
        return -1;
    return 0;
}

/// A ring's vertices without the closing one; false when it repeats a vertex in a row (GEOS
/// drops such repeats, so the pieces would differ) or has fewer than three.
template<typename P>
bool readRing(GEOSContextHandle_t ctx, const GEOSGeometry *ring, std::vector<P> *out)
{
    const GEOSCoordSequence *seq = ring ? GEOSGeom_getCoordSeq_r(ctx, ring) : nullptr;
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n < 4)
        return false;
    out->resize(n - 1);
    for (unsigned i = 0; i + 1 < n; ++i)
        GEOSCoordSeq_getXY_r(ctx, seq, i, &(*out)[i].x, &(*out)[i].y);
    for (size_t i = 0; i < out->size(); ++i) {
        const P &a = (*out)[i];
        const P &b = (*out)[(i + 1) % out->size()];
        if (a.x == b.x && a.y == b.y)
            return false;
    }
    return true;
}

/// The single polygon without holes of a Polygon or a one-part MultiPolygon, else null.
const GEOSGeometry *simplePolygon(GEOSContextHandle_t ctx, const GEOSGeometry *g)
{
    if (!g)
        return nullptr;
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_MULTIPOLYGON && GEOSGetNumGeometries_r(ctx, g) == 1)
        g = GEOSGetGeometryN_r(ctx, g, 0);
    else if (type != GEOS_POLYGON)
        return nullptr;
    if (GEOSisEmpty_r(ctx, g) == 1 || GEOSGetNumInteriorRings_r(ctx, g) != 0)
        return nullptr;
    return g;
}

template<typename P>
double signedArea(const std::vector<P> &ring)
{
    double sum = 0;
    for (size_t i = 0; i < ring.size(); ++i) {
        const P &a = ring[i];
        const P &b = ring[(i + 1) % ring.size()];
        sum += (a.x - b.x) * (a.y + b.y);
    }
    return sum / 2;
}

template<typename P>
double segmentDistance(const P &p, const P &a, const P &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/// Whether p, at least kGap from the ring's outline, lies inside it (crossing number).
template<typename P>
bool insideRing(const P &p, const std::vector<P> &ring)
{
    bool inside = false;
    for (size_t i = 0; i < ring.size(); ++i) {
        const P &a = ring[i];
        const P &b = ring[(i + 1) % ring.size()];
        if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y))
            inside = !inside;
    }
    return inside;
}

template<typename P>
double along(const P &p, const P &a, const P &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    return ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
}

} // namespace

ConvexClip::ConvexClip(const GEOSGeometry *target)
{
    GEOSContextHandle_t ctx = geosContext();
    const GEOSGeometry *polygon = simplePolygon(ctx, target);
    if (!polygon || !readRing(ctx, GEOSGetExteriorRing_r(ctx, polygon), &target_))
        return;
    const double area = signedArea(target_);
    orientation_ = area > 0 ? 1 : -1;
    const size_t m = target_.size();
    // Strictly convex and simple: every other vertex strictly on the inner side of each edge's
    // line (this also refuses a star polygon, whose turns all have one sign).
    for (size_t k = 0; k < m; ++k) {
        const Point &a = target_[k];
        const Point &b = target_[(k + 1) % m];
        for (size_t j = 0; j < m; ++j)
            if (j != k && j != (k + 1) % m && orientation(a.x, a.y, b.x, b.y, target_[j].x, target_[j].y) != orientation_)
                return;
    }
    x0_ = x1_ = target_[0].x;
    y0_ = y1_ = target_[0].y;
    for (const Point &p : target_) {
        x0_ = std::min(x0_, p.x);
        x1_ = std::max(x1_, p.x);
        y0_ = std::min(y0_, p.y);
        y1_ = std::max(y1_, p.y);
    }
    usable_ = area != 0;
}

int ConvexClip::side(const Point &p) const
{
    // For a convex target the distance from an inside point to the outline is the least of its
    // distances to the edges' lines, and an outside point is at least as far as any line it is
    // beyond.
    double least = INFINITY, beyond = 0;
    const size_t m = target_.size();
    for (size_t k = 0; k < m; ++k) {
        const Point &a = target_[k];
        const Point &b = target_[(k + 1) % m];
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        const double d = orientation_ * ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length;
        least = std::min(least, d);
        beyond = std::max(beyond, -d);
    }
    if (least > kGap)
        return 1;
    return beyond > kGap ? -1 : 0;
}

bool ConvexClip::findCrossings(const std::vector<Point> &ring, std::vector<Crossing> *out) const
{
    GEOSContextHandle_t ctx = geosContext();
    const size_t n = ring.size(), m = target_.size();
    for (size_t i = 0; i < n; ++i) {
        const Point &a = ring[i];
        const Point &b = ring[(i + 1) % n];
        if (std::max(a.x, b.x) < x0_ || std::min(a.x, b.x) > x1_ || std::max(a.y, b.y) < y0_ || std::min(a.y, b.y) > y1_)
            continue;
        for (size_t k = 0; k < m; ++k) {
            const Point &c = target_[k];
            const Point &d = target_[(k + 1) % m];
            if (std::max(a.x, b.x) < std::min(c.x, d.x) || std::min(a.x, b.x) > std::max(c.x, d.x)
                || std::max(a.y, b.y) < std::min(c.y, d.y) || std::min(a.y, b.y) > std::max(c.y, d.y))
                continue;
            const int o1 = orientation(c.x, c.y, d.x, d.y, a.x, a.y), o2 = orientation(c.x, c.y, d.x, d.y, b.x, b.y);
            const int o3 = orientation(a.x, a.y, b.x, b.y, c.x, c.y), o4 = orientation(a.x, a.y, b.x, b.y, d.x, d.y);
            if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0)
                return false; // a sign floating point cannot tell: not general position
            if (o1 == o2 || o3 == o4)
                continue;
            Crossing crossing { static_cast<int>(i), 0, static_cast<int>(k), 0, {} };
            // The target's edge first, as OverlayNG's noder meets them (the target is its first
            // operand); the tests check the points against GEOS's own pieces.
            if (out->size() == 2
                || GEOSSegmentIntersection_r(ctx, c.x, c.y, d.x, d.y, a.x, a.y, b.x, b.y, &crossing.at.x, &crossing.at.y) != 1)
                return false;
            crossing.along = along(crossing.at, a, b);
            crossing.alongTarget = along(crossing.at, c, d);
            out->push_back(crossing);
        }
    }
    return true;
}

bool ConvexClip::targetInside(const std::vector<Point> &ring, std::vector<bool> *inside) const
{
    const size_t n = ring.size();
    inside->assign(target_.size(), false);
    for (size_t k = 0; k < target_.size(); ++k) {
        const Point &p = target_[k];
        for (size_t i = 0; i < n; ++i) {
            const Point &a = ring[i];
            const Point &b = ring[(i + 1) % n];
            if (p.x < std::min(a.x, b.x) - kGap || p.x > std::max(a.x, b.x) + kGap || p.y < std::min(a.y, b.y) - kGap
                || p.y > std::max(a.y, b.y) + kGap)
                continue;
            if (segmentDistance(p, a, b) <= kGap)
                return false;
        }
        (*inside)[k] = insideRing(p, ring);
    }
    return true;
}

std::vector<int> ConvexClip::targetArc(const Crossing &exit, const Crossing &entry, bool sameDirection) const
{
    const int m = static_cast<int>(target_.size());
    // Along the target's own direction when the parcel runs the same way round, else against it.
    int count = sameDirection ? (entry.targetEdge - exit.targetEdge + m) % m : (exit.targetEdge - entry.targetEdge + m) % m;
    if (count == 0) {
        // Both crossings on one target edge: no target vertex between them, or all of them.
        const bool before = sameDirection ? exit.alongTarget < entry.alongTarget : exit.alongTarget > entry.alongTarget;
        count = before ? 0 : m;
    }
    std::vector<int> arc;
    int k = sameDirection ? (exit.targetEdge + 1) % m : exit.targetEdge;
    for (int step = 0; step < count; ++step) {
        arc.push_back(k);
        k = sameDirection ? (k + 1) % m : (k - 1 + m) % m;
    }
    return arc;
}

GeosGeometryPtr ConvexClip::build(const std::vector<Point> &ring, const std::vector<int> &inside,
    const std::vector<bool> &targetInside, std::vector<Crossing> crossings) const
{
    std::sort(crossings.begin(), crossings.end(), [](const Crossing &a, const Crossing &b) {
        return a.parcelEdge != b.parcelEdge ? a.parcelEdge < b.parcelEdge : a.along < b.along;
    });
    const int n = static_cast<int>(ring.size());
    // The parcel enters the target where its edge starts outside (one edge crossing twice
    // enters first).
    const bool firstEnters = inside[static_cast<size_t>(crossings[0].parcelEdge)] < 0;
    const Crossing &entry = firstEnters ? crossings[0] : crossings[1];
    const Crossing &exit = firstEnters ? crossings[1] : crossings[0];
    if (entry.parcelEdge == exit.parcelEdge && !firstEnters)
        return nullptr;
    // The parcel's vertices inside must be exactly those between the crossings.
    std::vector<Point> piece { entry.at };
    const int inner = (exit.parcelEdge - entry.parcelEdge + n) % n;
    for (int step = 1; step <= inner; ++step)
        piece.push_back(ring[static_cast<size_t>((entry.parcelEdge + step) % n)]);
    if (std::count(inside.begin(), inside.end(), 1) != inner)
        return nullptr;
    for (int step = 1; step <= inner; ++step)
        if (inside[static_cast<size_t>((entry.parcelEdge + step) % n)] != 1)
            return nullptr;
    piece.push_back(exit.at);
    const bool sameDirection = (signedArea(ring) > 0) == (orientation_ > 0);
    const std::vector<int> arc = targetArc(exit, entry, sameDirection);
    // And the target's vertices inside the parcel exactly those of the arc.
    if (static_cast<long>(arc.size()) != std::count(targetInside.begin(), targetInside.end(), true))
        return nullptr;
    for (int k : arc) {
        if (!targetInside[static_cast<size_t>(k)])
            return nullptr;
        piece.push_back(target_[static_cast<size_t>(k)]);
    }
    return piece.size() >= 3 ? polygonOf(piece) : nullptr;
}

GeosGeometryPtr ConvexClip::intersection(const GEOSGeometry *parcel) const
{
    if (!usable_)
        return nullptr;
    GEOSContextHandle_t ctx = geosContext();
    const GEOSGeometry *polygon = simplePolygon(ctx, parcel);
    std::vector<Point> ring;
    if (!polygon || !readRing(ctx, GEOSGetExteriorRing_r(ctx, polygon), &ring))
        return nullptr;
    std::vector<int> inside(ring.size());
    for (size_t i = 0; i < ring.size(); ++i)
        if ((inside[i] = side(ring[i])) == 0)
            return nullptr;
    std::vector<bool> targetIn;
    std::vector<Crossing> crossings;
    if (!targetInside(ring, &targetIn) || !findCrossings(ring, &crossings))
        return nullptr;
    if (crossings.empty()) {
        // No crossing, the target's vertices inside and the parcel's outside: the target lies
        // inside the parcel and is the piece.
        const bool targetWithin = std::count(targetIn.begin(), targetIn.end(), false) == 0
            && std::count(inside.begin(), inside.end(), 1) == 0;
        return targetWithin ? polygonOf(target_) : nullptr;
    }
    return crossings.size() == 2 ? build(ring, inside, targetIn, std::move(crossings)) : nullptr;
}

GeosGeometryPtr ConvexClip::polygonOf(const std::vector<Point> &open)
{
    GEOSContextHandle_t ctx = geosContext();
    const unsigned n = static_cast<unsigned>(open.size());
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, i, open[i % n].x, open[i % n].y);
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx, seq);
    return GeosGeometryPtr(shell ? GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0) : nullptr);
}

} // namespace fg::gis
