// SPDX-License-Identifier: MIT
#include "gis/geometry/area_calculator.h"
#include "tests/gis/geometry/geodesy_test_support.h"

#include <catch2/catch.hpp>

#include <geodesic.h>

#include <cmath>
#include <stdexcept>
#include <thread>

using namespace fg::gis;
using namespace fg::gis::test;

namespace {

// Pingshun's 1:10000 sheet 3'45" x 2'30" at 113°30'–113°33'45" E, 36°10'–36°12'30" N.
constexpr double kLon1 = 113.5, kLon2 = 113.5 + 3.75 / 60;
constexpr double kLat1 = 36 + 10.0 / 60, kLat2 = 36 + 12.5 / 60;

double geographicLibArea(const Ring &ring)
{
    geod_geodesic g;
    geod_init(&g, kA, kF);
    std::vector<double> lats, lons;
    for (const auto &[lon, lat] : ring) {
        lons.push_back(lon);
        lats.push_back(lat);
    }
    double area = 0;
    geod_polygonarea(&g, lats.data(), lons.data(), int(lats.size()), &area, nullptr);
    return std::abs(area);
}

} // namespace

TEST_CASE("ellipsoidal area of a 1:10000 map sheet equals its theoretical area", "[area]")
{
    const GkProjector proj(4547);
    const AreaCalculator calc(4547);
    // 200 vertices a side: ~28 m along parallels, so the calculator's own 70 m densification
    // does not replace the parallels by GK chords.
    const auto sheet = proj.polygon({quadrangle(kLon1, kLat1, kLon2, kLat2, 200)});
    const double theoretical = closedFormQuadrangle(kLat1, kLat2, kLon2 - kLon1); // 25 992 316.6075 m²
    CHECK(calc.area(sheet.get(), AreaMethod::Ellipsoidal) == Approx(theoretical).epsilon(1e-9));
    // The same sheet in the zone-prefixed family (EPSG:4526, X = 38 500 000 + …).
    const GkProjector prefixed(4526);
    const AreaCalculator calcPrefixed(4526);
    const auto sheet38 = prefixed.polygon({quadrangle(kLon1, kLat1, kLon2, kLat2, 200)});
    CHECK(calcPrefixed.area(sheet38.get(), AreaMethod::Ellipsoidal) == Approx(theoretical).epsilon(1e-9));
}

TEST_CASE("geodesic area converges to the closed-form quadrangle and equals GeographicLib", "[area]")
{
    const GkProjector proj(4547);
    const AreaCalculator calc(4547);
    const Ring ring = quadrangle(kLon1, kLat1, kLon2, kLat2, 200);
    const auto sheet = proj.polygon({ring});
    const double geodesic = calc.area(sheet.get(), AreaMethod::Geodesic);
    // Geodesic chords of 28 m along the parallels differ from the parallels by < 1 m² in total.
    CHECK(geodesic == Approx(closedFormQuadrangle(kLat1, kLat2, kLon2 - kLon1)).epsilon(1e-7));
    // GeographicLib on the test's own lon/lat vertices (the calculator saw only GK metres).
    CHECK(geodesic == Approx(geographicLibArea(ring)).epsilon(1e-9));
}

TEST_CASE("geodesic area of an irregular parcel equals GeographicLib on the source vertices", "[area]")
{
    const GkProjector proj(4547);
    const AreaCalculator calc(4547);
    Ring star;
    for (int i = 0; i < 24; ++i) {
        const double t = 2 * kPi * i / 24;
        const double r = (i % 2 ? 900.0 : 400.0) / 111000.0;
        star.emplace_back(113.4 + r * std::cos(t) / std::cos(rad(36.2)), 36.2 + r * std::sin(t));
    }
    star.push_back(star.front());
    for (const Ring &ring : {star, reversed(star)}) {
        const auto parcel = proj.polygon({ring});
        CHECK(calc.area(parcel.get(), AreaMethod::Geodesic) == Approx(geographicLibArea(star)).epsilon(1e-9));
    }
}

TEST_CASE("holes are subtracted whatever the rings' orientation", "[area]")
{
    const GkProjector proj(4547);
    const AreaCalculator calc(4547);
    const Ring shell = quadrangle(113.50, 36.10, 113.56, 36.15, 100);
    const Ring hole = quadrangle(113.52, 36.12, 113.53, 36.13, 20);
    const double expected = closedFormQuadrangle(36.10, 36.15, 0.06) - closedFormQuadrangle(36.12, 36.13, 0.01);
    const double expectedGeodesic = geographicLibArea(shell) - geographicLibArea(hole);
    for (bool reverseShell : {false, true}) {
        for (bool reverseHole : {false, true}) {
            const auto poly = proj.polygon({reverseShell ? reversed(shell) : shell, reverseHole ? reversed(hole) : hole});
            INFO("shell reversed " << reverseShell << ", hole reversed " << reverseHole);
            CHECK(calc.area(poly.get(), AreaMethod::Ellipsoidal) == Approx(expected).epsilon(1e-8));
            CHECK(calc.area(poly.get(), AreaMethod::Geodesic) == Approx(expectedGeodesic).epsilon(1e-9));
        }
    }
    // Planar, by hand: 1000 m square minus a 200 m x 300 m hole = 940 000 m², both orientations.
    for (const char *wkt : {"POLYGON((400000 4000000, 401000 4000000, 401000 4001000, 400000 4001000, 400000 4000000),"
                            "(400100 4000100, 400100 4000400, 400300 4000400, 400300 4000100, 400100 4000100))",
                            "POLYGON((400000 4000000, 400000 4001000, 401000 4001000, 401000 4000000, 400000 4000000),"
                            "(400100 4000100, 400300 4000100, 400300 4000400, 400100 4000400, 400100 4000100))"}) {
        const auto poly = fromWkt(QString::fromLatin1(wkt));
        CHECK(calc.area(poly.get(), AreaMethod::Planar) == Approx(940000.0).epsilon(1e-12));
        const auto hole200 = fromWkt(QStringLiteral("POLYGON((400100 4000100, 400300 4000100, 400300 4000400, 400100 4000400, 400100 4000100))"));
        const auto shellOnly = gkSquare(400500, 4000500, 1000);
        CHECK(calc.area(poly.get(), AreaMethod::Ellipsoidal)
              == Approx(calc.area(shellOnly.get(), AreaMethod::Ellipsoidal) - calc.area(hole200.get(), AreaMethod::Ellipsoidal))
                     .epsilon(1e-12));
    }
}

