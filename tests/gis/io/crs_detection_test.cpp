// SPDX-License-Identifier: MIT
// How the reader decides a layer's CRS: .prj (EPSG and Esri flavours), coordinates, --crs.
#include "core/input_error.h"
#include "fixture_writer.h"
#include "gis/io/crs_check_aside.h"
#include "gis/io/crs_detection.h"
#include "gis/io/layer_reader.h"
#include "gis/usecases/layer_files.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fg::gis;

namespace {

const QString kShared = QStringLiteral(FG_SHARED_DATA_DIR "/");

/// Esri's own text for CGCS2000 / 3-degree GK zone 38 with the zone prefixed to the easting, which
/// names no EPSG code anywhere.
const QString kEsriZone38 = QStringLiteral(
    "PROJCS[\"CGCS2000_3_Degree_GK_Zone_38\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
    "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
    "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",38500000."
    "0],"
    "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],"
    "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");

/// The short Esri CGCS2000 definition of the NMC files, with a projection added.
const QString kEsriCgcs2000Cm114 = QStringLiteral(
    "PROJCS[\"GK_CM_114\",GEOGCS[\"CGCS_2000\",DATUM[\"D_2000\",SPHEROID[\"S_2000\",6378137.0,298."
    "2572221010041]],"
    "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],"
    "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\","
    "114.0],"
    "PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");

QString writeSquare(
    const QTemporaryDir &dir, const QString &name, double x, double y, int epsg, const QString &prj = {})
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("ID") };
    spec.features = { { QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                            .arg(x, 0, 'f', 6)
                            .arg(y, 0, 'f', 6)
                            .arg(x + 50, 0, 'f', 6)
                            .arg(y + 50, 0, 'f', 6),
        { QStringLiteral("1") } } };
    spec.epsg = epsg;
    spec.prjText = prj;
    return fixture::writeShapefile(dir.path(), spec);
}

} // namespace

TEST_CASE("zone-prefixed Gauss-Kruger: EPSG from the .prj, and from the 8-digit eastings without one")
{
    QTemporaryDir dir;
    const VectorLayer withPrj = readLayer(writeSquare(dir, QStringLiteral("with"), 38450000, 4010000, 4526));
    CHECK(withPrj.crs.epsg == 4526);
    CHECK(withPrj.crs.how.contains(QStringLiteral(".prj")));
    CHECK(withPrj.warnings.filter(QStringLiteral("does not fit")).isEmpty());

    const VectorLayer without = readLayer(writeSquare(dir, QStringLiteral("without"), 38450000, 4010000, 0));
    CHECK(without.crs.epsg == 4526);
    CHECK(without.crs.how.contains(QStringLiteral("zone prefix 38")));
}

TEST_CASE("unprefixed Gauss-Kruger: EPSG from the .prj, without one the zone is asked for")
{
    QTemporaryDir dir;
    const VectorLayer withPrj = readLayer(writeSquare(dir, QStringLiteral("with"), 450000, 4010000, 4547));
    CHECK(withPrj.crs.epsg == 4547);
    CHECK_FALSE(withPrj.crs.geographic);

    const QString bare = writeSquare(dir, QStringLiteral("without"), 450000, 4010000, 0);
    const VectorLayer without = readLayer(bare);
    CHECK(without.crs.epsg == 0);
    CHECK_FALSE(without.crs.known());
    CHECK(without.crs.needsZone);
    CHECK(without.crs.how.contains(QStringLiteral("--crs")));

    ReadOptions options;
    options.crs = QStringLiteral("EPSG:4547");
    const VectorLayer given = readLayer(bare, options);
    CHECK(given.crs.epsg == 4547);
    CHECK(given.crs.how.contains(QStringLiteral("--crs")));
}

TEST_CASE("Esri-style CGCS2000 WKT resolves to EPSG codes")
{
    QTemporaryDir dir;
    const VectorLayer zone38
        = readLayer(writeSquare(dir, QStringLiteral("z38"), 38450000, 4010000, 0, kEsriZone38));
    CHECK(zone38.crs.epsg == 4526);
    const VectorLayer cm114
        = readLayer(writeSquare(dir, QStringLiteral("cm114"), 450000, 4010000, 0, kEsriCgcs2000Cm114));
    CHECK(cm114.crs.epsg == 4547);
    CHECK(identifyCrs(kEsriCgcs2000Cm114, QStringLiteral("test")).epsg == 4547);
    // The geographic CGCS_2000/D_2000 text GDAL cannot match (confidence 60 %).
    const VectorLayer shanxi
        = readLayer(kShared + QStringLiteral("boundaries/nmc_shanxi_outline_cp936/山西.shp"));
    CHECK(shanxi.crs.epsg == 4490);
    CHECK(shanxi.crs.geographic);
    CHECK(shanxi.crs.how.contains(QStringLiteral("Esri-style CGCS2000")));
    const VectorLayer reservoirs
        = readLayer(kShared + QStringLiteral("landuse/changsha_hydro_admin_utf8/shuiku.shp"));
    CHECK(reservoirs.crs.epsg == 4490);
    const VectorLayer synthetic = readLayer(kShared + QStringLiteral("synthetic-small/townships.shp"));
    CHECK(synthetic.crs.epsg == 4547);
}

