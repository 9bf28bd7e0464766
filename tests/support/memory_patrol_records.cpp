// SPDX-License-Identifier: MIT
#include "memory_patrol_records.h"

#include "core/input_error.h"
#include "core/store_errors.h"
#include "memory_plans.h"
#include "memory_rows.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <set>

namespace fg::test {

MemoryPatrolRecords::MemoryPatrolRecords(const MemorySession &session)
    : m_session(session)
{
}

const CellRow *MemoryPatrolRecords::cell(const MemoryState &state, const QString &cellId) const
{
    const auto it = std::find_if(
        state.cells.begin(), state.cells.end(), [&](const CellRow &c) { return c.cell.id == cellId; });
    return it == state.cells.end() ? nullptr : &*it;
}

const CellRow &MemoryPatrolRecords::requireCell(
    const MemoryState &state, const QString &cellId, const QString &record) const
{
    const CellRow *found = cell(state, cellId);
    if (!found)
        throw core::InputError(
            m_session.location(), tr("the project's grid has no cell %1").arg(cellId), record);
    return *found;
}

void MemoryPatrolRecords::requireVillage(
    const MemoryState &state, const QString &village, const QString &record) const
{
    if (std::none_of(state.cells.begin(), state.cells.end(),
            [&](const CellRow &c) { return c.cell.village == village; }))
        throw core::InputError(
            m_session.location(), tr("no cell of the grid lies in village %1").arg(village), record);
}

std::optional<QString> MemoryPatrolRecords::townshipOf(const MemoryState &state, const QString &name) const
{
    for (const PatrolOfficerRow &r : state.patrolOfficers)
        if (r.officer.name == name)
            return r.officer.township;
    for (const VillagePatrollerRow &r : state.villagePatrollers)
        if (r.patroller.name == name)
            return r.patroller.township;
    return std::nullopt;
}

void MemoryPatrolRecords::validateGrid(const MemoryState &state, const gis::PatrolGrid &grid,
    const QHash<QString, QStringList> &officerCells) const
{
    const QString &location = m_session.location();
    if (grid.epsg != m_session.project->workingEpsg())
        throw core::InputError(location,
            tr("the grid is in EPSG:%1 but the project works in EPSG:%2")
                .arg(grid.epsg)
                .arg(m_session.project->workingEpsg()));
    QSet<QString> ids;
    for (const gis::GridCell &g : grid.cells) {
        if (g.cell.id.isEmpty() || ids.contains(g.cell.id))
            throw core::InputError(location, tr("the grid repeats a cell id"), g.cell.id);
        if (!rows::multiPolygon(g.geometry.get()))
            throw core::InputError(location, tr("a grid cell needs a polygon"), g.cell.id);
        ids.insert(g.cell.id);
    }
    for (auto it = officerCells.begin(); it != officerCells.end(); ++it) {
        if (std::none_of(state.patrolOfficers.begin(), state.patrolOfficers.end(),
                [&](const PatrolOfficerRow &r) { return r.officer.name == it.key(); }))
            throw core::InputError(location, tr("no grid officer of this name"), it.key());
        for (const QString &id : it.value())
            if (!ids.contains(id))
                throw core::InputError(location, tr("the new grid has no cell %1").arg(id), it.key());
    }
}

void MemoryPatrolRecords::replaceGrid(
    const gis::PatrolGrid &grid, const QHash<QString, QStringList> &officerCells)
{
    m_session.rights.requireBureau(QStringLiteral("grid_cells"));
    m_session.project->write([&](MemoryState &state) {
        validateGrid(state, grid, officerCells);
        const QDateTime now = MemorySession::now();
        const qint64 before = qint64(state.cells.size());
        const double beforeSize = state.cells.empty() ? 0 : state.cells.back().cellSizeM;
        state.cells.clear();
        std::set<QString> townships;
        for (const gis::GridCell &g : grid.cells) {
            core::PatrolCell stored = g.cell;
            stored.openCases = 0;
            stored.lastPatrol = QDate();
            state.cells.push_back(
                { ++state.lastCellFid, rows::multiPolygon(g.geometry.get()), stored, grid.cellSizeM });
            townships.insert(g.cell.township);
        }
        const QJsonObject old { { QStringLiteral("cells"), before },
            { QStringLiteral("cell_size_m"), beforeSize } };
        m_session.log(state, now, QStringLiteral("patrol_grid"), QStringLiteral("grid_cells"),
            before > 0 ? QStringLiteral("replace") : QStringLiteral("create"),
            before > 0 ? QJsonValue(old) : QJsonValue(),
            QJsonObject { { QStringLiteral("cells"), qint64(grid.cells.size()) },
                { QStringLiteral("cell_size_m"), grid.cellSizeM },
                { QStringLiteral("townships"),
                    QJsonArray::fromStringList(QStringList(townships.begin(), townships.end())) } });
        std::sort(state.patrolOfficers.begin(), state.patrolOfficers.end(),
            [](const PatrolOfficerRow &a, const PatrolOfficerRow &b) {
                return a.officer.name < b.officer.name;
            });
        for (PatrolOfficerRow &r : state.patrolOfficers) {
            r.officer.cellIds = officerCells.value(r.officer.name);
            m_session.log(state, now, QStringLiteral("patrol_officer"), r.officer.name,
                QStringLiteral("reassign"), QJsonValue(),
                QJsonObject { { QStringLiteral("cells"), QJsonArray::fromStringList(r.officer.cellIds) },
                    { QStringLiteral("why"), QStringLiteral("grid replaced") } });
        }
    });
}

gis::PatrolGrid MemoryPatrolRecords::grid() const
{
    return m_session.project->read([&](const MemoryState &state) {
        gis::PatrolGrid grid;
        grid.epsg = m_session.project->workingEpsg();
        for (const CellRow &row : state.cells) {
            grid.cellSizeM = row.cellSizeM;
            grid.cells.push_back({ row.cell, gis::cloneGeometry(row.geometry.get()) });
        }
        return grid;
    });
}

bool MemoryPatrolRecords::hasGrid() const
{
    return m_session.project->read([](const MemoryState &state) { return !state.cells.empty(); });
}

void MemoryPatrolRecords::setOfficer(const core::Officer &officer, const QStringList &villages)
{
    if (officer.name.trimmed().isEmpty())
        throw core::InputError(m_session.location(), tr("an officer needs a name"));
    if (!officer.hasCapacity())
        throw core::InputError(
            m_session.location(), tr("an officer needs a daily capacity (cells or km)"), officer.name);
    m_session.rights.requireTownship(officer.township, officer.name);
    m_session.project->write([&](MemoryState &state) {
        for (const QString &id : officer.cellIds)
            requireCell(state, id, officer.name);
        for (const QString &village : villages)
            requireVillage(state, village, officer.name);
        const QDateTime now = MemorySession::now();
        auto it = std::find_if(state.patrolOfficers.begin(), state.patrolOfficers.end(),
            [&](const PatrolOfficerRow &r) { return r.officer.name == officer.name; });
        const QJsonValue old
            = it == state.patrolOfficers.end() ? QJsonValue() : rows::officerJson(it->officer, it->villages);
        const PatrolOfficerRow row { officer, villages,
            officerRowId(state, officer.name, QStringLiteral("网格员"), now) };
        if (it == state.patrolOfficers.end())
            state.patrolOfficers.push_back(row);
        else
            *it = row;
        m_session.log(state, now, QStringLiteral("patrol_officer"), officer.name,
            old.isNull() ? QStringLiteral("create") : QStringLiteral("update"), old,
            rows::officerJson(officer, villages));
    });
}

std::vector<gis::PatrolOfficerRecord> MemoryPatrolRecords::officers() const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<gis::PatrolOfficerRecord> result;
        for (const PatrolOfficerRow &row : state.patrolOfficers) {
            if (!m_session.rights.readsTownship(row.officer.township))
                continue;
            gis::PatrolOfficerRecord r { row.officer, row.villages };
            for (const QString &village : row.villages)
                for (const CellRow &c : state.cells)
                    if (c.cell.village == village && !r.officer.cellIds.contains(c.cell.id))
                        r.officer.cellIds << c.cell.id;
            result.push_back(std::move(r));
        }
        std::sort(result.begin(), result.end(),
            [](const auto &a, const auto &b) { return a.officer.name < b.officer.name; });
        return result;
    });
}

