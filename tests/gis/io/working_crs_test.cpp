// SPDX-License-Identifier: MIT
#include "core/input_error.h"
#include "fixture_writer.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cmath>

using namespace fg::gis;

namespace {

const QString kSynthetic = QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/");

/// Meridian arc length on GRS80/CGCS2000 from the equator to latitude phi (Snyder 1987, eq. 3-21);
/// the series is good to well under a millimetre, independent of PROJ.
double meridianArc(double phiDegrees)
{
    const double a = 6378137.0, f = 1.0 / 298.257222101;
    const double e2 = f * (2 - f), e4 = e2 * e2, e6 = e4 * e2;
    const double p = phiDegrees * M_PI / 180.0;
    return a
        * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * p
            - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * p)
            + (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * p) - (35 * e6 / 3072) * std::sin(6 * p));
}

QString writeSquares(const QTemporaryDir &dir, const QString &name, double x, double y, double size, int epsg)
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("ID") };
    spec.features = { { fixture::squareWkt(x, y, size, 6), { QStringLiteral("1") } } };
    spec.epsg = epsg;
    return fixture::writeShapefile(dir.path(), spec);
}

} // namespace

TEST_CASE("the synthetic county in EPSG:4547 keeps its CRS as the working CRS")
{
    const VectorLayer layer = readLayer(kSynthetic + QStringLiteral("county.shp"));
    REQUIRE(layer.crs.epsg == 4547);
    const WorkingCrsChoice choice = chooseWorkingCrs({ &layer }, {});
    CHECK(choice.epsg == 4547);
    CHECK(choice.how.contains(QStringLiteral("zone 38")));
}

TEST_CASE("lon/lat input gets the central-meridian-only zone and lands where the series says")
{
    QTemporaryDir dir;
    // A point-sized square with its corner exactly on CM 114°E at 36°N.
    const QString path = writeSquares(dir, QStringLiteral("ll"), 114.0, 36.0, 0.01, 4490);
    VectorLayer layer = readLayer(path);
    REQUIRE(layer.crs.epsg == 4490);
    REQUIRE(layer.crs.geographic);
    const WorkingCrsChoice choice = chooseWorkingCrs({ &layer }, {});
    REQUIRE(choice.epsg == 4547);
    transformToWorkingCrs(layer, choice.epsg);
    CHECK(layer.crs.epsg == 4547);
    CHECK_FALSE(layer.crs.geographic);
    const QRectF e = layer.extent();
    // On the central meridian the easting is the false easting and the northing is the arc length.
    CHECK(e.left() == Approx(500000.0).margin(1e-4));
    CHECK(e.top() == Approx(meridianArc(36.0)).margin(1e-3));
    CHECK(layer.warnings.filter(QStringLiteral("approximate")).isEmpty());
}

TEST_CASE("zone-prefixed input keeps the zone-prefixed family")
{
    QTemporaryDir dir;
    const QString path = writeSquares(dir, QStringLiteral("prefixed"), 38450000.0, 4010000.0, 100.0, 4526);
    const VectorLayer layer = readLayer(path);
    REQUIRE(layer.crs.epsg == 4526);
    CHECK(chooseWorkingCrs({ &layer }, {}).epsg == 4526);
}

TEST_CASE("a --crs override picks the working zone and rejects what is not a CGCS2000 3-degree zone")
{
    CHECK(chooseWorkingCrs({}, QStringLiteral("EPSG:4547")).epsg == 4547);
    CHECK(chooseWorkingCrs({}, QStringLiteral("4526")).epsg == 4526);
    CHECK_THROWS_AS(chooseWorkingCrs({}, QStringLiteral("EPSG:3857")), fg::core::InputError);
    CHECK_THROWS_AS(chooseWorkingCrs({}, QStringLiteral("EPSG:4490")), fg::core::InputError);
}

TEST_CASE("Xian 1980 to CGCS2000 is flagged as an approximate datum shift with an error size")
{
    QTemporaryDir dir;
    // EPSG:2383 = Xian 1980 / 3-degree Gauss-Kruger CM 114E.
    const QString path = writeSquares(dir, QStringLiteral("xian80"), 450000.0, 4010000.0, 100.0, 2383);
    VectorLayer layer = readLayer(path);
    REQUIRE(layer.crs.epsg == 2383);
    const WorkingCrsChoice choice = chooseWorkingCrs({ &layer }, {});
    REQUIRE(choice.epsg == 4547);
    transformToWorkingCrs(layer, choice.epsg);
    const QStringList approx = layer.warnings.filter(QStringLiteral("approximate"));
    REQUIRE(approx.size() == 1);
    CHECK(approx.first().contains(QStringLiteral("Xian 1980")));
    CHECK(approx.first().contains(QStringLiteral("100 m")));
}

TEST_CASE("a layer whose zone cannot be known stops the working-CRS choice with a message naming it")
{
    QTemporaryDir dir;
    const QString path = writeSquares(dir, QStringLiteral("nozone"), 450000.0, 4010000.0, 100.0, 0);
    VectorLayer layer = readLayer(path);
    CHECK_FALSE(layer.crs.known());
    CHECK(layer.crs.needsZone);
    try {
        chooseWorkingCrs({ &layer }, {});
        FAIL("expected InputError");
    } catch (const fg::core::InputError &e) {
        CHECK(e.file() == path);
        CHECK(e.problem().contains(QStringLiteral("--crs")));
    }
    CHECK_THROWS_AS(transformToWorkingCrs(layer, 4547), fg::core::InputError);

    const VectorLayer county = readLayer(kSynthetic + QStringLiteral("county.shp"));
    try {
        chooseWorkingCrs({ &county, &layer }, {});
        FAIL("expected InputError");
    } catch (const fg::core::InputError &e) {
        CHECK(e.problem().contains(QStringLiteral("the other layers use EPSG:4547")));
    }
}

TEST_CASE("the Gauss-Krueger zone names read in the UI language, other names pass through")
{
    // The gis test binary runs without a translator, so the English source text comes back.
    CHECK(fg::gis::displayCrsName(QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 114E"))
          == QStringLiteral("CGCS2000 3-degree Gauss-Kruger, central meridian 114°E"));
    CHECK(fg::gis::displayCrsName(QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger zone 38"))
          == QStringLiteral("CGCS2000 3-degree Gauss-Kruger, zone 38"));
    CHECK(fg::gis::displayCrsName(QStringLiteral("WGS 84 / UTM zone 49N")) == QStringLiteral("WGS 84 / UTM zone 49N"));
}
