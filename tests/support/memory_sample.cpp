// SPDX-License-Identifier: MIT
#include "memory_sample.h"

#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/sample_project.h"

#include <QDir>

namespace fg::test {

std::unique_ptr<MemoryProjectStore> memorySample(
    const QString &sampleDir, const QDateTime &now, const gis::OperatorIdentity &who)
{
    const QDir dir(sampleDir);
    const std::pair<const char *, const char *> files[] = { { gis::ProjectTables::kBasicFarmland, "basic_farmland.shp" },
        { gis::ProjectTables::kLandUse, "landuse.shp" }, { gis::ProjectTables::kTownships, "townships.shp" },
        { gis::ProjectTables::kVillages, "villages.shp" } };
    std::vector<gis::VectorLayer> layers;
    layers.reserve(std::size(files));
    gis::ReadOptions options;
    options.expectedKind = gis::GeometryKind::Polygon;
    for (const auto &[table, file] : files)
        layers.push_back(gis::readLayer(dir.filePath(QString::fromLatin1(file)), options));
    std::vector<const gis::VectorLayer *> located;
    for (const gis::VectorLayer &layer : layers)
        located.push_back(&layer);
    const gis::WorkingCrsChoice working = gis::chooseWorkingCrs(located, QString());
    gis::NewProject spec;
    spec.workingEpsg = working.epsg;
    spec.settings = { { QStringLiteral("working_epsg"), QString::number(working.epsg) } };
    for (size_t i = 0; i < layers.size(); ++i) {
        gis::transformToWorkingCrs(layers[i], working.epsg);
        spec.layers.push_back({ QString::fromLatin1(files[i].first), &layers[i] });
    }
    std::unique_ptr<MemoryProjectStore> store = MemoryProjectStore::create(spec, who, QStringLiteral("sample"));
    gis::SampleProject::fill(*store, sampleDir, now);
    return store;
}

} // namespace fg::test