void MemoryPatrolRecords::setVillagePatroller(const core::VillagePatroller &p)
{
    if (p.name.trimmed().isEmpty() || p.village.trimmed().isEmpty())
        throw core::InputError(
            m_session.location(), tr("a village patroller needs a name and a village"), p.name);
    m_session.rights.requireTownship(p.township, p.village);
    m_session.project->write([&](MemoryState &state) {
        requireVillage(state, p.village, p.name);
        const QDateTime now = MemorySession::now();
        auto it = std::find_if(state.villagePatrollers.begin(), state.villagePatrollers.end(),
            [&](const VillagePatrollerRow &r) { return r.patroller.village == p.village; });
        const QJsonValue old
            = it == state.villagePatrollers.end() ? QJsonValue() : rows::villagePatrollerJson(it->patroller);
        const VillagePatrollerRow row { p, officerRowId(state, p.name, QStringLiteral("村级巡查员"), now) };
        if (it == state.villagePatrollers.end())
            state.villagePatrollers.push_back(row);
        else
            *it = row;
        m_session.log(state, now, QStringLiteral("village_patroller"), p.village,
            old.isNull() ? QStringLiteral("create") : QStringLiteral("update"), old,
            rows::villagePatrollerJson(p));
    });
}

std::vector<core::VillagePatroller> MemoryPatrolRecords::villagePatrollers() const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<core::VillagePatroller> result;
        for (const VillagePatrollerRow &row : state.villagePatrollers)
            if (m_session.rights.readsTownship(row.patroller.township))
                result.push_back(row.patroller);
        std::sort(
            result.begin(), result.end(), [](const auto &a, const auto &b) { return a.village < b.village; });
        return result;
    });
}

