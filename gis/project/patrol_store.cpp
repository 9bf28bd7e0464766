// SPDX-License-Identifier: MIT
#include "gis/project/patrol_store.h"

#include "core/cases/case_status.h"
#include "core/input_error.h"
#include "gis/patrol/cell_probes.h"
#include "gis/project/audit_log_p.h"
#include "gis/project/gpkg_geometry_p.h"
#include "gis/project/gpkg_project_store.h"
#include "gis/project/patrol_rows_p.h"
#include "gis/project/sqlite_db_p.h"

#include <QJsonArray>
#include <QLineF>
#include <QSet>

#include <map>

namespace fg::gis {

namespace {

const QString kCellColumns = QStringLiteral("cell_id, township, village, area_m2, bf_m2, cult_m2, parcels, cx, cy, "
                                            "d_home_m, d_road_m, d_town_m, incident_dates, cell_size_m");

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalColumn(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

void bindCell(SqliteStatement &insert, const GridCell &g, double cellSize, int srsId)
{
    const core::PatrolCell &c = g.cell;
    QStringList dates;
    for (const QDate &d : c.incidentDates)
        dates << d.toString(Qt::ISODate);
    insert.bind(1, gpkgBlobFromGeos(g.geometry.get(), srsId))
        .bind(2, c.id)
        .bind(3, c.township)
        .bind(4, c.village)
        .bind(5, c.areaM2)
        .bind(6, c.basicFarmlandM2)
        .bind(7, c.cultivatedM2)
        .bind(8, c.parcelCount)
        .bind(9, c.centroid.x())
        .bind(10, c.centroid.y())
        .bind(11, optionalReal(c.homesteadDistanceM))
        .bind(12, optionalReal(c.roadDistanceM))
        .bind(13, optionalReal(c.townDistanceM))
        .bind(14, dates.join(QLatin1Char(';')))
        .bind(15, cellSize);
}

GridCell cellRow(const SqliteStatement &row)
{
    GridCell g;
    core::PatrolCell &c = g.cell;
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
    g.geometry = geosFromGpkgBlob(row.blob(14));
    return g;
}

} // namespace

PatrolStore::PatrolStore(const QString &path, OperatorIdentity who)
    : m_project(std::make_unique<GpkgProjectStore>(path, who))
    , m_db(std::make_unique<SqliteDb>(path))
    , m_operator(std::move(who))
{
    registerGpkgFunctions(m_db->handle());
    SqliteStatement srs(*m_db, QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'grid_cells'"));
    m_srsId = srs.next() ? int(srs.integer(0)) : 0;
}

PatrolStore::~PatrolStore() = default;

ProjectStore &PatrolStore::project()
{
    return *m_project;
}

int PatrolStore::workingEpsg() const
{
    return m_project->info().workingEpsg;
}

void PatrolStore::replaceGrid(const PatrolGrid &grid)
{
    if (grid.epsg != workingEpsg())
        throw core::InputError(m_db->path(),
            tr("the grid is in EPSG:%1 but the project works in EPSG:%2").arg(grid.epsg).arg(workingEpsg()));
    QSet<QString> ids;
    QRectF extent;
    for (const GridCell &g : grid.cells) {
        if (ids.contains(g.cell.id))
            throw core::InputError(m_db->path(), tr("the grid repeats a cell id"), g.cell.id);
        ids.insert(g.cell.id);
        extent = extent.united(envelopeOf(g.geometry.get()));
    }
    SqliteTransaction transaction(*m_db);
    SqliteStatement before(*m_db, QStringLiteral("SELECT COUNT(*), MAX(cell_size_m) FROM grid_cells"));
    before.next();
    const QJsonObject old { { QStringLiteral("cells"), before.integer(0) }, { QStringLiteral("cell_size_m"), before.real(1) } };
    m_db->exec(QStringLiteral("DELETE FROM grid_cells"));
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO grid_cells (geom, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kCellColumns));
    for (const GridCell &g : grid.cells) {
        bindCell(insert, g, grid.cellSizeM, m_srsId);
        insert.run();
        insert.reset();
    }
    SqliteStatement contents(*m_db, QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                                                   "min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = 'grid_cells'"));
    contents.bind(1, extent.left()).bind(2, extent.top()).bind(3, extent.right()).bind(4, extent.bottom()).run();
    QJsonArray townships;
    for (const QString &t : patrol_rows::townships(grid))
        townships.append(t);
    AuditLog::append(*m_db, m_operator, QStringLiteral("patrol_grid"), QStringLiteral("grid_cells"),
        before.integer(0) > 0 ? QStringLiteral("replace") : QStringLiteral("create"), before.integer(0) > 0 ? QJsonValue(old) : QJsonValue(),
        QJsonObject { { QStringLiteral("cells"), qint64(grid.cells.size()) }, { QStringLiteral("cell_size_m"), grid.cellSizeM },
            { QStringLiteral("townships"), townships } });
    reassignOfficers(grid);
    transaction.commit();
}

void PatrolStore::reassignOfficers(const PatrolGrid &grid)
{
    // The old cells are gone: each new cell goes to the officer of its township whose base is
    // nearest, so no officer is left naming cells that do not exist. Villages stay assigned.
    std::vector<PatrolOfficerRecord> team = officers();
    for (PatrolOfficerRecord &r : team)
        r.officer.cellIds.clear();
    for (const GridCell &g : grid.cells) {
        PatrolOfficerRecord *nearest = nullptr;
        auto distance = [&g](const PatrolOfficerRecord &r) { return QLineF(r.officer.base, g.cell.centroid).length(); };
        for (PatrolOfficerRecord &r : team)
            if (r.officer.township == g.cell.township && (!nearest || distance(r) < distance(*nearest)))
                nearest = &r;
        if (nearest && !nearest->villages.contains(g.cell.village))
            nearest->officer.cellIds << g.cell.id;
    }
    SqliteStatement update(*m_db, QStringLiteral("UPDATE patrol_officers SET cells = ? WHERE name = ?"));
    for (const PatrolOfficerRecord &r : team) {
        update.bind(1, r.officer.cellIds.join(QLatin1Char(';'))).bind(2, r.officer.name).run();
        update.reset();
        AuditLog::append(*m_db, m_operator, QStringLiteral("patrol_officer"), r.officer.name, QStringLiteral("reassign"),
            QJsonValue(), QJsonObject { { QStringLiteral("cells"), QJsonArray::fromStringList(r.officer.cellIds) },
                              { QStringLiteral("why"), QStringLiteral("grid replaced") } });
    }
}

bool PatrolStore::hasGrid() const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT COUNT(*) FROM grid_cells"));
    return query.next() && query.integer(0) > 0;
}

