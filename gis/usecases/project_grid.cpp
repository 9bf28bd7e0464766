// SPDX-License-Identifier: MIT
#include "gis/usecases/project_grid.h"

#include "core/patrol/officer_assignment.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/incident_layer.h"
#include "gis/usecases/project_rules.h"

#include <map>
#include <memory>

namespace fg::gis {

namespace {

using LayerPtr = std::unique_ptr<VectorLayer>;

/// Reading is about half the work of a county's grid; building the cells the rest but storing.
constexpr double kRead = 0.5;
constexpr double kBuilt = 0.95;

PatrolGrid buildFrom(std::vector<LayerPtr *> layers, int epsg, const GridOptions &options, bool perVillage)
{
    for (LayerPtr *layer : layers)
        if (*layer) {
            transformToWorkingCrs(**layer, epsg); // a project's layers share its CRS: a no-op check
            (*layer)->buildIndex();
        }
    const GridBuilder builder({ layers[0]->get(), layers[1]->get(), layers[2]->get(), layers[3]->get(),
                                  layers[4]->get() },
        epsg, options);
    return perVillage ? builder.villageCells() : builder.squareCells();
}

} // namespace

PatrolGrid ProjectGrid::build(const ProjectStore &store, GridOptions options, bool perVillage, const StoreProgress &progress)
{
    auto report = [&progress](double fraction) {
        if (progress && !progress(fraction))
            throw ReadCancelled();
    };
    report(0);
    options.cultivatedClasses = ProjectRules::read(store).cultivatedClasses();
    QStringList tables;
    for (const ReferenceLayerInfo &layer : store.referenceLayersUncounted())
        tables << layer.table;
    int done = 0;
    auto table = [&](const char *name) -> LayerPtr {
        const QString t = QString::fromLatin1(name);
        const double from = kRead * done++ / 4;
        const StoreProgress step = [&progress, from](double f) { return !progress || progress(from + kRead / 4 * f); };
        // A missing townships table is read anyway: the store's error names the project.
        const bool read = tables.contains(t) || t == QLatin1String(ProjectTables::kTownships);
        return read ? std::make_unique<VectorLayer>(store.readReference(t, {}, step)) : nullptr;
    };
    LayerPtr townships = table(ProjectTables::kTownships);
    LayerPtr villages = table(ProjectTables::kVillages);
    LayerPtr landUse = table(ProjectTables::kLandUse);
    LayerPtr basicFarmland = table(ProjectTables::kBasicFarmland);
    auto incidents = std::make_unique<VectorLayer>(IncidentLayer::read(store));
    if (incidents->featureCount() == 0)
        incidents.reset(); // a new project: nothing to date
    options.incidentDateField = QStringLiteral("discovery_date");
    report(kRead);
    PatrolGrid grid = buildFrom({ &townships, &villages, &landUse, &basicFarmland, &incidents },
        store.info().workingEpsg, options, perVillage);
    report(kBuilt);
    return grid;
}

PatrolGrid ProjectGrid::make(ProjectStore &store, const GridOptions &options, bool perVillage, const StoreProgress &progress)
{
    PatrolGrid grid = build(store, options, perVillage, progress);
    replace(store, grid); // not interrupted once started
    if (progress)
        progress(1);
    return grid;
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

PatrolGrid ProjectGrid::fromFiles(const GridLayerFiles &files, const GridOptions &options, bool perVillage)
{
    auto file = [](const QString &path) { return path.isEmpty() ? nullptr : std::make_unique<VectorLayer>(readLayer(path)); };
    LayerPtr townships = file(files.townships);
    LayerPtr villages = file(files.villages);
    LayerPtr landUse = file(files.landUse);
    LayerPtr basicFarmland = file(files.basicFarmland);
    LayerPtr incidents = file(files.incidents);
    if (incidents && incidents->featureCount() == 0)
        incidents.reset(); // a new project's incidents table: nothing to date
    std::vector<const VectorLayer *> located;
    for (const LayerPtr *layer : { &townships, &villages, &landUse, &basicFarmland, &incidents })
        if (*layer)
            located.push_back(layer->get());
    const WorkingCrsChoice working = chooseWorkingCrs(located, files.workingCrs);
    return buildFrom({ &townships, &villages, &landUse, &basicFarmland, &incidents }, working.epsg, options, perVillage);
}

std::vector<GridTownshipTotals> ProjectGrid::totals(const PatrolGrid &grid)
{
    std::map<QString, GridTownshipTotals> byTownship;
    for (const GridCell &c : grid.cells) {
        GridTownshipTotals &t = byTownship[c.cell.township];
        t.township = c.cell.township;
        ++t.cells;
        t.basicFarmlandM2 += c.cell.basicFarmlandM2;
        t.cultivatedM2 += c.cell.cultivatedM2;
    }
    std::vector<GridTownshipTotals> result;
    for (auto &[name, t] : byTownship)
        result.push_back(t);
    return result;
}

} // namespace fg::gis
