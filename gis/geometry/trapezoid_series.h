// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace fg::gis {

/// The Third National Land Survey's ellipsoidal area of a ring (国土调查办发〔2008〕32号
/// 《图幅理论面积与图斑椭球面积计算公式及要求》, used by TD/T 1055-2019): the sum over the ring's
/// edges of ellipsoidal trapezoids between the edge and a reference meridian, each by the series
///   S = 2b²ΔL [A sin(ΔB/2) cos Bm − B sin(3ΔB/2) cos 3Bm + C sin(5ΔB/2) cos 5Bm
///              − D sin(7ΔB/2) cos 7Bm + E sin(9ΔB/2) cos 9Bm]
/// with ΔL the edge's mean longitude minus the reference, ΔB and Bm the edge's latitude difference
/// and mean. The result is exact for meridians and parallels and second-order in edge length
/// otherwise, which is why the survey densifies edges to ≤ 70 m before summing.
/// Immutable after construction; safe to share between threads.
class TrapezoidSeries
{
public:
    /// Ellipsoid by semi-major axis a (m) and flattening f.
    TrapezoidSeries(double a, double f);

    /// Signed area in m² of the ring (lon[i], lat[i]) in radians, i < n; counter-clockwise
    /// (east-then-north) rings are positive. The ring may or may not repeat its first vertex.
    double signedRingArea(const double *lonRad, const double *latRad, std::size_t n) const;

    /// Area in m² of the quadrangle between two parallels and a longitude difference (radians)
    /// by the same series: one term of the sum above (图幅理论面积).
    double quadrangleArea(double lat1Rad, double lat2Rad, double dLonRad) const;

private:
    double trapezoid(double b1, double b2, double dLon) const;

    double m_b2x2 = 0; // 2b²
    double m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0;
};

} // namespace fg::gis
