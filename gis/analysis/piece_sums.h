// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geometry/area_calculator.h"

#include <map>
#include <optional>
#include <vector>

namespace fg::gis {

/// One clipped piece of the land-use layer (target ∩ parcel), as PieceSums sees it.
struct LandPieceRef
{
    const GEOSGeometry *geometry = nullptr;
    int landClass = -1; ///< the engine's class index
    bool cultivated = false; ///< the class counts as cultivated land
    double deduction = 0; ///< the parcel's 田坎 coefficient (0 when none)
};

/// The overlay's figures as sums of per-piece areas (areas are additive over pieces that share
/// no interior), by all three methods; see sumDisjointPieces().
struct PieceSums
{
    Areas basic; ///< Σ basic-farmland pieces = area of their union
    std::map<int, Areas> byClass; ///< land class index → Σ its pieces = area of their union
    Areas cultivated; ///< Σ cultivated pieces
    Areas outside; ///< Σ cultivated pieces minus the basic-farmland pieces inside them
    Areas deductedAll; ///< Σ k × cultivated piece
    Areas deductedOutside; ///< Σ k × (cultivated piece − basic farmland)
};

/// The overlay's figures without any union or difference, when it can prove that they are sums:
///  - no two land pieces share interior (their boxes do not meet, or GEOS relate says their
///    interiors do not intersect: pattern "2********" false);
///  - each basic-farmland piece is covered by one land piece (its host: the same polygon,
///    GEOSEqualsExact with tolerance 0, or a prepared covers), or shares no interior with any
///    cultivated piece; basic pieces with different hosts cannot overlap (their hosts do not);
///    basic pieces with the same host, or without one, are related pair by pair;
///  - the pieces' edges meet only end to end: no vertex of one lies inside an edge of another (a
///    T-junction). The ellipsoidal method densifies each edge to ≤ 70 m and is second-order in
///    edge length, so an edge the union or the difference splits at another piece's vertex
///    would measure differently from the pieces' own (up to ~1e-3 m² per edge).
/// Then area(∪B) = Σ area(b), area(∪ class) = Σ, and area(c − ∪B) = area(c) − Σ area(b hosted
/// by c) for each cultivated piece c — the same figures as the unions and the difference within
/// floating-point noise (≪ 1e-6 m²: every method sums over the rings' edges, and the union and the
/// difference are then made of the pieces' very edges).
/// nullopt as soon as one proof fails (overlapping parcels, basic farmland drawn across
/// land-use parcels, a GEOS error): the caller must then overlay as before.
/// Uses the calling thread's GEOS context; `calculator` belongs to the calling thread.
std::optional<PieceSums> sumDisjointPieces(const std::vector<const GEOSGeometry *> &basic,
    const std::vector<LandPieceRef> &land, const AreaCalculator &calculator);

} // namespace fg::gis