PatrolGrid PatrolStore::grid(QDate asOf, double minShare) const
{
    PatrolGrid grid;
    grid.epsg = workingEpsg();
    SqliteStatement query(*m_db, QStringLiteral("SELECT %1, geom FROM grid_cells ORDER BY fid").arg(kCellColumns));
    std::map<QString, size_t> index;
    while (query.next()) {
        grid.cellSizeM = query.real(13);
        index[query.text(0)] = grid.cells.size();
        grid.cells.push_back(cellRow(query));
    }
    for (const core::CellCoverage &r : records({}, asOf)) {
        const auto it = index.find(r.cellId);
        if (it != index.end() && r.share() >= minShare) {
            QDate &last = grid.cells[it->second].cell.lastPatrol;
            last = std::max(last, r.date);
        }
    }
    fillOpenCases(grid);
    return grid;
}

void PatrolStore::fillOpenCases(PatrolGrid &grid) const
{
    std::map<QString, GeosGeometryPtr> incidentGeometry;
    std::vector<QStringList> openCases;
    for (const core::CaseFile &file : m_project->cases())
        if (!core::isTerminal(file.status()))
            openCases.push_back(file.incidentIds());
    if (openCases.empty())
        return;
    for (IncidentRecord &incident : m_project->incidents(true))
        incidentGeometry[incident.id] = std::move(incident.geometry);
    GEOSContextHandle_t ctx = geosContext();
    for (GridCell &g : grid.cells) {
        g.cell.openCases = 0;
        for (const QStringList &ids : openCases) {
            bool near = false;
            for (const QString &id : ids) {
                const auto it = incidentGeometry.find(id);
                double d = 0;
                if (it != incidentGeometry.end() && it->second && g.geometry
                    && GEOSDistance_r(ctx, g.geometry.get(), it->second.get(), &d) == 1 && d <= kOpenCaseNearM)
                    near = true;
            }
            g.cell.openCases += near ? 1 : 0;
        }
    }
}

void PatrolStore::requireCell(const QString &cellId) const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT 1 FROM grid_cells WHERE cell_id = ?"));
    query.bind(1, cellId);
    if (!query.next())
        throw core::InputError(m_db->path(), tr("the project's grid has no such cell"), cellId);
}

