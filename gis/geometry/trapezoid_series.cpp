// SPDX-License-Identifier: MIT
#include "gis/geometry/trapezoid_series.h"

#include <cmath>

namespace fg::gis {

TrapezoidSeries::TrapezoidSeries(double a, double f)
{
    // The trapezoid's area is ΔL ∫ M N cos B dB with M N = b² / (1 − e² sin² B)², e² the FIRST
    // eccentricity squared (e² = 2f − f², b² = a²(1 − e²)). Expanding (1 − e² sin² B)⁻² in powers of
    // e² and cos B sin²ᵏ B in cosines of odd multiples gives A–E below, so they must take e², not
    // the second eccentricity e′² = e²/(1 − e²) that some published copies of the notice's sample
    // code put in: with e′² the areas come out ≈ 3.2e-5 too large at 36°N (≈ 32 m² on a 1 km² parcel).
    const double e2 = f * (2 - f);
    const double e4 = e2 * e2, e6 = e4 * e2, e8 = e6 * e2;
    const double b = a * (1 - f);
    m_b2x2 = 2 * b * b;
    m_a = 1 + 3.0 / 6 * e2 + 30.0 / 80 * e4 + 35.0 / 112 * e6 + 630.0 / 2304 * e8;
    m_b = 1.0 / 6 * e2 + 15.0 / 80 * e4 + 21.0 / 112 * e6 + 420.0 / 2304 * e8;
    m_c = 3.0 / 80 * e4 + 7.0 / 112 * e6 + 180.0 / 2304 * e8;
    m_d = 1.0 / 112 * e6 + 45.0 / 2304 * e8;
    m_e = 5.0 / 2304 * e8;
}

double TrapezoidSeries::trapezoid(double b1, double b2, double dLon) const
{
    const double dB = b2 - b1;
    const double bm = 0.5 * (b1 + b2);
    return m_b2x2 * dLon
           * (m_a * std::sin(0.5 * dB) * std::cos(bm) - m_b * std::sin(1.5 * dB) * std::cos(3 * bm)
              + m_c * std::sin(2.5 * dB) * std::cos(5 * bm) - m_d * std::sin(3.5 * dB) * std::cos(7 * bm)
              + m_e * std::sin(4.5 * dB) * std::cos(9 * bm));
}

double TrapezoidSeries::signedRingArea(const double *lonRad, const double *latRad, std::size_t n) const
{
    if (n < 3)
        return 0;
    // A reference meridian through the ring keeps ΔL small; it cancels exactly in the closed sum
    // (the trapezoid terms telescope), so only rounding depends on it.
    const double ref = lonRad[0];
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1 == n) ? 0 : i + 1;
        const double dB = latRad[j] - latRad[i];
        if (dB == 0)
            continue;
        const double dL = 0.5 * (lonRad[i] + lonRad[j]) - ref;
        sum += trapezoid(latRad[i], latRad[j], dL);
    }
    // Walking north along the east side (ΔB > 0 at larger ΔL) is the counter-clockwise direction,
    // so the sum as written is positive for counter-clockwise rings.
    return sum;
}

double TrapezoidSeries::quadrangleArea(double lat1Rad, double lat2Rad, double dLonRad) const
{
    return std::abs(trapezoid(lat1Rad, lat2Rad, dLonRad));
}

} // namespace fg::gis
