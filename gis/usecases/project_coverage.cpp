// SPDX-License-Identifier: MIT
#include "gis/usecases/project_coverage.h"

#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"
#include "gis/patrol/patrol_track.h"
#include "gis/store/project_store.h"
#include "gis/usecases/cell_status.h"

#include <QSet>

#include <algorithm>
#include <memory>

namespace fg::gis {

namespace {

std::vector<core::PatrolCell> cellsOf(const PatrolGrid &grid)
{
    std::vector<core::PatrolCell> cells;
    for (const GridCell &c : grid.cells)
        cells.push_back(c.cell);
    return cells;
}

} // namespace

CoverageSummary ProjectCoverage::summarise(std::vector<core::CellCoverage> records,
    const std::vector<core::PatrolCell> &cells, QDate from, QDate to, double minShare)
{
    CoverageSummary s;
    for (const core::CellCoverage &r : records) {
        s.from = s.from.isValid() ? std::min(s.from, r.date) : r.date;
        s.to = s.to.isValid() ? std::max(s.to, r.date) : r.date;
    }
    s.from = from.isValid() ? from : s.from;
    s.to = to.isValid() ? to : s.to;
    s.minShare = minShare;
    s.records = std::move(records);
    s.byOfficer = core::PatrolCoverage::byOfficer(s.records, cells, s.from, s.to, minShare);
    s.byTownship = core::PatrolCoverage::byTownship(s.records, cells, s.from, s.to, minShare);
    s.overdue = core::PatrolCoverage::overdue(s.records, cells, core::RiskModel(), s.from, s.to, minShare);
    return s;
}

CoverageSummary ProjectCoverage::run(const ProjectStore &store, QDate from, QDate to, double minShare)
{
    const PatrolRecords &records = store.patrol();
    const std::vector<core::PatrolCell> cells = cellsOf(CellStatus::grid(store, to, minShare));
    CoverageSummary s = summarise(records.records(from, to), cells, from, to, minShare);
    for (const StoredTrack &t : records.tracks())
        if (!t.startedAt.isValid() || (t.startedAt.date() >= from && t.startedAt.date() <= to))
            s.tracks.push_back(t);
    return s;
}

std::vector<core::CoverageRow> ProjectCoverage::patrolledTownships(const ProjectStore &store, QDate from, QDate asOf)
{
    if (!store.patrol().hasGrid())
        return {};
    const std::vector<core::CellCoverage> records = store.patrol().records(from, asOf);
    const std::vector<core::PatrolCell> cells = cellsOf(CellStatus::grid(store, asOf));
    QSet<QString> patrolled;
    for (const core::PatrolCell &cell : cells)
        for (const core::CellCoverage &record : records)
            if (record.cellId == cell.id)
                patrolled.insert(cell.township);
    std::vector<core::CoverageRow> rows;
    for (const core::CoverageRow &row : core::PatrolCoverage::byTownship(records, cells, from, asOf, 0.5))
        if (patrolled.contains(row.group))
            rows.push_back(row);
    return rows;
}

std::vector<TrackFileCoverage> ProjectCoverage::ofTrackFiles(const PatrolGrid &grid, const QStringList &paths,
    const QString &officer, TrackCoverageOptions options, const QString &landUsePath)
{
    std::unique_ptr<VectorLayer> landUse;
    if (!landUsePath.isEmpty()) {
        landUse = std::make_unique<VectorLayer>(readLayer(landUsePath));
        transformToWorkingCrs(*landUse, grid.epsg);
        landUse->buildIndex();
        options.farmland = landUse.get();
    }
    const TrackCoverage coverage(options);
    std::vector<TrackFileCoverage> result;
    for (const QString &path : paths) {
        const PatrolTrack track = PatrolTrackReader::readGpx(path, officer, grid.epsg);
        result.push_back({ path, int(track.points.size()), coverage.gaps(track), coverage.cover(track, grid.cells) });
    }
    return result;
}

} // namespace fg::gis
