// SPDX-License-Identifier: MIT
#include "gis/usecases/project_builder.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_stores.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/empty_layers.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/streamed_layers.h"

#include <QFile>
#include <QFileInfo>

#include <optional>
#include <utility>

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

/// The rules file given, checked, as the setting to record (nullopt when none is given).
std::optional<QString> rulesSetting(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(path, ProjectBuilder::tr("cannot read the rules file: %1").arg(file.errorString()));
    core::RulesRecord record = core::RulesRecord::fromText(file.readAll(), path);
    record.setSource(QFileInfo(path).fileName());
    return record.toSetting();
}

void requireSource(const QString &path, const QString &what)
{
    if (path.isEmpty())
        throw core::InputError(QString(), ProjectBuilder::tr("the %1 layer is required").arg(what));
}

/// The layers' tables and sources, in the order the project takes them.
std::vector<std::pair<QString, QString>> layerTables(const ProjectSources &sources)
{
    std::vector<std::pair<QString, QString>> tables { { QString::fromLatin1(ProjectTables::kBasicFarmland), sources.basicFarmland },
        { QString::fromLatin1(ProjectTables::kLandUse), sources.cultivated },
        { QString::fromLatin1(ProjectTables::kTownships), sources.boundaries } };
    if (!sources.villages.isEmpty())
        tables.emplace_back(QString::fromLatin1(ProjectTables::kVillages), sources.villages);
    if (!sources.natureReserves.isEmpty())
        tables.emplace_back(QString::fromLatin1(ProjectTables::kNatureReserves), sources.natureReserves);
    return tables;
}

bool sameCrs(const CrsDecision &a, const CrsDecision &b)
{
    return a.epsg == b.epsg && a.name == b.name && a.wkt == b.wkt && a.how == b.how && a.geographic == b.geographic
        && a.needsZone == b.needsZone && a.mismatch == b.mismatch;
}

/// The new project's settings: the working CRS and why, the sources, the rules.
void recordSettings(NewProject &spec, const ProjectSources &sources, const WorkingCrsChoice &working)
{
    spec.workingEpsg = working.epsg;
    spec.settings = { { QStringLiteral("working_epsg"), QString::number(working.epsg) },
        { QStringLiteral("working_crs_reason"), working.how } };
    const std::pair<const char *, QString> recorded[] = { { "source_basic_farmland", sources.basicFarmland },
        { "source_cultivated", sources.cultivated }, { "source_townships", sources.boundaries },
        { "source_villages", sources.villages }, { "source_nature_reserves", sources.natureReserves } };
    for (const auto &[key, source] : recorded) {
        if (!source.isEmpty())
            spec.settings.emplace_back(QString::fromLatin1(key), QFileInfo(source).absoluteFilePath());
    }
    if (const std::optional<QString> rules = rulesSetting(sources.rules))
        spec.settings.emplace_back(QString::fromLatin1(ProjectRules::kSetting), *rules);
}

/// The working CRS the layers' headers give; nullopt when they give none (the whole-layer way
/// then refuses the layers as it always did, after reading them).
std::optional<WorkingCrsChoice> workingCrsOf(const std::vector<VectorLayer> &headers, const QString &override)
{
    std::vector<const VectorLayer *> located;
    for (const VectorLayer &header : headers)
        located.push_back(&header);
    try {
        return chooseWorkingCrs(located, override);
    } catch (const core::InputError &) {
        return std::nullopt;
    }
}

