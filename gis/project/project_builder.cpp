// SPDX-License-Identifier: MIT
#include "gis/project/project_builder.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"
#include "gis/project/gpkg_project_store.h"
#include "gis/project/project_layers.h"

#include <QFileInfo>

#include <optional>

namespace fg::gis {

namespace {

VectorLayer readPolygons(const QString &path, const ProjectSources &sources)
{
    ReadOptions options;
    options.encoding = sources.encoding;
    options.expectedKind = GeometryKind::Polygon;
    VectorLayer layer = readLayer(path, options);
    // The CRS option declares the CRS of layers that carry none; a layer's own CRS wins.
    if (!layer.crs.known() && !sources.crs.isEmpty()) {
        options.crs = sources.crs;
        layer = readLayer(path, options);
    }
    return layer;
}

void requireSource(const QString &path, const QString &what)
{
    if (path.isEmpty())
        throw core::InputError(QString(), ProjectBuilder::tr("the %1 layer is required").arg(what));
}

} // namespace

ProjectCreated ProjectBuilder::create(const QString &path, const ProjectSources &sources, const OperatorIdentity &who)
{
    requireSource(sources.basicFarmland, QStringLiteral("basic farmland"));
    requireSource(sources.cultivated, QStringLiteral("cultivated land"));
    requireSource(sources.boundaries, QStringLiteral("township boundary"));
    if (QFileInfo::exists(path))
        throw core::InputError(path, tr("the file exists already: choose a new project file"));
    if (who.name.trimmed().isEmpty())
        throw core::InputError(path, tr("the operator's name is required: every change records who made it"));

    VectorLayer basic = readPolygons(sources.basicFarmland, sources);
    VectorLayer landUse = readPolygons(sources.cultivated, sources);
    VectorLayer townships = readPolygons(sources.boundaries, sources);
    std::optional<VectorLayer> villages;
    if (!sources.villages.isEmpty())
        villages = readPolygons(sources.villages, sources);

    std::vector<std::pair<QString, VectorLayer *>> read { { QString::fromLatin1(ProjectLayers::kBasicFarmland), &basic },
        { QString::fromLatin1(ProjectLayers::kLandUse), &landUse },
        { QString::fromLatin1(ProjectLayers::kTownships), &townships } };
    if (villages)
        read.push_back({ QString::fromLatin1(ProjectLayers::kVillages), &*villages });
    std::vector<const VectorLayer *> located;
    std::vector<ProjectLayer> layers;
    for (const auto &[table, layer] : read) {
        located.push_back(layer);
        layers.push_back({ table, layer });
    }
    const bool workingOverride = isCgcs2000GaussKrugerZone(parseEpsgCode(sources.crs));
    const WorkingCrsChoice working = chooseWorkingCrs(located, workingOverride ? sources.crs : QString());

    ProjectCreated created;
    created.workingEpsg = working.epsg;
    created.workingHow = working.how;
    for (const auto &[table, writable] : read) {
        transformToWorkingCrs(*writable, working.epsg);
        for (const QString &warning : writable->warnings)
            created.warnings << (warning.contains(writable->sourcePath) ? warning : writable->sourcePath + QStringLiteral(": ") + warning);
        created.layerSummary << tr("%1: %2 features from %3").arg(table).arg(writable->featureCount()).arg(writable->sourcePath);
    }
    ProjectLayers::create(path, working.epsg, layers);

    auto store = std::make_unique<GpkgProjectStore>(path, who);
    store->setSetting(QStringLiteral("working_epsg"), QString::number(working.epsg));
    store->setSetting(QStringLiteral("working_crs_reason"), working.how);
    const std::pair<const char *, QString> recorded[] = { { "source_basic_farmland", sources.basicFarmland },
        { "source_cultivated", sources.cultivated }, { "source_townships", sources.boundaries },
        { "source_villages", sources.villages } };
    for (const auto &[key, source] : recorded) {
        if (!source.isEmpty())
            store->setSetting(QString::fromLatin1(key), QFileInfo(source).absoluteFilePath());
    }
    created.store = std::move(store);
    return created;
}

} // namespace fg::gis
