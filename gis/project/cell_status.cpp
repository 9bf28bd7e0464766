// SPDX-License-Identifier: MIT
#include "gis/project/cell_status.h"

#include "core/cases/case_status.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"

#include <algorithm>
#include <map>

namespace fg::gis {

PatrolGrid CellStatus::grid(const ProjectStore &store, QDate asOf, double minShare)
{
    PatrolGrid grid = store.patrol().grid();
    std::map<QString, size_t> index;
    for (size_t i = 0; i < grid.cells.size(); ++i)
        index[grid.cells[i].cell.id] = i;
    for (const core::CellCoverage &r : store.patrol().records({}, asOf)) {
        const auto it = index.find(r.cellId);
        if (it != index.end() && r.share() >= minShare) {
            QDate &last = grid.cells[it->second].cell.lastPatrol;
            last = std::max(last, r.date);
        }
    }
    fillOpenCases(store, grid);
    return grid;
}

void CellStatus::fillOpenCases(const ProjectStore &store, PatrolGrid &grid)
{
    std::vector<QStringList> openCases;
    for (const core::CaseFile &file : store.cases())
        if (!core::isTerminal(file.status()))
            openCases.push_back(file.incidentIds());
    if (openCases.empty())
        return;
    std::map<QString, GeosGeometryPtr> incidentGeometry;
    for (IncidentRecord &incident : store.incidents(true))
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

} // namespace fg::gis
