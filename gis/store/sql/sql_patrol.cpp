// SPDX-License-Identifier: MIT
// SqlProjectStore: the patrol grid, grid officers and village patrollers.
#include "gis/store/sql/sql_project_store.h"

#include "core/input_error.h"
#include "gis/store/sql/sql_patrol_rows_p.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QJsonArray>
#include <QSet>

namespace fg::gis {

namespace {

const QString kCellColumns = QStringLiteral("cell_id, township, village, area_m2, bf_m2, cult_m2, parcels, cx, cy, "
                                            "d_home_m, d_road_m, d_town_m, incident_dates, cell_size_m");

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalColumn(const SqlRows &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

SqlParams cellValues(const GridCell &g, double cellSize)
{
    const core::PatrolCell &c = g.cell;
    QStringList dates;
    for (const QDate &d : c.incidentDates)
        dates << d.toString(Qt::ISODate);
    return { c.id, c.township, c.village, c.areaM2, c.basicFarmlandM2, c.cultivatedM2, c.parcelCount, c.centroid.x(),
        c.centroid.y(), optionalReal(c.homesteadDistanceM), optionalReal(c.roadDistanceM),
        optionalReal(c.townDistanceM), dates.join(QLatin1Char(';')), cellSize };
}

core::PatrolCell cellRow(const SqlRows &row)
{
    core::PatrolCell c;
    c.id = row.text(0);
    c.township = row.text(1);
    c.village = row.text(2);
    c.areaM2 = row.real(3);
    c.basicFarmlandM2 = row.real(4);
    c.cultivatedM2 = row.real(5);
    c.parcelCount = int(row.integer(6));
    c.centroid = QPointF(row.real(7), row.real(8));
    c.homesteadDistanceM = optionalColumn(row, 9);
    c.roadDistanceM = optionalColumn(row, 10);
    c.townDistanceM = optionalColumn(row, 11);
    c.incidentDates = patrol_rows::dates(row.text(12));
    return c;
}

} // namespace

void SqlProjectStore::replaceGrid(const PatrolGrid &grid, const QHash<QString, QStringList> &officerCells)
{
    const auto guard = lock();
    requireWritable();
    if (grid.epsg != m_info.workingEpsg)
        throw core::InputError(location(),
            tr("the grid is in EPSG:%1 but the project works in EPSG:%2").arg(grid.epsg).arg(m_info.workingEpsg));
    QSet<QString> ids;
    for (const GridCell &g : grid.cells) {
        if (ids.contains(g.cell.id))
            throw core::InputError(location(), tr("the grid repeats a cell id"), g.cell.id);
        ids.insert(g.cell.id);
    }
    for (auto it = officerCells.cbegin(); it != officerCells.cend(); ++it) {
        for (const QString &cell : it.value())
            if (!ids.contains(cell))
                throw core::InputError(location(), tr("officer %1 is given cell %2, which the new grid does not have")
                                                       .arg(it.key(), cell));
    }
    SqlTransaction transaction(*m_db);
    for (auto it = officerCells.cbegin(); it != officerCells.cend(); ++it) {
        if (!m_db->query(QStringLiteral("SELECT 1 FROM patrol_officers WHERE name = ?1"), { it.key() })->next())
            throw core::InputError(location(), tr("the project has no grid officer %1").arg(it.key()));
    }
    auto before = m_db->query(QStringLiteral("SELECT COUNT(*), MAX(cell_size_m) FROM grid_cells"));
    before->next();
    const qint64 oldCells = before->integer(0);
    const QJsonObject old { { QStringLiteral("cells"), oldCells }, { QStringLiteral("cell_size_m"), before->real(1) } };
    before.reset();
    m_db->execute(QStringLiteral("DELETE FROM grid_cells"));
    for (const GridCell &g : grid.cells) {
        SqlParams params = cellValues(g, grid.cellSizeM);
        params.insert(params.begin(), geometryValue(g.geometry.get()));
        m_db->execute(QStringLiteral("INSERT INTO grid_cells (geom, %1) VALUES (%2, %3)")
                          .arg(kCellColumns, geometryParam(1), sql_rows::placeholders(2, 14)),
            params);
    }
    wrote(QStringLiteral("grid_cells"));
    QJsonArray townships;
    for (const QString &t : patrol_rows::townships(grid))
        townships.append(t);
    appendEvent(QStringLiteral("patrol_grid"), QStringLiteral("grid_cells"),
        oldCells > 0 ? QStringLiteral("replace") : QStringLiteral("create"), oldCells > 0 ? QJsonValue(old) : QJsonValue(),
        QJsonObject { { QStringLiteral("cells"), qint64(grid.cells.size()) },
            { QStringLiteral("cell_size_m"), grid.cellSizeM }, { QStringLiteral("townships"), townships } });
    // The old cells are gone: every officer gets the cells given now, so none names cells that
    // do not exist. Villages stay assigned.
    QStringList names;
    for (auto rows = m_db->query(QStringLiteral("SELECT name FROM patrol_officers ORDER BY name")); rows->next();)
        names << rows->text(0);
    for (const QString &name : names) {
        const QStringList cells = officerCells.value(name);
        m_db->execute(QStringLiteral("UPDATE patrol_officers SET cells = ?1 WHERE name = ?2"),
            { cells.join(QLatin1Char(';')), name });
        appendEvent(QStringLiteral("patrol_officer"), name, QStringLiteral("reassign"), QJsonValue(),
            QJsonObject { { QStringLiteral("cells"), QJsonArray::fromStringList(cells) },
                { QStringLiteral("why"), QStringLiteral("grid replaced") } });
    }
    transaction.commit();
}

PatrolGrid SqlProjectStore::grid() const
{
    const auto guard = lock();
    PatrolGrid grid;
    grid.epsg = m_info.workingEpsg;
    auto rows = m_db->query(QStringLiteral("SELECT %1, %2 FROM grid_cells ORDER BY fid")
                                .arg(kCellColumns, geometrySelect(QStringLiteral("geom"))));
    while (rows->next()) {
        grid.cellSizeM = rows->real(13);
        grid.cells.push_back({ cellRow(*rows), geometryFrom(rows->blob(14)) });
    }
    return grid;
}

bool SqlProjectStore::hasGrid() const
{
    const auto guard = lock();
    auto rows = m_db->query(QStringLiteral("SELECT COUNT(*) FROM grid_cells"));
    return rows->next() && rows->integer(0) > 0;
}

void SqlProjectStore::requireCell(const QString &cellId) const
{
    if (!m_db->query(QStringLiteral("SELECT 1 FROM grid_cells WHERE cell_id = ?1"), { cellId })->next())
        throw core::InputError(location(), tr("the project's grid has no such cell"), cellId);
}

void SqlProjectStore::setOfficer(const core::Officer &officer, const QStringList &villages)
{
    const auto guard = lock();
    requireWritable();
    if (officer.name.trimmed().isEmpty())
        throw core::InputError(location(), tr("an officer needs a name"));
    if (!officer.hasCapacity())
        throw core::InputError(location(), tr("an officer needs a daily capacity (cells or km)"), officer.name);
    for (const QString &id : officer.cellIds)
        requireCell(id);
    for (const QString &village : villages) {
        if (!m_db->query(QStringLiteral("SELECT 1 FROM grid_cells WHERE village = ?1"), { village })->next())
            throw core::InputError(location(), tr("no cell of the grid lies in village %1").arg(village), officer.name);
    }
    SqlTransaction transaction(*m_db);
    QJsonValue old;
    for (const PatrolOfficerRecord &r : officers())
        if (r.officer.name == officer.name)
            old = patrol_rows::officerJson(r.officer, r.villages);
    const QString role = QStringLiteral("网格员");
    addPerson(officer.name, role);
    m_db->execute(
        QStringLiteral("INSERT INTO patrol_officers (name, officer_id, township, base_x, base_y, max_cells, max_km, "
                       "cells, villages, holidays, working_weekends) VALUES (?1, (SELECT id FROM officers WHERE "
                       "name = ?1 AND role = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (name) DO UPDATE "
                       "SET officer_id = excluded.officer_id, township = excluded.township, base_x = excluded.base_x, "
                       "base_y = excluded.base_y, max_cells = excluded.max_cells, max_km = excluded.max_km, "
                       "cells = excluded.cells, villages = excluded.villages, holidays = excluded.holidays, "
                       "working_weekends = excluded.working_weekends"),
        { officer.name, role, officer.township, officer.base.x(), officer.base.y(), officer.maxCellsPerDay,
            officer.maxKmPerDay, officer.cellIds.join(QLatin1Char(';')), villages.join(QLatin1Char(';')),
            patrol_rows::dateList(officer.calendar.holidays()),
            patrol_rows::dateList(officer.calendar.workingWeekendDays()) });
    appendEvent(QStringLiteral("patrol_officer"), officer.name,
        old.isNull() ? QStringLiteral("create") : QStringLiteral("update"), old, patrol_rows::officerJson(officer, villages));
    transaction.commit();
}

std::vector<PatrolOfficerRecord> SqlProjectStore::officers() const
{
    const auto guard = lock();
    std::vector<PatrolOfficerRecord> result;
    {
        auto rows = m_db->query(QStringLiteral("SELECT name, township, base_x, base_y, max_cells, max_km, cells, "
                                               "villages, holidays, working_weekends FROM patrol_officers ORDER BY name"));
        while (rows->next()) {
            PatrolOfficerRecord r;
            core::Officer &o = r.officer;
            o.name = rows->text(0);
            o.township = rows->text(1);
            o.base = QPointF(rows->real(2), rows->real(3));
            o.maxCellsPerDay = int(rows->integer(4));
            o.maxKmPerDay = rows->real(5);
            o.cellIds = rows->text(6).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            r.villages = rows->text(7).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            const std::vector<QDate> holidays = patrol_rows::dates(rows->text(8));
            const std::vector<QDate> weekends = patrol_rows::dates(rows->text(9));
            o.calendar = core::WorkingCalendar(QSet<QDate>(holidays.begin(), holidays.end()),
                QSet<QDate>(weekends.begin(), weekends.end()));
            result.push_back(std::move(r));
        }
    }
    for (PatrolOfficerRecord &r : result) {
        for (const QString &village : r.villages) {
            auto cells = m_db->query(QStringLiteral("SELECT cell_id FROM grid_cells WHERE village = ?1 ORDER BY fid"),
                { village });
            while (cells->next())
                if (!r.officer.cellIds.contains(cells->text(0)))
                    r.officer.cellIds << cells->text(0);
        }
    }
    return result;
}

void SqlProjectStore::setVillagePatroller(const core::VillagePatroller &p)
{
    const auto guard = lock();
    requireWritable();
    if (p.name.trimmed().isEmpty() || p.village.trimmed().isEmpty())
        throw core::InputError(location(), tr("a village patroller needs a name and a village"), p.name);
    if (!m_db->query(QStringLiteral("SELECT 1 FROM grid_cells WHERE village = ?1"), { p.village })->next())
        throw core::InputError(location(), tr("no cell of the grid lies in village %1").arg(p.village), p.name);
    SqlTransaction transaction(*m_db);
    QJsonValue old;
    for (const core::VillagePatroller &was : villagePatrollers())
        if (was.village == p.village)
            old = patrol_rows::villagePatrollerJson(was);
    const QString role = QStringLiteral("村级巡查员");
    addPerson(p.name, role);
    m_db->execute(
        QStringLiteral("INSERT INTO village_patrollers (village, name, officer_id, township, base_x, base_y, "
                       "weekends_off, days_off) VALUES (?1, ?2, (SELECT id FROM officers WHERE name = ?2 AND role = ?3), "
                       "?4, ?5, ?6, ?7, ?8) ON CONFLICT (village) DO UPDATE SET name = excluded.name, "
                       "officer_id = excluded.officer_id, township = excluded.township, base_x = excluded.base_x, "
                       "base_y = excluded.base_y, weekends_off = excluded.weekends_off, days_off = excluded.days_off"),
        { p.village, p.name, role, p.township, p.base ? QVariant(p.base->x()) : QVariant(),
            p.base ? QVariant(p.base->y()) : QVariant(), int(p.weekendsOff), patrol_rows::dateList(p.daysOff) });
    appendEvent(QStringLiteral("village_patroller"), p.village,
        old.isNull() ? QStringLiteral("create") : QStringLiteral("update"), old, patrol_rows::villagePatrollerJson(p));
    transaction.commit();
}

std::vector<core::VillagePatroller> SqlProjectStore::villagePatrollers() const
{
    const auto guard = lock();
    std::vector<core::VillagePatroller> result;
    auto rows = m_db->query(QStringLiteral("SELECT village, name, township, base_x, base_y, weekends_off, days_off "
                                           "FROM village_patrollers ORDER BY village"));
    while (rows->next()) {
        core::VillagePatroller p;
        p.village = rows->text(0);
        p.name = rows->text(1);
        p.township = rows->text(2);
        if (!rows->isNull(3) && !rows->isNull(4))
            p.base = QPointF(rows->real(3), rows->real(4));
        p.weekendsOff = rows->integer(5) != 0;
        const std::vector<QDate> off = patrol_rows::dates(rows->text(6));
        p.daysOff = QSet<QDate>(off.begin(), off.end());
        result.push_back(std::move(p));
    }
    return result;
}

} // namespace fg::gis