/// One chunk source per layer, written with what the headers said: inside the last layer's
/// last call, before the project gets its name, the rows must have said the same (else
/// StreamFailed: the create starts over the whole-layer way).
std::vector<ProjectLayer> streamedProjectLayers(StreamedLayers &layers,
    const std::vector<std::pair<QString, QString>> &tables, const std::vector<VectorLayer> &headers,
    const WorkingCrsChoice &working, const QString &override, const std::function<void(double, const QString &)> &step)
{
    const auto confirm = [&layers, &headers, working, override, n = tables.size()] {
        std::vector<const VectorLayer *> finished;
        for (size_t i = 0; i < n; ++i) {
            if (!sameCrs(layers.finished(i).crs, headers[i].crs))
                throw StreamFailed();
            finished.push_back(&layers.finished(i));
        }
        const WorkingCrsChoice again = chooseWorkingCrs(finished, override);
        if (again.epsg != working.epsg || again.how != working.how)
            throw StreamFailed();
    };
    std::vector<ProjectLayer> result;
    const double share = 0.7 / double(tables.size());
    for (size_t i = 0; i < tables.size(); ++i) {
        auto next = [&layers, step, confirm, i, name = QFileInfo(tables[i].second).fileName(), share,
                        last = i + 1 == tables.size(), first = true](std::vector<StreamedFeature> &chunk) mutable {
            if (std::exchange(first, false))
                step(share * double(i), name);
            if (layers.next(i, chunk))
                return true;
            if (last)
                confirm();
            return false;
        };
        result.push_back({ tables[i].first, nullptr, headers[i].fields, next, layers.declaredCount(i) });
    }
    return result;
}

/// The created project's working CRS, warnings and summary, as the whole-layer way gives them.
void describeStreamed(ProjectCreated &created, const StreamedLayers &layers,
    const std::vector<std::pair<QString, QString>> &tables, const WorkingCrsChoice &working)
{
    created.workingEpsg = working.epsg;
    created.workingHow = working.how;
    created.streamed = true;
    for (size_t i = 0; i < tables.size(); ++i) {
        const VectorLayer &layer = layers.finished(i);
        for (const QString &warning : layer.warnings)
            created.warnings << (warning.contains(layer.sourcePath) ? warning : layer.sourcePath + QStringLiteral(": ") + warning);
        created.layerSummary << ProjectBuilder::tr("%1: %2 features from %3")
                                    .arg(tables[i].first)
                                    .arg(layers.kept(i))
                                    .arg(layer.sourcePath);
        if (layers.kept(i) == 0)
            created.warnings << emptyLayerWarning(layer.sourcePath);
    }
}

/// The last step of a create; a cancel there removes the project just written.
ProjectCreated settled(ProjectCreated created, const ProjectLocation &location, const Step &step)
{
    try {
        step(1, ProjectBuilder::tr("project settings"));
    } catch (...) {
        created.store.reset(); // closed before it is removed
        ProjectStores::discard(location);
        throw;
    }
    return created;
}

} // namespace

ProjectCreated ProjectBuilder::create(
    const ProjectLocation &location, const ProjectSources &sources, const OperatorIdentity &who, const Progress &progress)
{
    return create(location, sources, who, progress, {});
}

ProjectCreated ProjectBuilder::create(const ProjectLocation &location, const ProjectSources &sources,
    const OperatorIdentity &who, const Progress &progress, const std::function<void(ProjectStore &)> &populate)
{
    requireSource(sources.basicFarmland, QStringLiteral("basic farmland"));
    requireSource(sources.cultivated, QStringLiteral("cultivated land"));
    requireSource(sources.boundaries, QStringLiteral("township boundary"));
    if (ProjectStores::exists(location))
        throw core::InputError(location.display(), tr("the file exists already: choose a new project file"));
    if (who.name.trimmed().isEmpty())
        throw core::InputError(
            location.display(), tr("the operator's name is required: every change records who made it"));
    rulesSetting(sources.rules); // a bad rules file is refused before the layers are read
    const Step step = [&progress](double fraction, const QString &what) {
        if (progress && !progress(fraction, what))
            throw ReadCancelled();
    };
    // ProjectStores::create removes what it started when it fails; reading fails before it.
    if (std::optional<ProjectCreated> streamed = writeStreamed(location, sources, who, step, populate))
        return std::move(*streamed);
    return write(location, sources, who, step, populate);
}

