// SPDX-License-Identifier: MIT
#pragma once

namespace fg::core {

/// What moving an incident's boundary by the digitising tolerance does to its judged figures
/// (临界 by tolerance, issue 16 item 5): the figures of the polygon shrunk by the tolerance
/// (inner) and grown by it (outer), each the 0.01-mu value a verdict compares. The occupied
/// areas only grow from inner to outer, so [inner, outer] bounds any boundary within the
/// tolerance. A plain value.
struct ToleranceRange
{
    bool checked = false; ///< the figures were bounded (false: tolerance 0, or not measured)
    /// The ranges were measured by overlaying both buffers; false when the polygon's own area
    /// change showed that no figure can reach a threshold (the ranges then bound, not measure).
    bool measured = false;
    double toleranceM = 0; ///< the distance moved, metres (the rules' digitising tolerance)
    double basicFarmlandMinMu = 0; ///< inner figure, 0.01 mu
    double basicFarmlandMaxMu = 0; ///< outer figure, 0.01 mu
    double cultivatedMinMu = 0; ///< the judged cultivated figure (reading, gross/net), inner
    double cultivatedMaxMu = 0; ///< the same, outer
    bool basicFarmlandCrosses = false; ///< the basic-farmland flag differs between inner and outer
    bool cultivatedCrosses = false; ///< the cultivated flag differs between inner and outer
    /// The verdict (a threshold reached or not) differs between inner and outer: 临界.
    bool flips = false;
};

} // namespace fg::core
