// SPDX-License-Identifier: MIT
#include "gis/geometry/area_calculator.h"
#include "tests/gis/geometry/geodesy_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <thread>

using namespace fg::gis;
using namespace fg::gis::test;

TEST_CASE("planar area exceeds the ellipsoidal area more and more away from the central meridian", "[area]")
{
    const AreaCalculator calc(4547);
    // GK's linear scale is k ≈ 1 + x²/(2R²) at x metres from the central meridian (R² = M·N), so
    // planar/ellipsoidal − 1 ≈ k² − 1 ≈ mean(x²)/R², with mean(x²) = x² + w²/12 over a square of
    // side w. At 36.1° N, R ≈ 6 372 km:  x = 0 → 2e-9, 50 km → 6.2e-5, 100 km → 2.46e-4,
    // 150 km → 5.54e-4 (≈ 554 m² on one km²).
    const double e2 = kF * (2 - kF), s = std::sin(rad(36.1));
    const double w = 1 - e2 * s * s;
    const double r2 = kA * kA * (1 - e2) / (w * w); // M·N
    const double side = 1000;
    double previous = -1;
    for (double offsetKm : {0.0, 50.0, 100.0, 150.0}) {
        const double x = offsetKm * 1000;
        const auto sq = gkSquare(500000 + x, 4000000, side);
        const Areas a = calc.areas(sq.get());
        REQUIRE(a.planar == Approx(side * side).epsilon(1e-12));
        const double relative = a.planar / a.ellipsoidal - 1;
        const double expected = (x * x + side * side / 12) / r2;
        INFO(offsetKm << " km east of 114°E: planar/ellipsoidal - 1 = " << relative << ", expected " << expected);
        CHECK(relative > previous);
        CHECK(relative == Approx(expected).epsilon(0.01).margin(1e-8));
        // Geodesic and ellipsoidal agree closely on a small square (edges differ by < 1 mm).
        CHECK(a.geodesic == Approx(a.ellipsoidal).epsilon(1e-8));
        previous = relative;
    }
    CHECK(previous > 5e-4);
}

TEST_CASE("only CGCS2000 Gauss-Krüger working CRSs are accepted", "[area]")
{
    // Geographic CGCS2000 and WGS 84, web mercator, UTM on WGS 84, Xian 1980 GK, nonsense codes.
    for (int epsg : {4326, 4490, 3857, 32649, 2383, 0, -1, 999999})
        CHECK_THROWS_AS(AreaCalculator(epsg), std::invalid_argument);
    // Both 3° families: zone-prefixed (4513–4533) and CM-only (4534–4554).
    for (int epsg : {4513, 4526, 4533, 4534, 4547, 4554})
        CHECK(AreaCalculator(epsg).workingEpsg() == epsg);
    // The 6° zones (4491–4501 prefixed, 4502–4512 CM only) are CGCS2000 Gauss-Krüger as well.
    for (int epsg : {4491, 4502, 4508})
        CHECK(AreaCalculator(epsg).workingEpsg() == epsg);
}

TEST_CASE("all three areas at once equal the areas one method at a time", "[area]")
{
    const AreaCalculator calc(4547);
    // A parcel with a hole and edges both shorter and longer than 70 m.
    const auto parcel = fromWkt(QStringLiteral("POLYGON((440000 4010000, 440350 4010020, 440360 4010300, 440010 4010310, "
                                               "440005 4010150, 440000 4010000), (440100 4010100, 440200 4010100, "
                                               "440150 4010180, 440100 4010100))"));
    REQUIRE(parcel);
    const Areas all = calc.areas(parcel.get());
    for (AreaMethod m : {AreaMethod::Ellipsoidal, AreaMethod::Geodesic, AreaMethod::Planar})
        CHECK(all.of(m) == calc.area(parcel.get(), m));
    CHECK(all.ellipsoidal < all.planar); // 60 km west of the central meridian, GK enlarges
}

TEST_CASE("area method names round-trip", "[area]")
{
    for (AreaMethod m : {AreaMethod::Ellipsoidal, AreaMethod::Geodesic, AreaMethod::Planar}) {
        AreaMethod parsed = AreaMethod::Planar == m ? AreaMethod::Ellipsoidal : AreaMethod::Planar;
        REQUIRE(parseAreaMethod(QString::fromLatin1(areaMethodName(m)), &parsed));
        CHECK(parsed == m);
    }
    CHECK(QString::fromLatin1(areaMethodName(AreaMethod::Ellipsoidal)) == QStringLiteral("ellipsoidal"));
    AreaMethod unused;
    CHECK(parseAreaMethod(QStringLiteral(" Geodesic "), &unused));
    CHECK(unused == AreaMethod::Geodesic);
    CHECK_FALSE(parseAreaMethod(QStringLiteral("spherical"), &unused));
    CHECK_FALSE(parseAreaMethod(QString(), &unused));
}

TEST_CASE("a calculator moved to another thread measures there", "[area]")
{
    AreaCalculator calc(4547);
    const auto sq = gkSquare(450000, 4000000, 1000);
    const double here = calc.area(sq.get(), AreaMethod::Ellipsoidal);
    double there = 0;
    std::thread worker([&] {
        // GEOS geometry and PROJ transformation now run under the worker's contexts.
        const auto local = gkSquare(450000, 4000000, 1000);
        there = calc.area(local.get(), AreaMethod::Ellipsoidal);
    });
    worker.join();
    CHECK(there == here);
    CHECK(calc.area(sq.get(), AreaMethod::Ellipsoidal) == here);
}

TEST_CASE("coordinates PROJ cannot invert are reported, not measured", "[area]")
{
    const AreaCalculator calc(4547);
    const auto far = fromWkt(QStringLiteral("POLYGON((1e12 1e12, 1.1e12 1e12, 1.1e12 1.1e12, 1e12 1e12))"));
    CHECK_THROWS(calc.area(far.get(), AreaMethod::Ellipsoidal));
    CHECK_THROWS(calc.area(far.get(), AreaMethod::Geodesic));
}
