// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geometry/area_calculator.h"

#include <QString>

#include <vector>

namespace fg::gis {

/// Occupied area of one land class (三调 DLBM code, DLMC name), by all three methods, in m².
struct ClassArea
{
    QString code; ///< e.g. "0103"
    QString name; ///< e.g. "旱地"; from the layer's name field, else GB/T 21010-2017
    Areas areas;
};

/// What one polygon (an incident, or the union of a party's incidents) occupies. Every figure
/// is measured from the same clipped geometry by all three area methods, in m²; a layer left
/// out of the analysis gives zeros. Overlapping parcels never count twice: each figure is the
/// area of the union of the pieces (target ∩ parcel).
struct Occupation
{
    Areas area; ///< the target polygon itself
    Areas basicFarmland; ///< target ∩ basic-farmland parcels
    Areas cultivated; ///< target ∩ cultivated-class parcels (basic farmland included)
    Areas cultivatedOutsideBasicFarmland; ///< cultivated pieces minus basic-farmland pieces
    /// The land-use layer gives 田坎 deduction coefficients (KCXS, or TBDLMJ / TBMJ): the net
    /// figures below are meaningful. False: they equal the gross ones and nothing was deducted.
    bool netKnown = false;
    /// Cultivated land net of 田坎: Σ over the parcel pieces of piece × (1 − KCXS), each part of
    /// the ground counted once (an overlap goes to the first parcel in layer order).
    Areas cultivatedNet;
    Areas cultivatedOutsideBasicFarmlandNet; ///< the same, outside the basic-farmland pieces
    std::vector<ClassArea> cultivatedByClass; ///< cultivated classes hit, ordered by code
    std::vector<ClassArea> otherByClass; ///< non-cultivated classes of the cultivated layer hit
    bool snappedToGrid = false; ///< an overlay needed the 0.1 mm precision-grid fallback
};

} // namespace fg::gis
