// SPDX-License-Identifier: MIT
#include "gis/project/project_grid.h"

#include "core/patrol/officer_assignment.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/project/incident_layer.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"

#include <memory>

namespace fg::gis {

PatrolGrid ProjectGrid::build(const ProjectStore &store, GridOptions options, bool perVillage)
{
    QStringList tables;
    for (const ReferenceLayerInfo &layer : store.referenceLayers())
        tables << layer.table;
    auto table = [&](const char *name) -> std::unique_ptr<VectorLayer> {
        const QString t = QString::fromLatin1(name);
        return tables.contains(t) ? std::make_unique<VectorLayer>(store.readReference(t)) : nullptr;
    };
    std::unique_ptr<VectorLayer> townships = table(ProjectTables::kTownships);
    std::unique_ptr<VectorLayer> villages = table(ProjectTables::kVillages);
    std::unique_ptr<VectorLayer> landUse = table(ProjectTables::kLandUse);
    std::unique_ptr<VectorLayer> basicFarmland = table(ProjectTables::kBasicFarmland);
    auto incidents = std::make_unique<VectorLayer>(IncidentLayer::read(store));
    if (!townships) // throws naming the project
        townships = std::make_unique<VectorLayer>(store.readReference(QString::fromLatin1(ProjectTables::kTownships)));
    if (incidents->featureCount() == 0)
        incidents.reset(); // a new project: nothing to date
    options.incidentDateField = QStringLiteral("discovery_date");
    const int epsg = store.info().workingEpsg;
    for (auto *layer : { &townships, &villages, &landUse, &basicFarmland, &incidents })
        if (*layer) {
            transformToWorkingCrs(**layer, epsg); // the project's layers share its CRS: a no-op check
            (*layer)->buildIndex();
        }
    const GridBuilder builder(
        { townships.get(), villages.get(), landUse.get(), basicFarmland.get(), incidents.get() }, epsg, options);
    return perVillage ? builder.villageCells() : builder.squareCells();
}

QHash<QString, QStringList> ProjectGrid::officerCells(const ProjectStore &store, const PatrolGrid &grid)
{
    std::vector<core::Officer> team;
    QHash<QString, QStringList> villages;
    for (const PatrolOfficerRecord &r : store.patrol().officers()) {
        team.push_back(r.officer);
        villages.insert(r.officer.name, r.villages);
    }
    std::vector<core::PatrolCell> cells;
    for (const GridCell &g : grid.cells)
        cells.push_back(g.cell);
    return core::OfficerAssignment::assign(cells, team, villages);
}

void ProjectGrid::replace(ProjectStore &store, const PatrolGrid &grid)
{
    store.patrol().replaceGrid(grid, officerCells(store, grid));
}

} // namespace fg::gis
