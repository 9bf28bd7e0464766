// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/officer.h"
#include "core/patrol/patrol_coverage.h"
#include "core/patrol/patrol_plan.h"
#include "core/patrol/village_patroller.h"
#include "gis/patrol/grid_cell.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace fg::gis {

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
    QString sha256; ///< of the GPX bytes: the same file is never imported twice
    int points = 0;
    QDateTime startedAt; ///< UTC; invalid when the track has no times
    QDateTime endedAt;
    QStringList gaps; ///< described, translated when imported
    double sightM = 0;
};

/// The patrol tables of a project (grid, officers, village patrollers, plans, tracks, patrol
/// records), reached through ProjectStore::patrol() on the store's own connection. Plans,
/// tracks and records are append-only: past days of a plan are never changed (a new plan
/// copies the days it keeps). Every change appends an audit event in the same transaction.
/// Domain work (assigning cells to officers, planning, measuring a track's coverage, a cell's
/// open cases and last patrol) lives outside, in core/ and app/usecases/.
class PatrolRecords
{
public:
    virtual ~PatrolRecords() = default;

    /// Replaces the grid (cells in the working CRS) and, in the same edit, every officer's own
    /// cells by @p officerCells (officer name → cell ids; officers not named get none), logged
    /// per officer. Throws InputError when the grid's CRS is not the project's or ids repeat.
    virtual void replaceGrid(const PatrolGrid &grid, const QHash<QString, QStringList> &officerCells) = 0;
    /// The stored grid with geometries, as stored (openCases and lastPatrol left zero/null).
    virtual PatrolGrid grid() const = 0;
    virtual bool hasGrid() const = 0;

    /// Adds or replaces an officer (by name); unknown cells or villages are refused.
    virtual void setOfficer(const core::Officer &officer, const QStringList &villages = {}) = 0;
    virtual std::vector<PatrolOfficerRecord> officers() const = 0;
    /// Adds or replaces the village patroller (村级巡查员) of its village (one per village).
    /// Refuses (InputError) a patroller without a name or a village no cell of the grid lies in.
    virtual void setVillagePatroller(const core::VillagePatroller &patroller) = 0;
    virtual std::vector<core::VillagePatroller> villagePatrollers() const = 0;

    /// Stores a plan (with its village patrols) as the project's current one. Visits and village
    /// patrols before @p keptBefore must be those of the current plan (checked): past days are
    /// never changed. Returns the plan id.
    virtual qint64 savePlan(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options) = 0;
    /// The current (latest) plan, or nothing.
    virtual std::optional<core::PatrolPlan> currentPlan() const = 0;

    /// Stores a track's GPX bytes with what it covered, in one edit. Refuses (InputError) bytes
    /// already imported, an unknown officer or a record naming an unknown cell. Returns the
    /// track as stored (its id set).
    virtual StoredTrack addTrack(
        const StoredTrack &track, const QByteArray &gpx, const std::vector<core::CellCoverage> &records) = 0;
    virtual std::vector<StoredTrack> tracks() const = 0;
    /// The GPX bytes of a stored track; InputError for an unknown id.
    virtual QByteArray trackGpx(qint64 id) const = 0;
    /// A visit marked by hand: the whole farmland of the cell counts as seen.
    virtual void markVisit(const QString &cellId, const QString &officer, QDate day) = 0;
    /// Records with day in [from, to] (null = open end), by day.
    virtual std::vector<core::CellCoverage> records(QDate from = {}, QDate to = {}) const = 0;
};

} // namespace fg::gis
