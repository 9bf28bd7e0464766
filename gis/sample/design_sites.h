// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace fg::gis::sample {

class SampleMesh;
class SampleRandom;
class SampleRegions;

struct Cell
{
    int i = -1;
    int j = -1;
};

/// Two cells side by side, `left` west of `right`, sharing left's Right side.
struct CellPair
{
    Cell left;
    Cell right;
};

/// The mesh cells reserved for the designed incidents and the basic-farmland flaws. Each is
/// kept whole (one parcel, no hole) and of the designed land class, so that each designed
/// incident lies inside parcels of exactly the intended kind. Reserved cells are at least
/// three cells apart from each other's neighbourhoods, so designs never interfere.
struct DesignSites
{
    std::vector<Cell> basicFarmland; ///< cultivated, in basic farmland: the 4.99/5.00/5.01 and 3 + 3 mu cases
    std::vector<Cell> cultivated; ///< cultivated, not basic farmland: the 9.99/10.00/10.01 mu cases
    CellPair mixed; ///< left basic farmland, right other cultivated land
    CellPair twoTownships; ///< both other cultivated land, in different townships
    CellPair overlap; ///< both basic farmland; left's BF polygon overlaps right's
    Cell bowTie; ///< basic farmland whose BF ring is self-intersecting
    CellPair sliver; ///< left basic farmland; a BF sliver lies along right's west side

    /// Chebyshev distance (in cells) to the nearest reserved cell; large when none.
    int distanceToReserved(int i, int j) const;
    /// All reserved cells.
    std::vector<Cell> all() const;
    /// True when (i, j) is one of the reserved cells whose land is basic farmland.
    bool isBasicFarmland(int i, int j) const;
};

/// Picks the sites deterministically from the random stream: interior cells with room for a
/// ±95 m square around their centre, away from village centres and from each other.
/// Throws std::runtime_error when the mesh has no room (never for the default parameters).
DesignSites reserveDesignSites(const SampleMesh &mesh, const SampleRegions &regions, SampleRandom &random);

} // namespace fg::gis::sample
