// SPDX-License-Identifier: MIT
#pragma once

namespace fg::core {

/// 1 亩 = 10000/15 m² exactly (DOMAIN.md §2).
constexpr double kSquareMetresPerMu = 10000.0 / 15.0;
/// 1 公顷 = 15 亩.
constexpr double kMuPerHectare = 15.0;

constexpr double squareMetresToMu(double m2) { return m2 / kSquareMetresPerMu; }
constexpr double muToSquareMetres(double mu) { return mu * kSquareMetresPerMu; }

/// Rounds to 0.01 the way reports print it (half away from zero on the decimal value).
/// Verdicts compare this rounded value with thresholds, so a printed "5.00 亩" is always flagged.
double roundToHundredths(double value);

} // namespace fg::core
