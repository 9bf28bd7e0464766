// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/patrol_records.h"
#include "memory_session.h"

#include <QCoreApplication>

namespace fg::test {

/// PatrolRecords of a MemoryProjectStore, on its session (same project, operator and rights).
/// Keeps the GeoPackage store's rules: replacing the grid resets every officer's own cells (one
/// event for the grid, one per officer); plans are append-only and keep their past days; a
/// track's bytes are imported once; every change is one audit event. Everyone reads the grid and
/// the plans, which the bureau writes; a township reads and writes its officers, village
/// patrollers, tracks and the records of its cells; a department has no other patrol rows.
class MemoryPatrolRecords final : public gis::PatrolRecords
{
    Q_DECLARE_TR_FUNCTIONS(fg::test::MemoryPatrolRecords)

public:
    explicit MemoryPatrolRecords(const MemorySession &session);

    void replaceGrid(const gis::PatrolGrid &grid, const QHash<QString, QStringList> &officerCells) override;
    gis::PatrolGrid grid() const override;
    bool hasGrid() const override;

    void setOfficer(const core::Officer &officer, const QStringList &villages = {}) override;
    std::vector<gis::PatrolOfficerRecord> officers() const override;
    void setVillagePatroller(const core::VillagePatroller &patroller) override;
    std::vector<core::VillagePatroller> villagePatrollers() const override;

    qint64 savePlan(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options) override;
    std::optional<core::PatrolPlan> currentPlan() const override;

    gis::StoredTrack addTrack(const gis::StoredTrack &track, const QByteArray &gpx,
        const std::vector<core::CellCoverage> &records) override;
    std::vector<gis::StoredTrack> tracks() const override;
    QByteArray trackGpx(qint64 id) const override;
    void markVisit(const QString &cellId, const QString &officer, QDate day) override;
    std::vector<core::CellCoverage> records(QDate from = {}, QDate to = {}) const override;

private:
    const CellRow *cell(const MemoryState &state, const QString &cellId) const;
    const CellRow &requireCell(const MemoryState &state, const QString &cellId, const QString &record) const;
    void requireVillage(const MemoryState &state, const QString &village, const QString &record) const;
    /// The township of an officer or village patroller; nullopt when nobody has that name.
    std::optional<QString> townshipOf(const MemoryState &state, const QString &name) const;
    void checkKeptDays(const MemoryState &state, const core::PatrolPlan &plan, QDate keptBefore) const;
    void validateGrid(const MemoryState &state, const gis::PatrolGrid &grid,
        const QHash<QString, QStringList> &officerCells) const;

    const MemorySession &m_session;
};

} // namespace fg::test
