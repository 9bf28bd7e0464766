// SPDX-License-Identifier: MIT
#pragma once

#include "core/land_class.h"
#include "core/patrol/patrol_coverage.h"
#include "gis/patrol/grid_cell.h"
#include "gis/patrol/patrol_track.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fg::gis {

class VectorLayer;

/// How a track is judged.
struct TrackCoverageOptions
{
    double sightM = 100; ///< what an officer sees on either side of the track
    double maxJumpM = 500; ///< a straight step longer than this is a gap, not a walk
    qint64 maxSilenceS = 600; ///< no fix for longer than this is a time hole
    /// Farmland: features of this layer whose class matches farmlandClasses by
    /// core::landClassMatches() (exact codes, or two-digit first-level classes; empty list =
    /// every feature, e.g. a basic-farmland layer). Null layer = the whole cell.
    const VectorLayer *farmland = nullptr;
    QString classField = QStringLiteral("DLBM");
    /// The cultivated classes (耕地) of core/land_class.h: the farmland a patrol must see.
    QStringList farmlandClasses = core::cultivatedLandClasses();
};

/// A stretch of track that proves nothing about what lies between its ends.
struct TrackGap
{
    enum class Kind { Jump, TimeHole };
    Kind kind = Kind::Jump;
    int fromPoint = 0; ///< index of the point before the gap; the gap ends at fromPoint + 1
    double distanceM = 0;
    qint64 seconds = 0; ///< 0 when a fix has no time
    QString describe() const; ///< translated, with the times and distance
};

/// What a track covered: the seen area is the sight-distance buffer of the track without its
/// gaps; a cell's share is the planar area of its farmland within the seen area over its farmland
/// area (a ratio, so the Gauss-Krüger scale error, < 10⁻⁴ here, cancels).
/// Thread affinity: one thread at a time; the layers must outlive it.
class TrackCoverage
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::TrackCoverage)

public:
    explicit TrackCoverage(TrackCoverageOptions options = {});

    std::vector<TrackGap> gaps(const PatrolTrack &track) const;
    /// The buffered track without its gaps; null for a track with no points.
    GeosGeometryPtr seenArea(const PatrolTrack &track) const;
    /// One record per cell with farmland within sight, dated on the track's first fix (UTC date).
    std::vector<core::CellCoverage> cover(const PatrolTrack &track, const std::vector<GridCell> &cells) const;
    /// The farmland of one cell (null when it has none).
    GeosGeometryPtr farmlandOf(const GEOSGeometry *cell) const;

private:
    TrackCoverageOptions m_options;
};

} // namespace fg::gis
