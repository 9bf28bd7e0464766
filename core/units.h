// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

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

/// The mu figure of an area in m², rounded to 0.01 exactly as Rules::judge() rounds it: the one
/// value every report, list and verdict shows for that area.
double roundedMu(double squareMetres);

/// The printed text of an area in mu ("4.99"): roundedMu() with two decimals, C locale. Every
/// 亩 figure a report, list or command prints goes through this or formatJudgedMu().
QString formatMu(double squareMetres);
/// The printed text of a mu value already judged (core::Verdict's figures, stored
/// IncidentMeasures::basicFarmlandMu …): rounded again (a no-op on a judged value) and printed
/// with two decimals, so the text is the verdict's figure.
QString formatJudgedMu(double mu);
/// The printed text of an area in m² to 0.01 ("3333.33"), rounded as roundToHundredths().
QString formatSquareMetres(double squareMetres);

} // namespace fg::core
