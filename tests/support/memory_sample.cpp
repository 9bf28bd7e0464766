// SPDX-License-Identifier: MIT
#include "memory_sample.h"

#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/layer_files.h"
#include "gis/usecases/sample_project.h"

#include <QDir>

#include <map>
#include <mutex>

namespace fg::test {

namespace {

/// The sample's reference layers in their working CRS, read once per directory.
const gis::LayerFiles &referenceLayers(const QString &sampleDir)
{
    static std::mutex mutex;
    static std::map<QString, gis::LayerFiles> read;
    std::lock_guard<std::mutex> lock(mutex);
    auto found = read.find(sampleDir);
    if (found == read.end()) {
        const QDir dir(sampleDir);
        QStringList paths;
        for (const char *file : { "basic_farmland.shp", "landuse.shp", "townships.shp", "villages.shp" })
            paths << dir.filePath(QString::fromLatin1(file));
        found = read.emplace(sampleDir, gis::readLayerFiles(paths, {})).first;
    }
    return found->second;
}

} // namespace

std::unique_ptr<MemoryProjectStore> memorySampleProject(
    const QString &sampleDir, const QDateTime &now, const gis::OperatorIdentity &who)
{
    std::unique_ptr<MemoryProjectStore> store = memorySampleLayers(sampleDir, who);
    gis::SampleProject::fill(*store, sampleDir, now);
    return store;
}

std::unique_ptr<MemoryProjectStore> memorySampleLayers(
    const QString &sampleDir, const gis::OperatorIdentity &who)
{
    const gis::LayerFiles &files = referenceLayers(sampleDir);
    using L = gis::ProjectTables;
    gis::NewProject spec;
    spec.workingEpsg = files.working.epsg;
    const char *tables[] = { L::kBasicFarmland, L::kLandUse, L::kTownships, L::kVillages };
    for (size_t i = 0; i < files.layers.size(); ++i)
        spec.layers.push_back({ QString::fromLatin1(tables[i]), files.layers[i].get() });
    return MemoryProjectStore::create(spec, who, QStringLiteral("sample"));
}

} // namespace fg::test
