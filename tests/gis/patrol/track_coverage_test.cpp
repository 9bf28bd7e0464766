// SPDX-License-Identifier: MIT
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/patrol/patrol_track.h"
#include "gis/patrol/track_coverage.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace fg::gis;

namespace {

constexpr int kEpsg = 4547;

struct Fix
{
    double lon, lat;
    int second; ///< seconds after 08:00:00Z
};

QString writeGpx(const QTemporaryDir &dir, const std::vector<Fix> &fixes)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"farmguard-test\" "
                                 "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>t</name><trkseg>\n");
    for (const Fix &f : fixes)
        xml += QStringLiteral("<trkpt lat=\"%1\" lon=\"%2\"><time>%3</time></trkpt>\n")
                   .arg(f.lat, 0, 'f', 8)
                   .arg(f.lon, 0, 'f', 8)
                   .arg(QDateTime(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC)
                            .addSecs(f.second)
                            .toString(Qt::ISODate));
    xml += QStringLiteral("</trkseg></trk></gpx>\n");
    const QString path = dir.filePath(QStringLiteral("track.gpx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(xml.toUtf8());
    return path;
}

/// The polygon with corners P0 + u·s + n·t for (s, t) in [s0, s1] × [t0, t1], u along P0→P1.
GeosGeometryPtr bandAlong(QPointF p0, QPointF p1, double s0, double s1, double t0, double t1)
{
    const QPointF d = p1 - p0;
    const double len = std::hypot(d.x(), d.y());
    const QPointF u = d / len, n(-u.y(), u.x());
    auto at = [&](double s, double t) {
        const QPointF p = p0 + u * s + n * t;
        return QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
    };
    return fromWkt(
        QStringLiteral("POLYGON((%1, %2, %3, %4, %1))").arg(at(s0, t0), at(s1, t0), at(s1, t1), at(s0, t1)));
}

} // namespace

TEST_CASE("coverage of a straight synthetic GPX track matches the hand calculation")
{
    QTemporaryDir dir;
    // About 1.4 km due east at 36.2°N, 113.44–113.4556°E, 60 s apart.
    const PatrolTrack track = PatrolTrackReader::readGpx(
        writeGpx(dir, { { 113.44, 36.2, 0 }, { 113.4556, 36.2, 60 } }), QStringLiteral("王明"), kEpsg);
    REQUIRE(track.points.size() == 2);
    CHECK(track.points[0].time == QDateTime(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC));
    const QPointF p0 = track.points[0].xy, p1 = track.points[1].xy;
    const double length = std::hypot(p1.x() - p0.x(), p1.y() - p0.y());
    REQUIRE(length > 1300);

    // Farmland: 1000 m along the track (200 m from either end, so the round caps fall outside)
    // and from 300 m left to 300 m right of it. Within 100 m sight: a 200 m × 1000 m band,
    // exactly (a buffer's sides along a straight segment are straight): 200 000 of 600 000 m².
    GridCell cell;
    cell.cell.id = QStringLiteral("c1");
    cell.geometry = bandAlong(p0, p1, 200, 1200, -300, 300);
    std::vector<GridCell> cells;
    cells.push_back(std::move(cell));

    TrackCoverageOptions options;
    options.maxJumpM = 5000;
    const std::vector<fg::core::CellCoverage> covered = TrackCoverage(options).cover(track, cells);
    REQUIRE(covered.size() == 1);
    CHECK(covered[0].farmlandM2 == Approx(600000).epsilon(1e-9));
    CHECK(covered[0].seenM2 == Approx(200000).epsilon(1e-9));
    CHECK(covered[0].share() == Approx(1.0 / 3).epsilon(1e-9));
    CHECK(covered[0].officer == QStringLiteral("王明"));
    CHECK(covered[0].date == QDate(2024, 6, 3));
}

