// SPDX-License-Identifier: MIT
// A proof that two polygons share no interior from their outlines alone, cheaper than GEOS's
// relate (docs/design/convex-clip.md, "The relate").
#pragma once

#include <vector>

namespace fg::gis {

/// True when it is proven that the simple polygons without holes bounded by `a` and `b` (closed
/// rings as x, y pairs, the last vertex the first) share no interior; false when not proven
/// (the caller then asks GEOS's relate). Why: PieceSums relates every pair of neighbouring
/// pieces, and RelateOp nodes both polygons in full.
///
/// The proof, on the very floating-point coordinates: (1) the outlines meet only at common
/// vertices (bitwise equal) and along common edges — every other pair of edges is apart by
/// orientation signs that floating point can tell (an error bound), and two edges from one
/// common vertex are not collinear; so the inside of each other edge lies wholly inside, or
/// wholly outside, the other polygon; (2) the midpoint of each such edge lies outside the other
/// polygon, more than 1e-7 m from its outline; (3) each polygon has such an edge. Then neither
/// outline enters the other's interior, and as a polygon's interior is connected, overlapping
/// interiors would put one polygon inside the other with its whole outline on the other's —
/// which (3) excludes.
bool ringsApart(const std::vector<double> &a, const std::vector<double> &b);

} // namespace fg::gis
