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

/// The polygon's shell when it has no holes, else null.
const GEOSGeometry *shellWithoutHoles(GEOSContextHandle_t ctx, const GEOSGeometry *g)
{
    if (!g || GEOSGeomTypeId_r(ctx, g) != GEOS_POLYGON || GEOSisEmpty_r(ctx, g) == 1
        || GEOSGetNumInteriorRings_r(ctx, g) != 0)
        return nullptr;
    return GEOSGetExteriorRing_r(ctx, g);
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

struct Crossing
{
    int parcelEdge = -1; ///< edge i: parcel vertex i to i + 1
    double along = 0; ///< position along the parcel edge, 0..1
    int targetEdge = -1; ///< edge k: target vertex k to k + 1
    double alongTarget = 0; ///< position along the target edge, 0..1
    Xy at; ///< GEOS's intersection point
    bool entry = false; ///< the parcel enters the target here
};

/// The walk's outcome for one convex part.
enum class PartClip { Refused, Apart, Clipped };

using Ring = std::vector<Xy>;

} // namespace

struct ConvexClip::Part
{
    Ring ring; // open, in the target's own order
    std::vector<double> length; // edge k's length
    int turn = 0; // sign of the signed area: +1 counter-clockwise
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // box

    /// Reads a strictly convex, simple polygon without holes; false otherwise.
    bool read(GEOSContextHandle_t ctx, const GEOSGeometry *polygon);
    /// +1 / -1 inside / outside by more than kGap; 0 too close to tell.
    int side(const Xy &p) const;
    /// The part's vertices inside the parcel; false when one is within kGap of its outline.
    bool verticesInside(const Ring &parcel, std::vector<bool> *inside) const;
    /// The proper crossings of the outlines; false when a sign is uncertain.
    bool crossings(const Ring &parcel, std::vector<Crossing> *out) const;
    /// The part's vertices from crossing a to crossing b, walking with or against its order.
    std::vector<int> arc(const Crossing &a, const Crossing &b, bool sameDirection) const;
    PartClip clip(const Ring &parcel, std::vector<Ring> *pieces) const;
    PartClip walk(const Ring &parcel, const std::vector<bool> &targetIn, std::vector<Crossing> &cross,
        std::vector<Ring> *pieces) const;
};

bool ConvexClip::Part::read(GEOSContextHandle_t ctx, const GEOSGeometry *polygon)
{
    if (!readRing(ctx, shellWithoutHoles(ctx, polygon), &ring))
        return false;
    const double area = signedArea(ring);
    turn = area > 0 ? 1 : -1;
    const size_t m = ring.size();
    // Strictly convex and simple: every other vertex strictly on the inner side of each edge's
    // line (this also refuses a star polygon, whose turns all have one sign).
    for (size_t k = 0; k < m; ++k) {
        const Xy &a = ring[k];
        const Xy &b = ring[(k + 1) % m];
        length.push_back(std::hypot(b.x - a.x, b.y - a.y));
        for (size_t j = 0; j < m; ++j)
            if (j != k && j != (k + 1) % m && orientation(a.x, a.y, b.x, b.y, ring[j].x, ring[j].y) != turn)
                return false;
    }
    x0 = x1 = ring[0].x;
    y0 = y1 = ring[0].y;
    for (const Xy &p : ring) {
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
    }
    return area != 0;
}

int ConvexClip::Part::side(const Xy &p) const
{
    // For a convex part the distance from an inside point to the outline is the least of its
    // distances to the edges' lines, and an outside point is at least as far as any line it is
    // beyond.
    double least = INFINITY, beyond = 0;
    const size_t m = ring.size();
    for (size_t k = 0; k < m; ++k) {
        const Xy &a = ring[k];
        const Xy &b = ring[(k + 1) % m];
        const double d = turn * ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length[k];
        least = std::min(least, d);
        beyond = std::max(beyond, -d);
    }
    if (least > kGap)
        return 1;
    return beyond > kGap ? -1 : 0;
}

