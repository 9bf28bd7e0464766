// SPDX-License-Identifier: MIT
// provenValidPolygonWkb (gis/io/proven_polygon_wkb.h) and checkRawFeature's use of it: project
// create keeps a one-ring parcel as read without GEOS where the ring is proven simple. Every
// answer is checked against GEOS: the verdict checkAndRepair gives and the envelope, bit for bit.
#include "gis/io/proven_polygon_wkb.h"
#include "gis/io/raw_feature.h"

#include <QStringList>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <random>

using namespace fg::gis;

namespace {

/// A little-endian one-ring Polygon WKB of @p xy (x, y pairs, closed by the caller), as the .shp
/// records give it.
QByteArray polygonWkb(const std::vector<double> &xy)
{
    QByteArray wkb(13, '\0');
    wkb[0] = 1;
    qToLittleEndian<quint32>(3, wkb.data() + 1);
    qToLittleEndian<quint32>(1, wkb.data() + 5);
    qToLittleEndian<quint32>(quint32(xy.size() / 2), wkb.data() + 9);
    wkb.append(reinterpret_cast<const char *>(xy.data()), qsizetype(xy.size() * sizeof(double)));
    return wkb;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// The proof's answer for @p wkb, after checking it against GEOS: where it says valid, GEOS reads
/// the WKB, checkAndRepair keeps it as read, and GEOS's envelope is the proof's box bit for bit.
bool proven(const QByteArray &wkb)
{
    GeometryBox box { 1, 2, 3, 4 };
    const bool answer = provenValidPolygonWkb(wkb, &box);
    if (!answer) {
        CHECK((box.minX == 1 && box.minY == 2 && box.maxX == 3 && box.maxY == 4)); // left as it was
        return false;
    }
    GeosGeometryPtr g = fromWkb(wkb);
    REQUIRE(g);
    const GEOSGeometry *asRead = g.get();
    CHECK(checkAndRepair(g, GeometryKind::Polygon) == GeometryVerdict::Valid);
    CHECK(g.get() == asRead);
    CHECK(toWkb(g.get()) == wkb);
    GeometryBox geos;
    REQUIRE(geometryBox(g.get(), &geos));
    CHECK(sameBits(box.minX, geos.minX));
    CHECK(sameBits(box.minY, geos.minY));
    CHECK(sameBits(box.maxX, geos.maxX));
    CHECK(sameBits(box.maxY, geos.maxY));
    return true;
}

std::vector<double> closed(std::vector<double> xy)
{
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

const std::vector<double> kSquare = closed({ 500000, 4000000, 500010, 4000000, 500010, 4000010, 500000, 4000010 });

} // namespace

TEST_CASE("A one-ring polygon proven simple is valid as read, with GEOS's envelope", "[create][simplering]")
{
    CHECK(proven(polygonWkb(kSquare)));
    // Clockwise, as shapefiles store outer rings, and a reflex vertex.
    CHECK(proven(polygonWkb(closed({ 0, 0, 0, 60, 20, 60, 20, 20, 60, 20, 60, 0 }))));
    // Signed zeros: the envelope keeps the first of equal values, as GEOS's does.
    CHECK(proven(polygonWkb(closed({ -0.0, -0.0, 10, 0.0, 10, 10, 0.0, 10, -0.0, 5 }))));
    // Random star-shaped rings (simple) and the same with two vertices swapped (mostly not).
    std::mt19937 random(9);
    std::uniform_real_distribution<double> radius(20.0, 100.0);
    int provenCount = 0, refused = 0;
    for (int trial = 0; trial < 1000; ++trial) {
        const int n = 5 + trial % 40;
        std::vector<double> xy;
        for (int i = 0; i < n; ++i) {
            const double angle = 2 * M_PI * i / n, r = radius(random);
            xy.push_back(538000.0 + r * std::cos(angle));
            xy.push_back(4001000.0 + r * std::sin(angle));
        }
        if (trial % 2 == 1) {
            const size_t a = size_t(trial % n), b = size_t((trial / 2) % n);
            std::swap(xy[2 * a], xy[2 * b]);
            std::swap(xy[2 * a + 1], xy[2 * b + 1]);
        }
        const QByteArray wkb = polygonWkb(closed(xy));
        if (proven(wkb)) {
            ++provenCount;
        } else {
            ++refused;
            GeosGeometryPtr g = fromWkb(wkb); // what GEOS says of the rest is not the proof's to say
            REQUIRE(g);
        }
    }
    CHECK(provenCount >= 500); // every unswapped star at least
    CHECK(refused > 200);
}

TEST_CASE("WKB the proof does not know is left to GEOS", "[create][simplering]")
{
    const QByteArray square = polygonWkb(kSquare);
    REQUIRE(proven(square));
    // A bowtie, an unclosed ring, a three-point ring, a NaN, a repeated vertex.
    CHECK_FALSE(proven(polygonWkb(closed({ 0, 0, 100, 100, 100, 0, 0, 100 }))));
    CHECK_FALSE(proven(polygonWkb({ 0, 0, 10, 0, 10, 10, 0, 10, 0, 1 })));
    CHECK_FALSE(proven(polygonWkb({ 0, 0, 10, 0, 0, 0 })));
    CHECK_FALSE(proven(polygonWkb(closed({ 0, 0, 10, 0, std::nan(""), 10, 0, 10 }))));
    CHECK_FALSE(proven(polygonWkb(closed({ 0, 0, 10, 0, 10, 0, 10, 10, 0, 10 }))));
    // Framing: a byte more or less, a point count that does not fit the bytes.
    CHECK_FALSE(proven(square + '\0'));
    CHECK_FALSE(proven(square.left(square.size() - 1)));
    CHECK_FALSE(proven(square.left(12)));
    CHECK_FALSE(proven(QByteArray()));
    QByteArray miscounted = square;
    qToLittleEndian<quint32>(4, miscounted.data() + 9);
    CHECK_FALSE(proven(miscounted));
    // Big-endian, Polygon Z (ISO and EWKB), a MultiPolygon, two rings (a hole).
    const GeosGeometryPtr g = fromWkb(square);
    QByteArray bigEndian(13, '\0');
    bigEndian[0] = 0;
    qToBigEndian<quint32>(3, bigEndian.data() + 1);
    qToBigEndian<quint32>(1, bigEndian.data() + 5);
    qToBigEndian<quint32>(5, bigEndian.data() + 9);
    for (double v : kSquare) {
        char bytes[8];
        qToBigEndian<double>(v, bytes);
        bigEndian.append(bytes, 8);
    }
    REQUIRE(fromWkb(bigEndian));
    CHECK_FALSE(proven(bigEndian));
    QByteArray isoZ = square;
    qToLittleEndian<quint32>(1003, isoZ.data() + 1);
    CHECK_FALSE(proven(isoZ));
    QByteArray ewkbZ = square;
    qToLittleEndian<quint32>(0x80000003u, ewkbZ.data() + 1);
    CHECK_FALSE(proven(ewkbZ));
    const QByteArray multi = toWkb(fromWkt(QStringLiteral("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0)))")).get());
    CHECK_FALSE(proven(multi));
    const QByteArray holed
        = toWkb(fromWkt(QStringLiteral("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))")).get());
    REQUIRE(GEOSisValid_r(geosContext(), fromWkb(holed).get()) == 1);
    CHECK_FALSE(proven(holed));
}

TEST_CASE("checkRawFeature keeps a proven parcel as read without GEOS, and asks GEOS for the rest", "[create][simplering]")
{
    RawFeature square;
    square.wkb = polygonWkb(kSquare);
    checkRawFeature(square, GeometryKind::Polygon);
    CHECK(square.proven);
    CHECK_FALSE(square.geometry); // GEOS never read it
    CHECK(square.verdict == GeometryVerdict::Valid);
    CHECK(square.kind == GeometryKind::Polygon);
    CHECK(square.asRead);
    CHECK(square.reason.isEmpty());
    CHECK((square.box.minX == 500000 && square.box.minY == 4000000 && square.box.maxX == 500010
        && square.box.maxY == 4000010));
    // A layer of another kind: GEOS's verdict (the wrong kind), not the proof's.
    RawFeature inLineLayer;
    inLineLayer.wkb = polygonWkb(kSquare);
    checkRawFeature(inLineLayer, GeometryKind::Line);
    CHECK_FALSE(inLineLayer.proven);
    CHECK(inLineLayer.verdict == GeometryVerdict::WrongKind);
    // A bowtie is GEOS's: repaired, with its reason.
    RawFeature bowtie;
    bowtie.wkb = polygonWkb(closed({ 0, 0, 100, 100, 100, 0, 0, 100 }));
    checkRawFeature(bowtie, GeometryKind::Polygon);
    CHECK_FALSE(bowtie.proven);
    CHECK(bowtie.verdict == GeometryVerdict::Repaired);
    CHECK_FALSE(bowtie.reason.isEmpty());
    CHECK_FALSE(bowtie.asRead);
    // A row OGR could not export stays unreadable (skipped as empty).
    RawFeature unreadable;
    unreadable.wkb = polygonWkb(kSquare);
    unreadable.unreadable = true;
    checkRawFeature(unreadable, GeometryKind::Polygon);
    CHECK_FALSE(unreadable.proven);
    CHECK(unreadable.verdict == GeometryVerdict::Empty);
}
