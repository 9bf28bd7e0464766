// SPDX-License-Identifier: MIT
#include "gis/project/project_builder.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"
#include "gis/project/gpkg_project_store.h"
#include "gis/project/project_layers.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace fg::gis {

namespace {

using Step = std::function<void(double, const QString &)>;

/// Reads one reference layer; its share of the progress runs from @p from to @p to.
VectorLayer readPolygons(const QString &path, const ProjectSources &sources, const Step &step, double from, double to)
{
    ReadOptions options;
    options.encoding = sources.encoding;
    options.expectedKind = GeometryKind::Polygon;
    const QString name = QFileInfo(path).fileName();
    options.progress = [&step, from, to, name](double fraction) {
        step(from + (to - from) * fraction, name);
        return true;
    };
    step(from, name);
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

ProjectCreated ProjectBuilder::create(
    const QString &path, const ProjectSources &sources, const OperatorIdentity &who, const Progress &progress)
{
    requireSource(sources.basicFarmland, QStringLiteral("basic farmland"));
    requireSource(sources.cultivated, QStringLiteral("cultivated land"));
    requireSource(sources.boundaries, QStringLiteral("township boundary"));
    if (QFileInfo::exists(path))
        throw core::InputError(path, tr("the file exists already: choose a new project file"));
    if (who.name.trimmed().isEmpty())
        throw core::InputError(path, tr("the operator's name is required: every change records who made it"));

    const Step step = [&progress](double fraction, const QString &what) {
        if (progress && !progress(fraction, what))
            throw ReadCancelled();
    };
    try {
        return write(path, sources, who, step);
    } catch (...) {
        // The path did not exist before (checked above): whatever is there now is ours and unfinished.
        discard(path);
        throw;
    }
}

void ProjectBuilder::discard(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

ProjectCreated ProjectBuilder::write(const QString &path, const ProjectSources &sources, const OperatorIdentity &who,
    const std::function<void(double, const QString &)> &step)
{
    // Reading dominates on a county's layers; reprojecting and writing share the rest.
    const double share = sources.villages.isEmpty() ? 0.7 / 3 : 0.7 / 4;
    VectorLayer basic = readPolygons(sources.basicFarmland, sources, step, 0, share);
    VectorLayer landUse = readPolygons(sources.cultivated, sources, step, share, 2 * share);
    VectorLayer townships = readPolygons(sources.boundaries, sources, step, 2 * share, 3 * share);
    std::optional<VectorLayer> villages;
    if (!sources.villages.isEmpty())
        villages = readPolygons(sources.villages, sources, step, 3 * share, 4 * share);

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
    for (size_t i = 0; i < read.size(); ++i) {
        const auto &[table, writable] = read[i];
        step(0.7 + 0.1 * double(i) / double(read.size()), tr("reprojecting %1").arg(table));
        transformToWorkingCrs(*writable, working.epsg);
        for (const QString &warning : writable->warnings)
            created.warnings << (warning.contains(writable->sourcePath) ? warning : writable->sourcePath + QStringLiteral(": ") + warning);
        created.layerSummary << tr("%1: %2 features from %3").arg(table).arg(writable->featureCount()).arg(writable->sourcePath);
    }
    step(0.8, tr("writing the project"));
    ProjectLayers::create(path, working.epsg, layers);

    step(0.95, tr("project settings"));
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
    step(1, tr("project settings"));
    created.store = std::move(store);
    return created;
}

} // namespace fg::gis
