// SPDX-License-Identifier: MIT
// Issue 15 (create5): project create's chunks are checked on a pool of threads (ChunkCheckers,
// docs/design/create-checking.md). Whatever thread finishes first, the chunks come back in the
// order they were submitted, each row checked as the whole-layer read checks it; a failure comes
// back with its chunk, and stop() ends every wait.
#include "core/input_error.h"
#include "gis/usecases/chunk_checkers.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace fg;
using namespace fg::gis;

namespace {

RawFeature rawOf(qint64 fid, const QString &wkt)
{
    RawFeature row;
    row.fid = fid;
    row.values = { QVariant(qlonglong(fid)) };
    row.wkb = toWkb(fromWkt(wkt).get());
    REQUIRE_FALSE(row.wkb.isEmpty());
    return row;
}

/// A self-intersecting star of @p points points: slow to repair, so its chunk ends last.
QString star(int points, double cx, double cy)
{
    QStringList xy;
    for (int i = 0; i <= points; ++i) {
        const double a = 2 * M_PI * double((i * 7) % points) / double(points); // skips round: crossings
        xy << QStringLiteral("%1 %2").arg(cx + 100 * std::cos(a), 0, 'f', 6).arg(cy + 100 * std::sin(a), 0, 'f', 6);
    }
    return QStringLiteral("POLYGON ((%1))").arg(xy.join(QStringLiteral(", ")));
}

QString square(double x, double y)
{
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))").arg(x).arg(y).arg(x + 10).arg(y + 10);
}

} // namespace

TEST_CASE("Checked chunks come back in submission order, each row checked as the reader checks it", "[create]")
{
    ChunkCheckers checkers(3);
    ChunkCheckers::Layer layer;
    std::vector<RawFeature> slow;
    for (int i = 0; i < 40; ++i)
        slow.push_back(rawOf(i, star(601, 1000.0 * i, 0)));
    checkers.submit(layer, std::move(slow));
    for (int k = 1; k <= 5; ++k) {
        std::vector<RawFeature> fast;
        fast.push_back(rawOf(100 * k, square(10.0 * k, 5)));
        RawFeature empty;
        empty.fid = 100 * k + 1; // no geometry: skipped as empty
        fast.push_back(std::move(empty));
        checkers.submit(layer, std::move(fast));
    }
    CHECK(checkers.pending() == 6);
    ChunkCheckers::Done done;
    REQUIRE(checkers.take(done, true));
    REQUIRE(done.rows.size() == 40);
    REQUIRE(done.features.size() == 40);
    for (const RawFeature &row : done.rows) {
        CHECK(row.verdict == GeometryVerdict::Repaired);
        CHECK_FALSE(row.asRead);
        CHECK_FALSE(row.reason.isEmpty());
        CHECK_FALSE(row.geometry); // freed on the checking thread
    }
    CHECK(done.features.front().values.front().toLongLong() == 0);
    CHECK(done.features.back().values.front().toLongLong() == 39);
    for (int k = 1; k <= 5; ++k) {
        REQUIRE(checkers.take(done, true));
        REQUIRE(done.rows.size() == 2);
        CHECK(done.rows[0].fid == 100 * k);
        CHECK(done.rows[0].verdict == GeometryVerdict::Valid);
        CHECK(done.rows[0].asRead);
        CHECK(done.rows[1].verdict == GeometryVerdict::Empty);
        REQUIRE(done.features.size() == 1);
        const StreamedFeature &f = done.features[0];
        CHECK(f.values.front().toLongLong() == 100 * k);
        // The source's polygon bytes, wrapped as a one-part MultiPolygon (9 bytes more).
        const QByteArray source = toWkb(fromWkt(square(10.0 * k, 5)).get());
        CHECK(f.wkb.size() == source.size() + 9);
        CHECK(f.wkb.mid(9) == source);
        CHECK(f.wkb == toWkb(toMultiPolygon(fromWkt(square(10.0 * k, 5)).get()).get()));
        CHECK(f.minX == 10.0 * k);
        CHECK(f.maxX == 10.0 * k + 10);
        CHECK(f.minY == 5);
        CHECK(f.maxY == 15);
    }
    CHECK(checkers.pending() == 0);
}

TEST_CASE("A WKB GEOS cannot read is counted as unreadable and skipped", "[create]")
{
    ChunkCheckers checkers(2);
    RawFeature broken;
    broken.fid = 7;
    broken.wkb = QByteArray::fromHex("0103000000ffffff7f"); // a polygon declaring 2^31 rings, none there
    std::vector<RawFeature> rows;
    rows.push_back(std::move(broken));
    rows.push_back(rawOf(8, square(0, 0)));
    checkers.submit({}, std::move(rows));
    ChunkCheckers::Done done;
    REQUIRE(checkers.take(done, true));
    CHECK(done.rows[0].unreadable);
    CHECK(done.rows[0].verdict == GeometryVerdict::Empty);
    CHECK_FALSE(done.rows[1].unreadable);
    REQUIRE(done.features.size() == 1);
    CHECK(done.features[0].values.front().toLongLong() == 8);
}

TEST_CASE("A chunk's failure comes back with it, and stop() ends the wait", "[create]")
{
    ChunkCheckers checkers(2);
    ChunkCheckers::Layer unknownCrs;
    unknownCrs.sourcePath = QStringLiteral("/data/towns.shp");
    unknownCrs.transformTo = 4547; // from an unknown CRS: transformToWorkingCrs refuses
    std::vector<RawFeature> rows;
    rows.push_back(rawOf(1, square(0, 0)));
    checkers.submit(unknownCrs, std::move(rows));
    ChunkCheckers::Done done;
    CHECK_THROWS_AS(checkers.take(done, true), core::InputError);
    std::vector<RawFeature> more;
    more.push_back(rawOf(2, square(0, 0)));
    checkers.stop();
    checkers.submit({}, std::move(more)); // after stop(): never checked
    CHECK_THROWS_AS(checkers.take(done, true), ChunkCheckers::Stopped);
}