TEST_CASE("multipolygons and collections sum their polygonal parts", "[area]")
{
    const GkProjector proj(4547);
    const AreaCalculator calc(4547);
    const Ring a = quadrangle(113.50, 36.10, 113.51, 36.11, 20);
    const Ring b = quadrangle(113.60, 36.20, 113.62, 36.21, 40);
    const double expected = closedFormQuadrangle(36.10, 36.11, 0.01) + closedFormQuadrangle(36.20, 36.21, 0.02);
    const auto multi = fromWkt(QString::fromStdString("MULTIPOLYGON(" + proj.ringsWkt({a}) + ", "
                                                      + proj.ringsWkt({reversed(b)}) + ")"));
    REQUIRE(multi);
    CHECK(calc.area(multi.get(), AreaMethod::Ellipsoidal) == Approx(expected).epsilon(1e-8));
    CHECK(calc.area(multi.get(), AreaMethod::Geodesic) == Approx(geographicLibArea(a) + geographicLibArea(b)).epsilon(1e-9));

    const auto collection = fromWkt(QString::fromStdString(
        "GEOMETRYCOLLECTION(POINT(450000 4000000), LINESTRING(450000 4000000, 451000 4001000), POLYGON"
        + proj.ringsWkt({a}) + ")"));
    REQUIRE(collection);
    const Areas areas = calc.areas(collection.get());
    CHECK(areas.ellipsoidal == Approx(closedFormQuadrangle(36.10, 36.11, 0.01)).epsilon(1e-8));
    CHECK(areas.geodesic == Approx(geographicLibArea(a)).epsilon(1e-9));
    CHECK(areas.of(AreaMethod::Planar) == areas.planar);

    const auto line = fromWkt(QStringLiteral("LINESTRING(450000 4000000, 451000 4001000)"));
    const auto empty = fromWkt(QStringLiteral("POLYGON EMPTY"));
    for (AreaMethod m : {AreaMethod::Ellipsoidal, AreaMethod::Geodesic, AreaMethod::Planar}) {
        CHECK(calc.area(line.get(), m) == 0.0);
        CHECK(calc.area(empty.get(), m) == 0.0);
        CHECK(calc.area(nullptr, m) == 0.0);
    }
}

TEST_CASE("long edges are densified to 70 m before the trapezoids are summed", "[area]")
{
    const AreaCalculator calc(4547);
    // A 5 km square turned 30°: its edges run obliquely in (B, L), where one trapezoid per 5 km
    // edge would be off by ~1e-5. The same square given with a vertex every 2 m must agree.
    const double cx = 450000, cy = 4000000, h = 2500, c = std::cos(kPi / 6), s = std::sin(kPi / 6);
    const double corners[4][2] = {{-h, -h}, {h, -h}, {h, h}, {-h, h}};
    QString sparse = QStringLiteral("POLYGON((");
    QString dense = QStringLiteral("POLYGON((");
    for (int i = 0; i <= 4; ++i) {
        const double *p = corners[i % 4];
        sparse += QStringLiteral("%1%2 %3").arg(i ? ", " : "").arg(cx + c * p[0] - s * p[1], 0, 'f', 9).arg(cy + s * p[0] + c * p[1], 0, 'f', 9);
        if (i == 4)
            break;
        const double *q = corners[(i + 1) % 4];
        for (int k = 0; k < 2500; ++k) {
            const double u = p[0] + (q[0] - p[0]) * k / 2500.0, v = p[1] + (q[1] - p[1]) * k / 2500.0;
            dense += QStringLiteral("%1 %2, ").arg(cx + c * u - s * v, 0, 'f', 9).arg(cy + s * u + c * v, 0, 'f', 9);
        }
    }
    dense += QStringLiteral("%1 %2))").arg(cx + c * -h - s * -h, 0, 'f', 9).arg(cy + s * -h + c * -h, 0, 'f', 9);
    sparse += QStringLiteral("))");
    const auto a = fromWkt(sparse);
    const auto b = fromWkt(dense);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(calc.area(a.get(), AreaMethod::Ellipsoidal) == Approx(calc.area(b.get(), AreaMethod::Ellipsoidal)).epsilon(1e-10));
    CHECK(calc.area(a.get(), AreaMethod::Planar) == Approx(25e6).epsilon(1e-12));
}