void MemoryPatrolRecords::checkKeptDays(
    const MemoryState &state, const core::PatrolPlan &plan, QDate keptBefore) const
{
    if (!keptBefore.isValid())
        return;
    QStringList was, now;
    if (!state.plans.empty()) {
        const core::PatrolPlan &current = state.plans.back().plan;
        for (const core::PlannedVisit &v : current.visits)
            if (v.date >= plan.start && v.date < keptBefore)
                was << rows::visitKey(v);
        for (const core::VillagePatrol &v : current.villagePatrols)
            if (v.date >= plan.start && v.date < keptBefore)
                was << rows::villagePatrolKey(v);
    }
    for (const core::PlannedVisit &v : plan.visits)
        if (v.date < keptBefore)
            now << rows::visitKey(v);
    for (const core::VillagePatrol &v : plan.villagePatrols)
        if (v.date < keptBefore)
            now << rows::villagePatrolKey(v);
    was.sort();
    now.sort();
    if (was != now)
        throw core::InputError(m_session.location(),
            tr("the new plan changes days before %1, which are kept as planned")
                .arg(keptBefore.toString(Qt::ISODate)));
}

qint64 MemoryPatrolRecords::savePlan(
    const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options)
{
    // The plan is the county's one current plan: the bureau's to write.
    m_session.rights.requireBureau(QStringLiteral("patrol_plans"));
    return m_session.project->write([&](MemoryState &state) {
        checkKeptDays(state, plan, keptBefore);
        const QDateTime now = MemorySession::now();
        const qint64 id = state.plans.empty() ? 1 : state.plans.back().id + 1;
        state.plans.push_back({ id, keptBefore, gis::CaseJson::dateTime(now), m_session.who.name, options,
            plans::stored(plan) });
        m_session.log(state, now, QStringLiteral("patrol_plan"), QString::number(id),
            QStringLiteral("create"), QJsonValue(), plans::summaryJson(plan, keptBefore, options));
        return id;
    });
}

std::optional<core::PatrolPlan> MemoryPatrolRecords::currentPlan() const
{
    return m_session.project->read([](const MemoryState &state) -> std::optional<core::PatrolPlan> {
        if (state.plans.empty())
            return std::nullopt;
        return state.plans.back().plan;
    });
}

} // namespace fg::test
