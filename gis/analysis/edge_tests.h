// SPDX-License-Identifier: MIT
// Floating-point-safe tests on two straight edges, shared by the outline proofs (ringsApart,
// provenSimpleRing).
#pragma once

namespace fg::gis {

struct Edge
{
    double ax, ay, bx, by;
};

/// The sign of c relative to a→b; 0 when zero or too close for floating point to tell (an
/// error bound of 1e-14 × the products' magnitudes, well above Shewchuk's ≈ 3.3e-16).
int orientation(double ax, double ay, double bx, double by, double cx, double cy);

/// True when e and f (not the same edge) provably meet nowhere but at a common end: their
/// boxes are apart, or the orientation signs are certain and keep them apart, or they share one
/// end and f's other end is off e's line or on it beyond the common end (a straight line
/// continued through a vertex). False when they meet elsewhere or floating point cannot tell.
bool edgesApart(const Edge &e, const Edge &f);

} // namespace fg::gis
