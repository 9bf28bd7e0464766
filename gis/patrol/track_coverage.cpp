// SPDX-License-Identifier: MIT
#include "gis/patrol/track_coverage.h"

#include "gis/analysis/robust_overlay.h"
#include "gis/io/vector_layer.h"
#include "gis/patrol/cell_probes.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

constexpr int kQuadrantSegments = 16;

double distanceM(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

GeosGeometryPtr runGeometry(const std::vector<TrackPoint> &points, size_t first, size_t last)
{
    GEOSContextHandle_t ctx = geosContext();
    if (first == last)
        return GeosGeometryPtr(GEOSGeom_createPointFromXY_r(ctx, points[first].xy.x(), points[first].xy.y()));
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(last - first + 1), 2);
    for (size_t i = first; i <= last; ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i - first), points[i].xy.x(), points[i].xy.y());
    return GeosGeometryPtr(GEOSGeom_createLineString_r(ctx, seq));
}

} // namespace

QString TrackGap::describe() const
{
    const QString where = TrackCoverage::tr("after point %1").arg(fromPoint + 1);
    if (kind == Kind::TimeHole)
        return TrackCoverage::tr("time hole %1: no fix for %2 min (%3 m apart)")
            .arg(where)
            .arg(seconds / 60.0, 0, 'f', 1)
            .arg(distanceM, 0, 'f', 0);
    return TrackCoverage::tr("jump %1: %2 m in a straight line").arg(where).arg(distanceM, 0, 'f', 0);
}

TrackCoverage::TrackCoverage(TrackCoverageOptions options)
    : m_options(std::move(options))
{
}

std::vector<TrackGap> TrackCoverage::gaps(const PatrolTrack &track) const
{
    std::vector<TrackGap> result;
    for (size_t i = 0; i + 1 < track.points.size(); ++i) {
        const TrackPoint &a = track.points[i];
        const TrackPoint &b = track.points[i + 1];
        TrackGap gap;
        gap.fromPoint = int(i);
        gap.distanceM = distanceM(a.xy, b.xy);
        gap.seconds = a.time.isValid() && b.time.isValid() ? a.time.secsTo(b.time) : 0;
        if (gap.seconds > m_options.maxSilenceS)
            gap.kind = TrackGap::Kind::TimeHole;
        else if (gap.distanceM > m_options.maxJumpM)
            gap.kind = TrackGap::Kind::Jump;
        else
            continue;
        result.push_back(gap);
    }
    return result;
}

GeosGeometryPtr TrackCoverage::seenArea(const PatrolTrack &track) const
{
    if (track.points.empty())
        return nullptr;
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GeosGeometryPtr> pieces;
    size_t runStart = 0;
    auto closeRun = [&](size_t runEnd) {
        GeosGeometryPtr run = runGeometry(track.points, runStart, runEnd);
        pieces.emplace_back(GEOSBuffer_r(ctx, run.get(), m_options.sightM, kQuadrantSegments));
    };
    for (const TrackGap &gap : gaps(track)) {
        closeRun(size_t(gap.fromPoint));
        runStart = size_t(gap.fromPoint) + 1;
    }
    closeRun(track.points.size() - 1);
    bool snapped = false;
    return robust::unionOf(std::move(pieces), &snapped);
}

GeosGeometryPtr TrackCoverage::farmlandOf(const GEOSGeometry *cell) const
{
    const VectorLayer *layer = m_options.farmland;
    if (!layer)
        return cloneGeometry(cell);
    const int classField = layer->fieldIndex(m_options.classField);
    std::vector<GeosGeometryPtr> pieces;
    bool snapped = false;
    for (int row : layer->query(cell)) {
        if (!m_options.farmlandClasses.isEmpty()) {
            const QString code = classField >= 0 ? layer->value(row, classField).toString() : QString();
            if (!core::landClassMatches(code, m_options.farmlandClasses))
                continue;
        }
        if (GeosGeometryPtr piece = robust::intersection(cell, layer->geometry(row), &snapped))
            pieces.push_back(std::move(piece));
    }
    return robust::unionOf(std::move(pieces), &snapped);
}

std::vector<core::CellCoverage> TrackCoverage::cover(
    const PatrolTrack &track, const std::vector<GridCell> &cells) const
{
    std::vector<core::CellCoverage> result;
    const GeosGeometryPtr seen = seenArea(track);
    if (!seen)
        return result;
    QDate date;
    for (const TrackPoint &p : track.points)
        if (p.time.isValid()) {
            date = p.time.toUTC().date();
            break;
        }
    const QRectF seenBox = envelopeOf(seen.get());
    for (const GridCell &cell : cells) {
        if (!envelopeOf(cell.geometry.get()).intersects(seenBox))
            continue;
        const GeosGeometryPtr farmland = farmlandOf(cell.geometry.get());
        const double farmlandM2 = robust::planarArea(farmland.get());
        if (farmlandM2 <= 0)
            continue;
        bool snapped = false;
        const double seenM2
            = robust::planarArea(robust::intersection(farmland.get(), seen.get(), &snapped).get());
        if (seenM2 <= 0)
            continue;
        result.push_back({ cell.cell.id, track.officer, date, farmlandM2, seenM2 });
    }
    return result;
}

} // namespace fg::gis
