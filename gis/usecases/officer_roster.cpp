// SPDX-License-Identifier: MIT
#include "gis/usecases/officer_roster.h"

#include "core/input_error.h"
#include "gis/store/project_store.h"

#include <QLineF>

namespace fg::gis {

namespace {

void apply(const OfficerChange &change, PatrolOfficerRecord &record)
{
    core::Officer &o = record.officer;
    o.township = change.township.value_or(o.township).trimmed();
    o.base = change.base.value_or(o.base);
    o.maxCellsPerDay = change.maxCellsPerDay.value_or(o.maxCellsPerDay);
    o.maxKmPerDay = change.maxKmPerDay.value_or(o.maxKmPerDay);
    o.calendar = core::WorkingCalendar(change.holidays.value_or(o.calendar.holidays()),
        change.workingWeekends.value_or(o.calendar.workingWeekendDays()));
    o.cellIds = change.cells.value_or(o.cellIds);
    record.villages = change.villages.value_or(record.villages);
}

} // namespace

PatrolOfficerRecord OfficerRoster::save(ProjectStore &store, const OfficerChange &change, OfficerEdit edit)
{
    const QString location = store.info().location;
    const QString name = change.name.trimmed();
    if (name.isEmpty())
        throw core::InputError(location, tr("an officer needs a name"));
    PatrolRecords &records = store.patrol();
    const PatrolGrid grid = records.grid();
    std::optional<PatrolOfficerRecord> record;
    for (const PatrolOfficerRecord &r : records.officers())
        if (r.officer.name == name)
            record = r;
    if (edit == OfficerEdit::Add && record)
        throw core::InputError(location, tr("officer %1 already exists; use update").arg(name), name);
    if (edit == OfficerEdit::Update && !record)
        throw core::InputError(location, tr("no officer named %1").arg(name), name);
    if (record) {
        record->officer.cellIds = ownCells(*record, grid);
    } else {
        record.emplace();
        record->officer.name = name;
    }
    apply(change, *record);
    if (!townships(grid).contains(record->officer.township))
        throw core::InputError(location,
            tr("no cell of the project's grid lies in township %1").arg(record->officer.township),
            record->officer.township);
    if (record->officer.base.isNull())
        record->officer.base = defaultBase(record->officer, record->villages, grid);
    records.setOfficer(record->officer, record->villages);
    return *record;
}

QStringList OfficerRoster::townships(const PatrolGrid &grid)
{
    QStringList result;
    for (const GridCell &c : grid.cells)
        if (!result.contains(c.cell.township))
            result << c.cell.township;
    result.sort();
    return result;
}

QStringList OfficerRoster::ownCells(const PatrolOfficerRecord &record, const PatrolGrid &grid)
{
    QStringList cells;
    for (const QString &id : record.officer.cellIds) {
        bool viaVillage = false;
        for (const GridCell &c : grid.cells)
            if (c.cell.id == id && record.villages.contains(c.cell.village))
                viaVillage = true;
        if (!viaVillage)
            cells << id;
    }
    return cells;
}

QPointF OfficerRoster::defaultBase(const core::Officer &officer, const QStringList &villages, const PatrolGrid &grid)
{
    std::vector<QPointF> points;
    for (const GridCell &c : grid.cells)
        if (officer.cellIds.contains(c.cell.id) || villages.contains(c.cell.village))
            points.push_back(c.cell.centroid);
    if (points.empty())
        for (const GridCell &c : grid.cells)
            if (c.cell.township == officer.township)
                points.push_back(c.cell.centroid);
    if (points.empty())
        return {};
    QPointF mean;
    for (const QPointF &p : points)
        mean += p;
    mean /= double(points.size());
    QPointF best = points.front();
    for (const QPointF &p : points)
        if (QLineF(p, mean).length() < QLineF(best, mean).length())
            best = p;
    return best;
}

} // namespace fg::gis