namespace {

/// A track straight along a cell (200..1200 m along, −300..300 m across) whose left half has
/// class @p left and right half class @p right; what it covered of the cell's farmland.
std::vector<fg::core::CellCoverage> coverHalves(const QString &left, const QString &right)
{
    QTemporaryDir dir;
    const PatrolTrack track = PatrolTrackReader::readGpx(
        writeGpx(dir, { { 113.44, 36.2, 0 }, { 113.4556, 36.2, 60 } }), QStringLiteral("王明"), kEpsg);
    const QPointF p0 = track.points[0].xy, p1 = track.points[1].xy;
    VectorLayer landUse;
    landUse.sourcePath = QStringLiteral("hand");
    landUse.fields = { { QStringLiteral("DLBM"), FieldType::Text } };
    landUse.addFeature(1, { left }, bandAlong(p0, p1, 200, 1200, 0, 300));
    landUse.addFeature(2, { right }, bandAlong(p0, p1, 200, 1200, -300, 0));
    GridCell cell;
    cell.cell.id = QStringLiteral("c1");
    cell.geometry = bandAlong(p0, p1, 200, 1200, -300, 300);
    std::vector<GridCell> cells;
    cells.push_back(std::move(cell));
    TrackCoverageOptions options;
    options.maxJumpM = 5000;
    options.farmland = &landUse;
    return TrackCoverage(options).cover(track, cells);
}

} // namespace

TEST_CASE("only the farmland classes of the cell count, not the rest of it")
{
    // Dry land (0103) on the left half, forest (0301) on the right half. Seen dry land:
    // 1000 × 100 of 1000 × 300 m² → one third.
    const auto covered = coverHalves(QStringLiteral("0103"), QStringLiteral("0301"));
    REQUIRE(covered.size() == 1);
    CHECK(covered[0].farmlandM2 == Approx(300000).epsilon(1e-9));
    CHECK(covered[0].seenM2 == Approx(100000).epsilon(1e-8)); // the track runs on the class boundary
}

TEST_CASE("farmland for coverage is core's cultivated land: full-width codes count, a suffixed code does not")
{
    // "０１０３" is 旱地 typed full-width; "0103K" was farmland by the old prefix match and is no
    // cultivated code (core/land_class.h): the same figures as 0103 beside forest.
    const auto covered = coverHalves(QStringLiteral("０１０３"), QStringLiteral("0103K"));
    REQUIRE(covered.size() == 1);
    CHECK(covered[0].farmlandM2 == Approx(300000).epsilon(1e-9));
    CHECK(covered[0].seenM2 == Approx(100000).epsilon(1e-8));
}

TEST_CASE("a track with a time hole or a long straight jump is flagged, and the gap sees nothing")
{
    QTemporaryDir dir;
    // Three fixes ~450 m apart eastwards; the last one 25 minutes after the second.
    const PatrolTrack holed = PatrolTrackReader::readGpx(
        writeGpx(dir, { { 113.440, 36.2, 0 }, { 113.445, 36.2, 300 }, { 113.450, 36.2, 1800 } }),
        QStringLiteral("李华"), kEpsg);
    const TrackCoverage coverage; // defaults: 500 m jump, 10 min silence, 100 m sight
    std::vector<TrackGap> gaps = coverage.gaps(holed);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].kind == TrackGap::Kind::TimeHole);
    CHECK(gaps[0].fromPoint == 1);
    CHECK(gaps[0].seconds == 1500);
    CHECK(gaps[0].describe().contains(QStringLiteral("25.0 min")));

    // A 100 m wide cell across the middle of the holed leg: seen only near its ends, not at all.
    const QPointF b = holed.points[1].xy, c = holed.points[2].xy;
    GridCell cell;
    cell.cell.id = QStringLiteral("between");
    cell.geometry = bandAlong(b, c, 150, 250, -50, 50);
    std::vector<GridCell> cells;
    cells.push_back(std::move(cell));
    CHECK(coverage.cover(holed, cells).empty());

    const PatrolTrack jumped = PatrolTrackReader::readGpx(
        writeGpx(dir, { { 113.440, 36.2, 0 }, { 113.445, 36.2, 300 }, { 113.470, 36.2, 330 } }),
        QStringLiteral("李华"), kEpsg);
    gaps = coverage.gaps(jumped);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].kind == TrackGap::Kind::Jump);
    CHECK(gaps[0].distanceM == Approx(0.025 * 111320 * std::cos(36.2 * M_PI / 180)).epsilon(0.01));
}

TEST_CASE("a file that is not GPX or has no track points is bad input")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.gpx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" "
               "xmlns=\"http://www.topografix.com/GPX/1/1\"></gpx>");
    file.close();
    CHECK_THROWS_AS(PatrolTrackReader::readGpx(path, QStringLiteral("x"), kEpsg), fg::core::InputError);
    CHECK_THROWS_AS(
        PatrolTrackReader::readGpx(dir.filePath(QStringLiteral("missing.gpx")), QStringLiteral("x"), kEpsg),
        fg::core::InputError);
}
