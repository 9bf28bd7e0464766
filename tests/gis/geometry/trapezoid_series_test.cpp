// SPDX-License-Identifier: MIT
#include "gis/geometry/trapezoid_series.h"
#include "tests/gis/geometry/geodesy_test_support.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::gis::test;

TEST_CASE("closed-form quadrangle reproduces the hand-computed 1:10000 sheet area", "[area][series]")
{
    // The reference itself, checked once against an independent Python evaluation of the same
    // closed form (double precision, a = 6378137, f = 1/298.257222101):
    //   1:10000 sheet 3'45" x 2'30", 36°10'–36°12'30" N (Pingshun):  25 992 316.6075 m²
    //   1:10000 sheet 3'45" x 2'30", 36°00'–36°02'30" N:             26 046 550.1842 m²
    //   1:5000  sheet 1'52.5" x 1'15", 36°10'–36°11'15" N:            6 498 928.2886 m²
    //   1:50000 sheet 15' x 10', 36°00'–36°10' N:                   416 419 679.4992 m²
    CHECK(closedFormQuadrangle(36 + 10.0 / 60, 36 + 12.5 / 60, 3.75 / 60) == Approx(25992316.6075).epsilon(1e-11));
    CHECK(closedFormQuadrangle(36, 36 + 2.5 / 60, 3.75 / 60) == Approx(26046550.1842).epsilon(1e-11));
    CHECK(closedFormQuadrangle(36 + 10.0 / 60, 36 + 11.25 / 60, 1.875 / 60) == Approx(6498928.2886).epsilon(1e-11));
    CHECK(closedFormQuadrangle(36, 36 + 10.0 / 60, 15.0 / 60) == Approx(416419679.4992).epsilon(1e-11));
}

TEST_CASE("trapezoid series with first eccentricity matches the closed form for map sheets", "[area][series]")
{
    const TrapezoidSeries series(kA, kF);
    struct Sheet { double lat1, dLat, dLon; };
    // 1:5000, 1:10000, 1:25000, 1:50000, 1:100000 sheet sizes at Pingshun's latitude band and
    // across China (20°–52° N) where the e⁸ truncation matters most.
    for (const Sheet &s : {Sheet{36 + 10.0 / 60, 1.25 / 60, 1.875 / 60}, Sheet{36 + 10.0 / 60, 2.5 / 60, 3.75 / 60},
                           Sheet{36, 5.0 / 60, 7.5 / 60}, Sheet{36, 10.0 / 60, 15.0 / 60},
                           Sheet{36, 20.0 / 60, 30.0 / 60}, Sheet{20, 20.0 / 60, 30.0 / 60},
                           Sheet{52, 20.0 / 60, 30.0 / 60}}) {
        const double expected = closedFormQuadrangle(s.lat1, s.lat1 + s.dLat, s.dLon);
        INFO("sheet at " << s.lat1 << "°N, " << s.dLat * 60 << "' x " << s.dLon * 60 << "'");
        CHECK(series.quadrangleArea(rad(s.lat1), rad(s.lat1 + s.dLat), rad(s.dLon))
              == Approx(expected).epsilon(1e-11));
    }
}

TEST_CASE("trapezoid series with the second eccentricity would be measurably wrong", "[area][series]")
{
    // Why the comment in trapezoid_series.cpp insists on e²: feeding e′² = e²/(1−e²) into A–E
    // (as some copies of the notice's sample code do) misses the closed form by ~3e-5.
    const double e2 = kF * (2 - kF);
    const double ep2 = e2 / (1 - e2);
    // Solve e′² = 2f′ − f′² for the flattening that makes TrapezoidSeries use e′² in A–E.
    const double fWrong = 1 - std::sqrt(1 - ep2);
    const TrapezoidSeries wrong(kA * (1 - kF) / (1 - fWrong), fWrong); // same b, as the notice's b²
    const double expected = closedFormQuadrangle(36 + 10.0 / 60, 36 + 12.5 / 60, 3.75 / 60);
    const double got = wrong.quadrangleArea(rad(36 + 10.0 / 60), rad(36 + 12.5 / 60), rad(3.75 / 60));
    CHECK(got / expected - 1 == Approx(3.15e-5).epsilon(0.02));
}

TEST_CASE("trapezoid ring sum is signed by orientation and exact for a meridian-parallel ring", "[area][series]")
{
    const TrapezoidSeries series(kA, kF);
    const Ring ring = quadrangle(113.5, 36.1, 113.55, 36.14, 3);
    std::vector<double> lon, lat;
    for (const auto &[x, y] : ring) {
        lon.push_back(rad(x));
        lat.push_back(rad(y));
    }
    const double expected = closedFormQuadrangle(36.1, 36.14, 0.05);
    // Ring with its closing vertex repeated, and without it.
    CHECK(series.signedRingArea(lon.data(), lat.data(), lon.size()) == Approx(expected).epsilon(1e-11));
    CHECK(series.signedRingArea(lon.data(), lat.data(), lon.size() - 1) == Approx(expected).epsilon(1e-11));
    std::vector<double> rlon(lon.rbegin(), lon.rend()), rlat(lat.rbegin(), lat.rend());
    CHECK(series.signedRingArea(rlon.data(), rlat.data(), rlon.size()) == Approx(-expected).epsilon(1e-11));
}