TEST_CASE("lon/lat without a .prj is geographic CGCS2000 in China and says it was inferred")
{
    QTemporaryDir dir;
    fixture::ShapefileSpec spec;
    spec.fields = { QStringLiteral("ID") };
    spec.features = { { QStringLiteral("POLYGON((113.4 36.2,113.41 36.2,113.41 36.21,113.4 36.2))"),
        { QStringLiteral("1") } } };
    const VectorLayer layer = readLayer(fixture::writeShapefile(dir.path(), spec));
    CHECK(layer.crs.epsg == 4490);
    CHECK(layer.crs.geographic);
    CHECK(layer.crs.how.contains(QStringLiteral("inferred")));
    const VectorLayer provinces
        = readLayer(kShared + QStringLiteral("boundaries/ngcc_bou2_4p_gbk/bou2_4p.shp"));
    CHECK(provinces.crs.epsg == 4490);
    CHECK(provinces.warnings.filter(QStringLiteral("does not fit")).isEmpty());
}

TEST_CASE("a .prj that does not fit the coordinates gets a warning")
{
    const VectorLayer townships
        = readLayer(kShared + QStringLiteral("landuse/textbook_townshp_gbk/townshp.shp"));
    CHECK(townships.crs.epsg == 2386);
    CHECK(townships.warnings.filter(QStringLiteral("does not fit")).size() == 1);

    QTemporaryDir dir;
    // Zone-prefixed eastings under a central-meridian-only .prj: 38 000 km east of CM 114°E.
    const VectorLayer shifted
        = readLayer(writeSquare(dir, QStringLiteral("shifted"), 38450000, 4010000, 4547));
    CHECK(shifted.crs.epsg == 4547);
    CHECK(shifted.warnings.filter(QStringLiteral("does not fit")).size() == 1);
}

TEST_CASE("coordinates that fit no CRS stay unknown, and --crs that PROJ does not know is an input error")
{
    QTemporaryDir dir;
    const QString path = writeSquare(dir, QStringLiteral("local"), 5000, 700, 0);
    const VectorLayer layer = readLayer(path);
    CHECK_FALSE(layer.crs.known());
    CHECK_FALSE(layer.crs.needsZone);
    ReadOptions options;
    options.crs = QStringLiteral("EPSG:999999");
    CHECK_THROWS_AS(readLayer(path, options), fg::core::InputError);
}

TEST_CASE("a read that leaves the CRS check aside gives through CrsCheckAside the mismatch the read makes itself",
    "[crs][import]")
{
    QTemporaryDir dir;
    // Zone-prefixed eastings under a central-meridian-only .prj, the textbook townships under a
    // Xian 1980 zone .prj (both do not fit), a square that fits, and one without a .prj.
    const QStringList paths { writeSquare(dir, QStringLiteral("shifted"), 38450000, 4010000, 4547),
        kShared + QStringLiteral("landuse/textbook_townshp_gbk/townshp.shp"),
        writeSquare(dir, QStringLiteral("fits"), 450000, 4010000, 4547),
        writeSquare(dir, QStringLiteral("noprj"), 38450000, 4010000, 0) };
    const bool fits[] = { false, false, true, true };
    for (qsizetype i = 0; i < paths.size(); ++i) {
        INFO(paths[i].toStdString());
        const VectorLayer checked = readLayer(paths[i]);
        std::optional<QRectF> extent = QRectF(1, 2, 3, 4); // whatever it held is replaced
        const VectorLayer left = readLayerCrsAside(paths[i], {}, extent);
        CHECK(checked.crs.mismatch.isEmpty() == fits[i]);
        CHECK(left.crs.mismatch.isEmpty());
        CHECK(extent.has_value() == (i != 3)); // only a declared CRS is checked
        CHECK(left.crs.epsg == checked.crs.epsg);
        CHECK(left.crs.wkt == checked.crs.wkt);
        CHECK(left.featureCount() == checked.featureCount());
        QStringList expected = checked.warnings;
        expected.removeAll(checked.crs.mismatch); // the read's warning is the mismatch's own text
        CHECK(left.warnings == expected);
        CrsCheckAside check(left.crs, extent);
        CHECK(check.mismatch() == checked.crs.mismatch);
        CHECK(check.mismatch() == checked.crs.mismatch); // asked twice: the same answer
    }
}

TEST_CASE("with --crs given, readPolygonFileCrsAside checks the declared CRS in the read as readPolygonFile does",
    "[crs][import]")
{
    QTemporaryDir dir;
    const QString shifted = writeSquare(dir, QStringLiteral("shifted"), 38450000, 4010000, 4547);
    LayerFileOptions options;
    std::optional<QRectF> extent;
    const VectorLayer left = readPolygonFileCrsAside(shifted, options, extent);
    CHECK(left.crs.epsg == 4547);
    CHECK(left.crs.mismatch.isEmpty());
    REQUIRE(extent.has_value());
    CHECK_FALSE(CrsCheckAside(left.crs, extent).mismatch().isEmpty());
    options.crs = QStringLiteral("EPSG:4526"); // the zone the eastings name: replaces the .prj's CRS
    const VectorLayer replaced = readPolygonFileCrsAside(shifted, options, extent);
    CHECK(replaced.crs.epsg == 4526);
    CHECK_FALSE(extent.has_value());
    CHECK(replaced.crs.wkt == readPolygonFile(shifted, options).crs.wkt);
}
