// SPDX-License-Identifier: MIT
// The clipping intersection of a parcel and a convex target without OverlayNG, where a proof
// says the result is GEOS's very polygon (docs/design/convex-clip.md).
#pragma once

#include "gis/geos_context.h"

#include <vector>

namespace fg::gis {

/// Clips parcels against one target. Why: OverlayNG's intersection (noding, its validation, the
/// graph) was a quarter of `analyze --project`'s CPU, and most cuts are a simple parcel crossing
/// the outline of a small convex incident.
///
/// The figures depend on the piece's vertices (the ellipsoidal method densifies each edge), so
/// the piece must be made of GEOS's vertices: the parcel's vertices inside the target, the
/// target's vertices inside the parcel, and the crossing points computed by GEOS's own segment
/// intersection (`GEOSSegmentIntersection_r`, the LineIntersector OverlayNG's noder uses). That
/// holds only in general position, which the guard proves or refuses:
/// - the target is a polygon, or polygons whose boxes lie more than kGap apart (a party's
///   incidents), each without holes, strictly convex, with no repeated vertex;
/// - the parcel is one polygon without holes, with no repeated vertex;
/// - every vertex of each lies more than kGap from the other's outline (no vertex on an edge,
///   no shared vertex, no collinear overlap), every orientation sign is certain (a
///   floating-point error bound), and the outlines cross properly;
/// - walking the parcel and the target from crossing to crossing (Weiler–Atherton) uses the
///   parcel's vertices inside and the target's vertices inside each exactly once, crossings
///   alternating in and out.
/// A polygon without holes clipped by a convex one has no holes, so each ring walked is one
/// polygon of the piece. Anything else (a parcel with a hole, a vertex on the outline, a
/// non-convex incident) gives null, and the caller takes GEOS's intersection as before.
class ConvexClip
{
public:
    /// A vertex closer than this (metres) to the other polygon's outline refuses the fast path.
    static constexpr double kGap = 1e-6;

    /// Reads the target's parts once; usable() is false for a target the guard refuses.
    explicit ConvexClip(const GEOSGeometry *target);
    ~ConvexClip();
    ConvexClip(const ConvexClip &) = delete;
    ConvexClip &operator=(const ConvexClip &) = delete;

    /// True when the target is made of strictly convex polygons without holes, apart.
    bool usable() const { return !parts_.empty(); }

    /// The intersection of the target and `parcel` (a polygon, or a multipolygon of several
    /// pieces, with the vertices GEOS's intersection gives), or null when the guard cannot prove
    /// it. The caller asks only for parcels that intersect the target and are not covered by it.
    GeosGeometryPtr intersection(const GEOSGeometry *parcel) const;

    struct Part; // one convex polygon of the target (convex_clip.cpp)

private:
    std::vector<Part> parts_;
};

} // namespace fg::gis
