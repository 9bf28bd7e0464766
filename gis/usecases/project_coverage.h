// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_coverage.h"
#include "gis/patrol/track_coverage.h"
#include "gis/store/patrol_records.h"

#include <QCoreApplication>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// Patrol coverage over a period: per officer, per township, and the cells overdue at its end.
struct CoverageSummary
{
    QDate from, to; ///< inclusive
    double minShare = 0.5; ///< share of a cell's farmland seen for the cell to count as covered
    std::vector<StoredTrack> tracks; ///< a project's tracks started in the period (or without times)
    std::vector<core::CellCoverage> records; ///< the patrol records of the period
    std::vector<core::CoverageRow> byOfficer;
    std::vector<core::CoverageRow> byTownship;
    std::vector<core::OverdueCell> overdue; ///< on `to`, most overdue first
};

/// What one GPX file covered of a grid (no project).
struct TrackFileCoverage
{
    QString path;
    int points = 0;
    std::vector<TrackGap> gaps;
    std::vector<core::CellCoverage> records; ///< one per cell whose farmland the track saw
};

/// Patrol coverage (巡查覆盖): the one place `farmguard-cli coverage` and the township report's
/// coverage (考核, TownshipStatsBuilder::patrolCoverage) ask. Reads through the store; any thread the store may
/// be used on. Sums are core::PatrolCoverage's.
class ProjectCoverage
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectCoverage)

public:
    /// The project's patrol records (imported tracks and visits marked by hand) in [from, to]
    /// over its grid (each cell's last patrol as of @p to). Throws core::InputError.
    static CoverageSummary run(const ProjectStore &store, QDate from, QDate to, double minShare = 0.5);

    /// Coverage per township of the townships with a patrol record in [from, asOf] (the others
    /// have nothing to assess); empty without a grid. What the township report shows.
    static std::vector<core::CoverageRow> patrolledTownships(const ProjectStore &store, QDate from, QDate asOf);

    /// Sums @p records over @p cells. A null @p from or @p to becomes the earliest or latest
    /// record's day.
    static CoverageSummary summarise(std::vector<core::CellCoverage> records,
        const std::vector<core::PatrolCell> &cells, QDate from, QDate to, double minShare);

    /// Each GPX file of @p paths walked by @p officer over @p grid: its gaps and what it saw of
    /// each cell's farmland (@p landUsePath's cultivated parcels, options.farmlandClasses; empty:
    /// whole cells). Throws core::InputError naming the file.
    static std::vector<TrackFileCoverage> ofTrackFiles(const PatrolGrid &grid, const QStringList &paths,
        const QString &officer, TrackCoverageOptions options, const QString &landUsePath = {});
};

} // namespace fg::gis