bool ConvexClip::Part::verticesInside(const Ring &parcel, std::vector<bool> *inside) const
{
    const size_t n = parcel.size();
    inside->assign(ring.size(), false);
    for (size_t k = 0; k < ring.size(); ++k) {
        const Xy &p = ring[k];
        for (size_t i = 0; i < n; ++i) {
            const Xy &a = parcel[i];
            const Xy &b = parcel[(i + 1) % n];
            if (p.x < std::min(a.x, b.x) - kGap || p.x > std::max(a.x, b.x) + kGap || p.y < std::min(a.y, b.y) - kGap
                || p.y > std::max(a.y, b.y) + kGap)
                continue;
            if (segmentDistance(p, a, b) <= kGap)
                return false;
        }
        (*inside)[k] = insideRing(p, parcel);
    }
    return true;
}

bool ConvexClip::Part::crossings(const Ring &parcel, std::vector<Crossing> *out) const
{
    GEOSContextHandle_t ctx = geosContext();
    const size_t n = parcel.size(), m = ring.size();
    for (size_t i = 0; i < n; ++i) {
        const Xy &a = parcel[i];
        const Xy &b = parcel[(i + 1) % n];
        if (std::max(a.x, b.x) < x0 || std::min(a.x, b.x) > x1 || std::max(a.y, b.y) < y0 || std::min(a.y, b.y) > y1)
            continue;
        for (size_t k = 0; k < m; ++k) {
            const Xy &c = ring[k];
            const Xy &d = ring[(k + 1) % m];
            if (std::max(a.x, b.x) < std::min(c.x, d.x) || std::min(a.x, b.x) > std::max(c.x, d.x)
                || std::max(a.y, b.y) < std::min(c.y, d.y) || std::min(a.y, b.y) > std::max(c.y, d.y))
                continue;
            const int o1 = orientation(c.x, c.y, d.x, d.y, a.x, a.y), o2 = orientation(c.x, c.y, d.x, d.y, b.x, b.y);
            const int o3 = orientation(a.x, a.y, b.x, b.y, c.x, c.y), o4 = orientation(a.x, a.y, b.x, b.y, d.x, d.y);
            if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0)
                return false; // a sign floating point cannot tell: not general position
            if (o1 == o2 || o3 == o4)
                continue;
            Crossing crossing { static_cast<int>(i), 0, static_cast<int>(k), 0, {}, false };
            // The target's edge first, as OverlayNG's noder meets them (the target is its first
            // operand); the tests check the points against GEOS's own pieces.
            if (GEOSSegmentIntersection_r(ctx, c.x, c.y, d.x, d.y, a.x, a.y, b.x, b.y, &crossing.at.x, &crossing.at.y) != 1)
                return false;
            crossing.along = along(crossing.at, a, b);
            crossing.alongTarget = along(crossing.at, c, d);
            out->push_back(crossing);
        }
    }
    return true;
}

std::vector<int> ConvexClip::Part::arc(const Crossing &a, const Crossing &b, bool sameDirection) const
{
    const int m = static_cast<int>(ring.size());
    int count = sameDirection ? (b.targetEdge - a.targetEdge + m) % m : (a.targetEdge - b.targetEdge + m) % m;
    if (count == 0) {
        // Both on one edge: no vertex between them when b comes after a in the walk's direction,
        // else the whole way round.
        const bool after = sameDirection ? b.alongTarget > a.alongTarget : b.alongTarget < a.alongTarget;
        count = after ? 0 : m;
    }
    std::vector<int> vertices;
    int k = sameDirection ? (a.targetEdge + 1) % m : a.targetEdge;
    for (int step = 0; step < count; ++step) {
        vertices.push_back(k);
        k = sameDirection ? (k + 1) % m : (k - 1 + m) % m;
    }
    return vertices;
}

