// SPDX-License-Identifier: MIT
#include "core/units.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace fg::core {

double roundToHundredths(double value)
{
    if (value == 0) // ±0 comes back as itself through the text below, sign included: skip it
        return value;
    // Go through the shortest decimal text with 12 significant digits so that binary noise
    // (4.99999999999 from summing pieces) rounds the way a person reading the value would.
    char text[64];
    std::snprintf(text, sizeof text, "%.12g", value);
    const double cleaned = std::strtod(text, nullptr);
    // 4.995 * 100 is 499.49999999999994 in binary: treat anything within a relative 1e-9 of
    // the half as the half, then round it away from zero as the decimal value would. The slack
    // stops at 0.001 of a hundredth: past 10⁴ a relative 1e-9 would reach the digit itself and
    // round a county total of 12345678.30 m² up to .31.
    const double scaled = std::fabs(cleaned) * 100.0;
    double whole = std::floor(scaled);
    if (scaled - whole >= 0.5 - std::min(1e-3, 1e-9 * std::max(1.0, scaled)))
        whole += 1.0;
    return std::copysign(whole / 100.0, cleaned);
}

double roundedMu(double squareMetres)
{
    return roundToHundredths(squareMetresToMu(squareMetres));
}

QString formatJudgedMu(double mu)
{
    // "-0.00" would read as a figure of its own: a rounded zero prints as zero.
    const double rounded = roundToHundredths(mu);
    return QLocale::c().toString(rounded == 0 ? 0.0 : rounded, 'f', 2);
}

QString formatMu(double squareMetres)
{
    return formatJudgedMu(roundedMu(squareMetres));
}

QString formatSquareMetres(double squareMetres)
{
    const double rounded = roundToHundredths(squareMetres);
    return QLocale::c().toString(rounded == 0 ? 0.0 : rounded, 'f', 2);
}

} // namespace fg::core