std::optional<ProjectCreated> ProjectBuilder::writeStreamed(const ProjectLocation &location,
    const ProjectSources &sources, const OperatorIdentity &who, const std::function<void(double, const QString &)> &step,
    const std::function<void(ProjectStore &)> &populate)
{
    if (location.isPostGis() || sources.wholeLayers)
        return std::nullopt; // PostGIS loads whole layers (PgLayers::load)
    const std::vector<std::pair<QString, QString>> tables = layerTables(sources);
    std::vector<StreamedLayers::Source> read;
    for (const auto &[table, path] : tables) {
        ReadOptions options;
        options.encoding = sources.encoding;
        options.expectedKind = GeometryKind::Polygon;
        read.push_back({ path, options });
    }
    step(0, QFileInfo(tables.front().second).fileName());
    StreamedLayers layers(
        std::move(read), sources.checkThreads > 0 ? sources.checkThreads : StreamedLayers::kCheckThreads);
    const std::vector<VectorLayer> *headers = layers.headers();
    const QString override = isCgcs2000GaussKrugerZone(parseEpsgCode(sources.crs)) ? sources.crs : QString();
    const std::optional<WorkingCrsChoice> working = headers ? workingCrsOf(*headers, override) : std::nullopt;
    if (!working)
        return std::nullopt; // the whole-layer way says why, after reading as it always did
    layers.start(working->epsg);
    NewProject spec;
    spec.layers = streamedProjectLayers(layers, tables, *headers, *working, override, step);
    recordSettings(spec, sources, *working);
    spec.populate = populate;
    const QString writing = tr("writing the project");
    const double share = 0.7 / double(tables.size());
    ProjectCreated created;
    try {
        created.store = ProjectStores::create(location, spec, who, [&](double fraction) {
            const size_t layer = std::min(tables.size() - 1, size_t(fraction / share));
            step(fraction, fraction >= 0.7 ? writing : QFileInfo(tables[layer].second).fileName());
            return true;
        });
    } catch (const StreamFailed &) {
        return std::nullopt;
    }
    describeStreamed(created, layers, tables, *working);
    return settled(std::move(created), location, step);
}

ProjectCreated ProjectBuilder::write(const ProjectLocation &location, const ProjectSources &sources,
    const OperatorIdentity &who, const std::function<void(double, const QString &)> &step,
    const std::function<void(ProjectStore &)> &populate)
{
    // Reading dominates on a county's layers; reprojecting and writing share the rest.
    const double share = 0.7 / (3 + !sources.villages.isEmpty() + !sources.natureReserves.isEmpty());
    VectorLayer basic = readPolygons(sources.basicFarmland, sources, step, 0, share);
    VectorLayer landUse = readPolygons(sources.cultivated, sources, step, share, 2 * share);
    VectorLayer townships = readPolygons(sources.boundaries, sources, step, 2 * share, 3 * share);
    std::optional<VectorLayer> villages;
    if (!sources.villages.isEmpty())
        villages = readPolygons(sources.villages, sources, step, 3 * share, 4 * share);
    std::optional<VectorLayer> reserves;
    if (!sources.natureReserves.isEmpty())
        reserves = readPolygons(sources.natureReserves, sources, step, 0.7 - share, 0.7);

    std::vector<std::pair<QString, VectorLayer *>> read { { QString::fromLatin1(ProjectTables::kBasicFarmland), &basic },
        { QString::fromLatin1(ProjectTables::kLandUse), &landUse },
        { QString::fromLatin1(ProjectTables::kTownships), &townships } };
    if (villages)
        read.push_back({ QString::fromLatin1(ProjectTables::kVillages), &*villages });
    if (reserves)
        read.push_back({ QString::fromLatin1(ProjectTables::kNatureReserves), &*reserves });
    std::vector<const VectorLayer *> located;
    NewProject spec;
    for (const auto &[table, layer] : read) {
        located.push_back(layer);
        spec.layers.push_back({ table, layer });
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
        if (readWholeAndEmpty(*writable))
            created.warnings << emptyLayerWarning(writable->sourcePath);
    }
    recordSettings(spec, sources, working);
    spec.populate = populate;
    const QString writing = tr("writing the project");
    step(0.8, writing);
    created.store = ProjectStores::create(location, spec, who, [&step, &writing](double fraction) {
        step(0.8 + 0.2 * fraction, writing);
        return true;
    });
    return settled(std::move(created), location, step);
}

} // namespace fg::gis