void PatrolStore::setOfficer(const core::Officer &officer, const QStringList &villages)
{
    if (officer.name.trimmed().isEmpty())
        throw core::InputError(m_db->path(), tr("an officer needs a name"));
    if (!officer.hasCapacity())
        throw core::InputError(m_db->path(), tr("an officer needs a daily capacity (cells or km)"), officer.name);
    for (const QString &id : officer.cellIds)
        requireCell(id);
    for (const QString &village : villages) {
        SqliteStatement query(*m_db, QStringLiteral("SELECT 1 FROM grid_cells WHERE village = ?"));
        query.bind(1, village);
        if (!query.next())
            throw core::InputError(m_db->path(), tr("no cell of the grid lies in village %1").arg(village), officer.name);
    }
    SqliteTransaction transaction(*m_db);
    QJsonValue old;
    for (const PatrolOfficerRecord &r : officers())
        if (r.officer.name == officer.name)
            old = patrol_rows::officerJson(r.officer, r.villages);
    SqliteStatement person(*m_db, QStringLiteral("INSERT OR IGNORE INTO officers (name, role, first_seen) VALUES (?, ?, ?)"));
    person.bind(1, officer.name)
        .bind(2, QStringLiteral("网格员"))
        .bind(3, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()))
        .run();
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT OR REPLACE INTO patrol_officers (name, officer_id, township, base_x, base_y, max_cells, "
                       "max_km, cells, villages, holidays, working_weekends) VALUES (?, (SELECT id FROM officers WHERE "
                       "name = ? AND role = '网格员'), ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, officer.name)
        .bind(2, officer.name)
        .bind(3, officer.township)
        .bind(4, officer.base.x())
        .bind(5, officer.base.y())
        .bind(6, officer.maxCellsPerDay)
        .bind(7, officer.maxKmPerDay)
        .bind(8, officer.cellIds.join(QLatin1Char(';')))
        .bind(9, villages.join(QLatin1Char(';')))
        .bind(10, patrol_rows::dateList(officer.calendar.holidays()))
        .bind(11, patrol_rows::dateList(officer.calendar.workingWeekendDays()))
        .run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("patrol_officer"), officer.name,
        old.isNull() ? QStringLiteral("create") : QStringLiteral("update"), old, patrol_rows::officerJson(officer, villages));
    transaction.commit();
}

std::vector<PatrolOfficerRecord> PatrolStore::officers() const
{
    std::vector<PatrolOfficerRecord> result;
    SqliteStatement query(*m_db, QStringLiteral("SELECT name, township, base_x, base_y, max_cells, max_km, cells, villages, "
                                                "holidays, working_weekends FROM patrol_officers ORDER BY name"));
    while (query.next()) {
        PatrolOfficerRecord r;
        core::Officer &o = r.officer;
        o.name = query.text(0);
        o.township = query.text(1);
        o.base = QPointF(query.real(2), query.real(3));
        o.maxCellsPerDay = int(query.integer(4));
        o.maxKmPerDay = query.real(5);
        o.cellIds = query.text(6).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        r.villages = query.text(7).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        const std::vector<QDate> holidays = patrol_rows::dates(query.text(8));
        const std::vector<QDate> weekends = patrol_rows::dates(query.text(9));
        o.calendar = core::WorkingCalendar(QSet<QDate>(holidays.begin(), holidays.end()),
            QSet<QDate>(weekends.begin(), weekends.end()));
        for (const QString &village : r.villages) {
            SqliteStatement cells(*m_db, QStringLiteral("SELECT cell_id FROM grid_cells WHERE village = ? ORDER BY fid"));
            cells.bind(1, village);
            while (cells.next())
                if (!o.cellIds.contains(cells.text(0)))
                    o.cellIds << cells.text(0);
        }
        result.push_back(std::move(r));
    }
    return result;
}

