// SPDX-License-Identifier: MIT
#include "app/patrol/officer_records.h"

#include "core/input_error.h"

#include <QLineF>

namespace fg::app {

QStringList OfficerRecords::ownCells(const gis::PatrolOfficerRecord &record, const gis::PatrolGrid &grid)
{
    QStringList cells;
    for (const QString &id : record.officer.cellIds) {
        bool viaVillage = false;
        for (const gis::GridCell &c : grid.cells)
            if (c.cell.id == id && record.villages.contains(c.cell.village))
                viaVillage = true;
        if (!viaVillage)
            cells << id;
    }
    return cells;
}

QPointF OfficerRecords::defaultBase(const core::Officer &officer, const QStringList &villages, const gis::PatrolGrid &grid)
{
    std::vector<QPointF> points;
    for (const gis::GridCell &c : grid.cells)
        if (officer.cellIds.contains(c.cell.id) || villages.contains(c.cell.village))
            points.push_back(c.cell.centroid);
    if (points.empty())
        for (const gis::GridCell &c : grid.cells)
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

QStringList OfficerRecords::townships(const gis::PatrolGrid &grid)
{
    QStringList result;
    for (const gis::GridCell &c : grid.cells)
        if (!result.contains(c.cell.township))
            result << c.cell.township;
    result.sort();
    return result;
}

void OfficerRecords::requireTownship(const QString &project, const QString &township, const gis::PatrolGrid &grid)
{
    if (!townships(grid).contains(township))
        throw core::InputError(project, tr("no cell of the project's grid lies in township %1").arg(township), township);
}

} // namespace fg::app