PartClip ConvexClip::Part::clip(const Ring &parcel, std::vector<Ring> *pieces) const
{
    std::vector<int> inside(parcel.size());
    for (size_t i = 0; i < parcel.size(); ++i)
        if ((inside[i] = side(parcel[i])) == 0)
            return PartClip::Refused;
    std::vector<bool> targetIn;
    std::vector<Crossing> cross;
    if (!verticesInside(parcel, &targetIn) || !crossings(parcel, &cross))
        return PartClip::Refused;
    const long parcelIn = std::count(inside.begin(), inside.end(), 1);
    const long partIn = std::count(targetIn.begin(), targetIn.end(), true);
    if (cross.empty()) {
        // No crossing: apart, or the part inside the parcel (then the part is the piece).
        if (parcelIn == 0 && partIn == 0)
            return PartClip::Apart;
        if (parcelIn != 0 || partIn != static_cast<long>(ring.size()))
            return PartClip::Refused;
        pieces->push_back(ring);
        return PartClip::Clipped;
    }
    if (cross.size() % 2 != 0)
        return PartClip::Refused;
    // In the parcel's order, crossings alternate in and out, and the parcel's vertices between
    // an entry and the next exit are inside, the others outside.
    std::sort(cross.begin(), cross.end(), [](const Crossing &a, const Crossing &b) {
        return a.parcelEdge != b.parcelEdge ? a.parcelEdge < b.parcelEdge : a.along < b.along;
    });
    const int n = static_cast<int>(parcel.size());
    const bool firstEnters = inside[static_cast<size_t>(cross[0].parcelEdge)] < 0;
    for (size_t j = 0; j < cross.size(); ++j) {
        const Crossing &a = cross[j];
        const Crossing &b = cross[(j + 1) % cross.size()];
        cross[j].entry = (j % 2 == 0) == firstEnters;
        int count = (b.parcelEdge - a.parcelEdge + n) % n;
        if (count == 0 && j + 1 == cross.size())
            count = n; // the last crossing back round to the first on one edge
        for (int step = 1; step <= count; ++step)
            if (inside[static_cast<size_t>((a.parcelEdge + step) % n)] != (cross[j].entry ? 1 : -1))
                return PartClip::Refused;
    }
    return walk(parcel, targetIn, cross, pieces);
}

namespace {

/// The crossings in the target part's order (by edge, then along it), and each one's place there.
void targetOrder(const std::vector<Crossing> &cross, std::vector<size_t> *byTarget, std::vector<size_t> *position)
{
    const size_t c = cross.size();
    byTarget->resize(c);
    for (size_t j = 0; j < c; ++j)
        (*byTarget)[j] = j;
    std::sort(byTarget->begin(), byTarget->end(), [&](size_t a, size_t b) {
        const Crossing &p = cross[a], &q = cross[b];
        return p.targetEdge != q.targetEdge ? p.targetEdge < q.targetEdge : p.alongTarget < q.alongTarget;
    });
    position->resize(c);
    for (size_t j = 0; j < c; ++j)
        (*position)[(*byTarget)[j]] = j;
}

} // namespace

