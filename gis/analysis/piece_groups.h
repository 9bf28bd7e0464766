// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <cstddef>
#include <vector>

namespace fg::gis {

/// The pieces of one target (both layers' together) split into groups that provably do not
/// interact: two pieces from different groups share no interior (boxes apart, ringsApart(), or
/// GEOS relate) and their edges meet only end to end (no vertex of one within 1e-6 m of an edge
/// of the other away from its ends: no T-junction). So no union or difference splits an edge of
/// one group at another group's vertex, and every figure is the sum of the groups' figures (the
/// edges between groups cancel, as in sumDisjointPieces). Each group lists indices into
/// `pieces`, ascending; groups in the order of their first piece.
/// Uses the calling thread's GEOS context.
std::vector<std::vector<size_t>> interactingGroups(const std::vector<const GEOSGeometry *> &pieces);

} // namespace fg::gis
