// SPDX-License-Identifier: MIT
#include "gis/project/project_grid.h"

#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/project/project_layers.h"

#include <memory>

namespace fg::gis {

PatrolGrid ProjectGrid::build(const QString &projectPath, GridOptions options, bool perVillage)
{
    const QStringList tables = listLayers(projectPath);
    auto table = [&](const char *name) -> std::unique_ptr<VectorLayer> {
        const QString t = QString::fromLatin1(name);
        if (!tables.contains(t))
            return nullptr;
        ReadOptions read;
        read.layerName = t;
        auto layer = std::make_unique<VectorLayer>(readLayer(projectPath, read));
        return layer;
    };
    std::unique_ptr<VectorLayer> townships = table(ProjectLayers::kTownships);
    std::unique_ptr<VectorLayer> villages = table(ProjectLayers::kVillages);
    std::unique_ptr<VectorLayer> landUse = table(ProjectLayers::kLandUse);
    std::unique_ptr<VectorLayer> basicFarmland = table(ProjectLayers::kBasicFarmland);
    std::unique_ptr<VectorLayer> incidents = table(ProjectLayers::kIncidents);
    if (!townships) {
        ReadOptions read;
        read.layerName = QString::fromLatin1(ProjectLayers::kTownships);
        townships = std::make_unique<VectorLayer>(readLayer(projectPath, read)); // throws naming the file
    }
    if (incidents && incidents->featureCount() == 0)
        incidents.reset(); // a new project's incidents layer: nothing to date
    options.incidentDateField = QStringLiteral("discovery_date");
    const int epsg = townships->crs.epsg;
    for (auto *layer : { &townships, &villages, &landUse, &basicFarmland, &incidents })
        if (*layer) {
            transformToWorkingCrs(**layer, epsg); // the project's layers share its CRS: a no-op check
            (*layer)->buildIndex();
        }
    const GridBuilder builder(
        { townships.get(), villages.get(), landUse.get(), basicFarmland.get(), incidents.get() }, epsg, options);
    return perVillage ? builder.villageCells() : builder.squareCells();
}

} // namespace fg::gis
