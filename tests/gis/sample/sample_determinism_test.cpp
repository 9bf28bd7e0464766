// SPDX-License-Identifier: MIT
#include "gis/sample/sample_generator.h"
#include "tests/gis/sample/sample_test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace fg::gis;
using namespace fg::gis::test;

namespace {

enum class Geometry { Exact, Topological };

/// Counts rows whose attributes or geometry differ; describes the first one. Exact compares
/// vertex by vertex to 1e-6 m; Topological accepts Polygon vs one-part MultiPolygon.
int countDifferences(const VectorLayer &expected, const VectorLayer &actual, Geometry how, QString *first)
{
    GEOSContextHandle_t ctx = geosContext();
    int differences = 0;
    for (int r = 0; r < expected.featureCount(); ++r) {
        bool same = how == Geometry::Exact
            ? GEOSEqualsExact_r(ctx, expected.geometry(r), actual.geometry(r), 1e-6) == 1
            : GEOSEquals_r(ctx, expected.geometry(r), actual.geometry(r)) == 1;
        for (size_t f = 0; f < expected.fields.size() && same; ++f)
            same = expected.value(r, int(f)) == actual.value(r, int(f));
        if (!same && differences++ == 0)
            *first = QStringLiteral("row %1: %2 vs %3")
                         .arg(r)
                         .arg(toWkt(expected.geometry(r)).left(200), toWkt(actual.geometry(r)).left(200));
    }
    return differences;
}

void requireSameLayer(const VectorLayer &expected, const VectorLayer &actual, Geometry how = Geometry::Exact)
{
    INFO("layer " << expected.sourcePath.toStdString() << " (" << expected.name.toStdString() << ")");
    REQUIRE(expected.featureCount() > 0);
    REQUIRE(actual.featureCount() == expected.featureCount());
    REQUIRE(actual.fields.size() == expected.fields.size());
    for (size_t f = 0; f < expected.fields.size(); ++f)
        REQUIRE(actual.fields[f].name == expected.fields[f].name);
    QString first;
    const int differences = countDifferences(expected, actual, how, &first);
    INFO(first.toStdString());
    CHECK(differences == 0);
}

} // namespace

TEST_CASE("regenerating the sample county gives the committed features", "[sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SampleSummary summary = SampleGenerator().generate(dir.path());
    REQUIRE(summary.layers.size() == size_t(SampleGenerator::layerNames().size()));
    for (const QString &name : SampleGenerator::layerNames())
        requireSameLayer(readSampleLayer(sampleDir(), name), readSampleLayer(dir.path(), name));
    const QString gpkg = SampleGenerator::geoPackageName();
    for (const QString &name : SampleGenerator::layerNames()) {
        ReadOptions options;
        options.layerName = name;
        requireSameLayer(readLayer(QDir(sampleDir()).filePath(gpkg), options),
            readLayer(QDir(dir.path()).filePath(gpkg), options));
    }
    // The townships' targets (责任状) are derived from the layers: the same bytes.
    QFile committed(QDir(sampleDir()).filePath(QStringLiteral("targets.csv")));
    QFile fresh(QDir(dir.path()).filePath(QStringLiteral("targets.csv")));
    REQUIRE(committed.open(QIODevice::ReadOnly));
    REQUIRE(fresh.open(QIODevice::ReadOnly));
    CHECK(committed.readAll() == fresh.readAll());
}

TEST_CASE("the shapefiles and the GeoPackage hold the same features", "[sample]")
{
    const QString gpkg = QDir(sampleDir()).filePath(SampleGenerator::geoPackageName());
    for (const QString &name : SampleGenerator::layerNames()) {
        ReadOptions options;
        options.layerName = name;
        requireSameLayer(readSampleLayer(sampleDir(), name), readLayer(gpkg, options), Geometry::Topological);
    }
}

TEST_CASE("another seed gives another county", "[sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SampleGenerator(7).generate(dir.path());
    const VectorLayer committed = readSampleLayer(sampleDir(), QStringLiteral("landuse"));
    const VectorLayer other = readSampleLayer(dir.path(), QStringLiteral("landuse"));
    const bool sameCount = committed.featureCount() == other.featureCount();
    CHECK((
        !sameCount || GEOSEqualsExact_r(geosContext(), committed.geometry(0), other.geometry(0), 1e-6) == 0));
}

TEST_CASE(
    "sample shapefiles are GBK with no .cpg and no language driver id, like county deliveries", "[sample]")
{
    for (const QString &name : SampleGenerator::layerNames()) {
        const QString base = QDir(sampleDir()).filePath(name);
        INFO(name.toStdString());
        CHECK_FALSE(QFile::exists(base + QStringLiteral(".cpg")));
        CHECK(QFile::exists(base + QStringLiteral(".prj")));
        QFile dbf(base + QStringLiteral(".dbf"));
        REQUIRE(dbf.open(QIODevice::ReadOnly));
        const QByteArray header = dbf.read(32);
        REQUIRE(header.size() == 32);
        CHECK(header.at(29) == 0);
    }
    QFile dbf(QDir(sampleDir()).filePath(QStringLiteral("townships.dbf")));
    REQUIRE(dbf.open(QIODevice::ReadOnly));
    const QByteArray bytes = dbf.readAll();
    // 青羊镇 in GBK is C7E0 D1F2 D5F2 (Python: '青羊镇'.encode('gbk')); in UTF-8 it is E9 9D 92 ...
    CHECK(bytes.contains(QByteArray::fromHex("c7e0d1f2d5f2")));
    CHECK_FALSE(bytes.contains(QByteArray::fromHex("e99d92e7be8ae99587")));
    const VectorLayer townships = readSampleLayer(sampleDir(), QStringLiteral("townships"));
    CHECK(rowWhere(townships, QStringLiteral("XZQMC"), QStringLiteral("青羊镇")) >= 0);
    CHECK(townships.crs.epsg == 4547);
}
