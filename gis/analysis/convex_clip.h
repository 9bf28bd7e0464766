// SPDX-License-Identifier: MIT
// The clipping intersection of a parcel and a convex target without OverlayNG, where a proof
// says the result is GEOS's very polygon (docs/design/convex-clip.md).
#pragma once

#include "gis/geos_context.h"

#include <vector>

namespace fg::gis {

/// Clips parcels against one target. Why: OverlayNG's intersection (noding, its validation, the
/// graph) is a quarter of `analyze --project`'s CPU, and most cuts are a simple parcel crossing
/// the outline of a small convex incident twice.
///
/// The figures depend on the piece's vertices (the ellipsoidal method densifies each edge), so
/// the piece must be made of GEOS's vertices: the parcel's vertices inside the target, the
/// target's vertices inside the parcel, and the two crossing points computed by GEOS's own
/// segment intersection (`GEOSSegmentIntersection_r`, the LineIntersector the noder uses). That
/// holds only in general position, which the guard proves or refuses:
/// - the target is one polygon without holes, strictly convex, no repeated vertex;
/// - the parcel is one polygon without holes, no repeated vertex;
/// - every vertex of each lies at least `kGap` from the other's outline (no vertex on an edge,
///   no shared vertex, no collinear overlap), every orientation sign is certain (a
///   floating-point error bound), and the outlines cross properly exactly twice;
/// - the parcel's vertices inside and the target's vertices inside are exactly the two arcs
///   between the crossings.
/// Anything else (a party's union of incidents, a parcel with a hole, four crossings, a vertex
/// on the outline) gives null, and the caller takes GEOS's intersection as before.
class ConvexClip
{
public:
    /// A vertex closer than this (metres) to the other polygon's outline refuses the fast path.
    static constexpr double kGap = 1e-6;

    /// Reads the target's shell once; usable() is false for a target the guard refuses.
    explicit ConvexClip(const GEOSGeometry *target);

    /// True when the target is a strictly convex polygon without holes.
    bool usable() const { return usable_; }

    /// The intersection of the target and `parcel` (a polygon with the vertices GEOS's
    /// intersection gives), or null when the guard cannot prove it. `parcel` must intersect the
    /// target and must not be covered by it (the caller's prepared tests).
    GeosGeometryPtr intersection(const GEOSGeometry *parcel) const;

private:
    struct Point
    {
        double x = 0, y = 0;
    };
    struct Crossing
    {
        int parcelEdge = -1; ///< edge i: parcel vertex i to i + 1
        double along = 0; ///< position along the parcel edge, 0..1
        int targetEdge = -1; ///< edge k: target vertex k to k + 1
        double alongTarget = 0; ///< position along the target edge, 0..1
        Point at; ///< GEOS's intersection point
    };

    /// +1 / -1 inside / outside the target by more than kGap; 0 too close to tell.
    int side(const Point &p) const;
    bool findCrossings(const std::vector<Point> &ring, std::vector<Crossing> *out) const;
    /// The target's vertices that lie inside the parcel; false when one is within kGap of it.
    bool targetInside(const std::vector<Point> &ring, std::vector<bool> *inside) const;
    /// The target's vertices from the exit crossing to the entry crossing along the piece.
    std::vector<int> targetArc(const Crossing &exit, const Crossing &entry, bool sameDirection) const;
    GeosGeometryPtr build(const std::vector<Point> &ring, const std::vector<int> &inside,
        const std::vector<bool> &targetInside, std::vector<Crossing> crossings) const;
    static GeosGeometryPtr polygonOf(const std::vector<Point> &open);

    bool usable_ = false;
    std::vector<Point> target_; // open ring, in the target's own order
    int orientation_ = 0; // sign of the target's signed area
    double x0_ = 0, y0_ = 0, x1_ = 0, y1_ = 0; // the target's box
};

} // namespace fg::gis
