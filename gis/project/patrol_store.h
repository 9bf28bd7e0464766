// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/officer.h"
#include "core/patrol/patrol_coverage.h"
#include "core/patrol/patrol_plan.h"
#include "core/patrol/village_patroller.h"
#include "gis/patrol/grid_cell.h"
#include "gis/patrol/patrol_track.h"
#include "gis/patrol/track_coverage.h"
#include "gis/project/project_store.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace fg::gis {

class SqliteDb;
class GpkgProjectStore;

/// An officer's patrol details as stored: the officer (cells already resolved: its own cells
/// plus every cell of its villages) and the villages it was given.
struct PatrolOfficerRecord
{
    core::Officer officer;
    QStringList villages; ///< assigned villages; their cells join officer.cellIds when read
};

/// A GPS track stored in the project.
struct StoredTrack
{
    qint64 id = 0;
    QString officer;
    QString fileName;
    int points = 0;
    QDateTime startedAt; ///< UTC; invalid when the track has no times
    QDateTime endedAt;
    QStringList gaps; ///< described, translated when imported
    double sightM = 0;
};

/// What importing a track did.
struct TrackImport
{
    StoredTrack track;
    std::vector<core::CellCoverage> records; ///< one per cell whose farmland the track saw
};

/// Patrol planning inside a project file (schema 3, 4): the grid, the officers' patrol details,
/// the village patrollers,
/// plans (append-only: a new plan copies the days it keeps), GPS tracks (the GPX bytes stored
/// in the project) and patrol records. Every change appends an audit event in the same
/// transaction. Opens the project through GpkgProjectStore (which upgrades older files) and
/// keeps its own connection to the same file. Not thread-safe; one thread at a time.
class PatrolStore
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PatrolStore)

public:
    /// Throws core::InputError as GpkgProjectStore does.
    PatrolStore(const QString &path, OperatorIdentity who);
    ~PatrolStore();

    /// The project's cases, incidents and log.
    ProjectStore &project();
    int workingEpsg() const;

    /// Replaces the project's grid (cells in the project's working CRS) and gives each new cell
    /// to the officer of its township whose base is nearest (logged per officer). Throws
    /// InputError when the grid's CRS is not the project's or cell ids repeat.
    void replaceGrid(const PatrolGrid &grid);
    /// The stored grid with geometries. openCases is the number of cases not closed nor
    /// dismissed with an incident within kOpenCaseNearM of the cell; lastPatrol the last day
    /// a record covered at least @p minShare of its farmland (records on or before @p asOf).
    PatrolGrid grid(QDate asOf = {}, double minShare = 0.5) const;
    bool hasGrid() const;
    /// A case this close to a cell (m) counts as "in or near" it.
    static constexpr double kOpenCaseNearM = 200;

    /// Adds or replaces an officer (by name); unknown cells or villages are refused.
    void setOfficer(const core::Officer &officer, const QStringList &villages = {});
    std::vector<PatrolOfficerRecord> officers() const;
    /// Adds or replaces the village patroller (村级巡查员) of its village (one per village; also
    /// recorded among the officers with that role). Refuses (InputError) a patroller without a
    /// name or a village no cell of the grid lies in. Logged.
    void setVillagePatroller(const core::VillagePatroller &patroller);
    /// The village patrollers, by village.
    std::vector<core::VillagePatroller> villagePatrollers() const;

    /// Stores a plan (with its village patrols) as the project's current one. Visits and village
    /// patrols before @p keptBefore must be those of the current plan (checked): past days are
    /// never changed. Returns the plan id.
    qint64 savePlan(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options);
    /// The current (latest) plan, or nothing.
    std::optional<core::PatrolPlan> currentPlan() const;

    /// Imports a GPX file for an officer: keeps its bytes, flags its gaps and records what it
    /// covered of each cell's farmland (the project's cultivated land-use parcels). Importing
    /// the same bytes twice is refused. Throws InputError naming the file.
    TrackImport importTrack(const QString &gpxPath, const QString &officer, TrackCoverageOptions options = {});
    std::vector<StoredTrack> tracks() const;
    /// The stored track, read again from its GPX bytes, in the working CRS.
    PatrolTrack track(qint64 id) const;
    /// A visit marked by hand: the whole farmland of the cell counts as seen.
    void markVisit(const QString &cellId, const QString &officer, QDate day);
    /// Records with day in [from, to] (null = open end), by day.
    std::vector<core::CellCoverage> records(QDate from = {}, QDate to = {}) const;

private:
    void requireCell(const QString &cellId) const;
    void reassignOfficers(const PatrolGrid &grid);
    void insertRecord(const core::CellCoverage &record, std::optional<qint64> trackId, const QString &source);
    void fillOpenCases(PatrolGrid &grid) const;

    std::unique_ptr<GpkgProjectStore> m_project;
    std::unique_ptr<SqliteDb> m_db;
    OperatorIdentity m_operator;
    int m_srsId = 0;
};

} // namespace fg::gis