void PatrolStore::setVillagePatroller(const core::VillagePatroller &p)
{
    if (p.name.trimmed().isEmpty() || p.village.trimmed().isEmpty())
        throw core::InputError(m_db->path(), tr("a village patroller needs a name and a village"), p.name);
    SqliteStatement village(*m_db, QStringLiteral("SELECT 1 FROM grid_cells WHERE village = ?"));
    village.bind(1, p.village);
    if (!village.next())
        throw core::InputError(m_db->path(), tr("no cell of the grid lies in village %1").arg(p.village), p.name);
    SqliteTransaction transaction(*m_db);
    QJsonValue old;
    for (const core::VillagePatroller &was : villagePatrollers())
        if (was.village == p.village)
            old = patrol_rows::villagePatrollerJson(was);
    const QString role = QStringLiteral("村级巡查员");
    SqliteStatement person(*m_db, QStringLiteral("INSERT OR IGNORE INTO officers (name, role, first_seen) VALUES (?, ?, ?)"));
    person.bind(1, p.name).bind(2, role).bind(3, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc())).run();
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT OR REPLACE INTO village_patrollers (village, name, officer_id, township, base_x, base_y, "
                       "weekends_off, days_off) VALUES (?, ?, (SELECT id FROM officers WHERE name = ? AND role = ?), "
                       "?, ?, ?, ?, ?)"));
    insert.bind(1, p.village)
        .bind(2, p.name)
        .bind(3, p.name)
        .bind(4, role)
        .bind(5, p.township)
        .bind(6, p.base ? QVariant(p.base->x()) : QVariant())
        .bind(7, p.base ? QVariant(p.base->y()) : QVariant())
        .bind(8, p.weekendsOff)
        .bind(9, patrol_rows::dateList(p.daysOff))
        .run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("village_patroller"), p.village,
        old.isNull() ? QStringLiteral("create") : QStringLiteral("update"), old, patrol_rows::villagePatrollerJson(p));
    transaction.commit();
}

std::vector<core::VillagePatroller> PatrolStore::villagePatrollers() const
{
    std::vector<core::VillagePatroller> result;
    SqliteStatement query(*m_db, QStringLiteral("SELECT village, name, township, base_x, base_y, weekends_off, days_off "
                                                "FROM village_patrollers ORDER BY village"));
    while (query.next()) {
        core::VillagePatroller p;
        p.village = query.text(0);
        p.name = query.text(1);
        p.township = query.text(2);
        if (!query.isNull(3) && !query.isNull(4))
            p.base = QPointF(query.real(3), query.real(4));
        p.weekendsOff = query.integer(5) != 0;
        const std::vector<QDate> off = patrol_rows::dates(query.text(6));
        p.daysOff = QSet<QDate>(off.begin(), off.end());
        result.push_back(std::move(p));
    }
    return result;
}

qint64 PatrolStore::savePlan(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options)
{
    SqliteTransaction transaction(*m_db);
    if (keptBefore.isValid()) {
        const std::optional<core::PatrolPlan> current = currentPlan();
        QStringList was, now;
        if (current)
            for (const core::PlannedVisit &v : current->visits)
                if (v.date >= plan.start && v.date < keptBefore)
                    was << patrol_rows::visitKey(v);
        if (current)
            for (const core::VillagePatrol &v : current->villagePatrols)
                if (v.date >= plan.start && v.date < keptBefore)
                    was << patrol_rows::villagePatrolKey(v);
        for (const core::PlannedVisit &v : plan.visits)
            if (v.date < keptBefore)
                now << patrol_rows::visitKey(v);
        for (const core::VillagePatrol &v : plan.villagePatrols)
            if (v.date < keptBefore)
                now << patrol_rows::villagePatrolKey(v);
        was.sort();
        now.sort();
        if (was != now)
            throw core::InputError(m_db->path(),
                tr("the new plan changes days before %1, which are kept as planned").arg(keptBefore.toString(Qt::ISODate)));
    }
    const qint64 id = patrol_rows::insertPlan(*m_db, plan, keptBefore, options, m_operator.name);
    AuditLog::append(*m_db, m_operator, QStringLiteral("patrol_plan"), QString::number(id), QStringLiteral("create"), QJsonValue(),
        QJsonObject { { QStringLiteral("start"), plan.start.toString(Qt::ISODate) },
            { QStringLiteral("end"), plan.end.toString(Qt::ISODate) },
            { QStringLiteral("kept_before"), keptBefore.toString(Qt::ISODate) },
            { QStringLiteral("visits"), qint64(plan.visits.size()) },
            { QStringLiteral("shortfalls"), qint64(plan.shortfalls.size()) },
            { QStringLiteral("village_patrols"), qint64(plan.villagePatrols.size()) },
            { QStringLiteral("village_shortfalls"), qint64(plan.villageShortfalls.size()) }, { QStringLiteral("options"), options } });
    transaction.commit();
    return id;
}

std::optional<core::PatrolPlan> PatrolStore::currentPlan() const
{
    return patrol_rows::readLatestPlan(*m_db);
}

} // namespace fg::gis