PartClip ConvexClip::Part::walk(
    const Ring &parcel, const std::vector<bool> &targetIn, std::vector<Crossing> &cross, std::vector<Ring> *pieces) const
{
    const size_t c = cross.size();
    const int n = static_cast<int>(parcel.size());
    std::vector<size_t> byTarget, position;
    targetOrder(cross, &byTarget, &position);
    // Along the part's own order when the parcel runs the same way round, else against it.
    const bool same = (signedArea(parcel) > 0) == (turn > 0);
    std::vector<bool> used(c, false), vertexUsed(ring.size(), false);
    for (size_t start = 0; start < c; ++start) {
        if (!cross[start].entry || used[start])
            continue;
        Ring piece;
        for (size_t at = start, steps = 0; steps <= c; ++steps) {
            const size_t out = (at + 1) % c; // the exit after this entry, in the parcel's order
            used[at] = used[out] = true;
            piece.push_back(cross[at].at);
            int count = (cross[out].parcelEdge - cross[at].parcelEdge + n) % n;
            if (count == 0 && out < at)
                count = n; // as in clip(): back round to the first crossing on one edge
            for (int step = 1; step <= count; ++step)
                piece.push_back(parcel[static_cast<size_t>((cross[at].parcelEdge + step) % n)]);
            piece.push_back(cross[out].at);
            const size_t next = byTarget[(position[out] + (same ? 1 : c - 1)) % c];
            for (int k : arc(cross[out], cross[next], same)) {
                if (!targetIn[static_cast<size_t>(k)] || vertexUsed[static_cast<size_t>(k)])
                    return PartClip::Refused;
                vertexUsed[static_cast<size_t>(k)] = true;
                piece.push_back(ring[static_cast<size_t>(k)]);
            }
            if (!cross[next].entry)
                return PartClip::Refused;
            if (next == start)
                break;
            if (used[next] || steps == c)
                return PartClip::Refused;
            at = next;
        }
        pieces->push_back(std::move(piece));
    }
    const bool allUsed = std::count(used.begin(), used.end(), false) == 0;
    return allUsed && vertexUsed == targetIn ? PartClip::Clipped : PartClip::Refused;
}

namespace {

GeosGeometryPtr polygonOf(const Ring &open)
{
    GEOSContextHandle_t ctx = geosContext();
    const unsigned n = static_cast<unsigned>(open.size());
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, i, open[i % n].x, open[i % n].y);
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx, seq);
    return GeosGeometryPtr(shell ? GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0) : nullptr);
}

} // namespace

ConvexClip::ConvexClip(const GEOSGeometry *target)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!target)
        return;
    const int type = GEOSGeomTypeId_r(ctx, target);
    const int count = type == GEOS_POLYGON ? 1 : type == GEOS_MULTIPOLYGON ? GEOSGetNumGeometries_r(ctx, target) : 0;
    std::vector<Part> parts(static_cast<size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i)
        if (!parts[static_cast<size_t>(i)].read(ctx, type == GEOS_POLYGON ? target : GEOSGetGeometryN_r(ctx, target, i)))
            return;
    // Parts whose boxes come within kGap of each other could share a crossing or an edge.
    for (size_t i = 0; i < parts.size(); ++i)
        for (size_t j = i + 1; j < parts.size(); ++j) {
            const Part &a = parts[i], &b = parts[j];
            if (a.x0 - kGap <= b.x1 && b.x0 - kGap <= a.x1 && a.y0 - kGap <= b.y1 && b.y0 - kGap <= a.y1)
                return;
        }
    parts_ = std::move(parts);
}

ConvexClip::~ConvexClip() = default;

GeosGeometryPtr ConvexClip::intersection(const GEOSGeometry *parcel) const
{
    GEOSContextHandle_t ctx = geosContext();
    if (parts_.empty() || !parcel)
        return nullptr;
    const int type = GEOSGeomTypeId_r(ctx, parcel);
    if (type == GEOS_MULTIPOLYGON && GEOSGetNumGeometries_r(ctx, parcel) == 1)
        parcel = GEOSGetGeometryN_r(ctx, parcel, 0);
    Ring ring;
    if (!readRing(ctx, shellWithoutHoles(ctx, parcel), &ring))
        return nullptr;
    std::vector<Ring> pieces;
    for (const Part &part : parts_)
        if (part.clip(ring, &pieces) == PartClip::Refused)
            return nullptr;
    if (pieces.empty())
        return nullptr;
    if (pieces.size() == 1)
        return polygonOf(pieces.front());
    std::vector<GEOSGeometry *> polygons;
    for (const Ring &piece : pieces)
        polygons.push_back(polygonOf(piece).release());
    return GeosGeometryPtr(
        GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(), static_cast<unsigned>(polygons.size())));
}

} // namespace fg::gis
