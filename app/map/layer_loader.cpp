// SPDX-License-Identifier: MIT
#include "app/map/layer_loader.h"

#include "core/input_error.h"
#include "gis/io/crs_detection.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fg::app {

namespace {

bool chooseCrs(LoadedLayers &result)
{
    std::vector<const gis::VectorLayer *> pointers;
    for (const auto &layer : result.layers)
        pointers.push_back(layer.get());
    try {
        const gis::WorkingCrsChoice choice = gis::chooseWorkingCrs(pointers, {});
        result.workingEpsg = choice.epsg;
        result.crsHow = choice.how;
        return true;
    } catch (const core::InputError &error) {
        result.errors << error.message();
        result.crsHow = QCoreApplication::translate("fg::app::LayerLoader", "layers left in their own coordinates: %1")
                           .arg(error.problem());
        return false;
    }
}

} // namespace

SourceFacts sourceFactsOf(const gis::VectorLayer &layer)
{
    SourceFacts facts;
    facts.path = layer.sourcePath;
    facts.crsName = gis::displayCrsName(layer.crs.name);
    facts.crsHow = layer.crs.how;
    const QRectF extent = layer.extent();
    facts.crsMismatch = gis::crsExtentMismatch(layer.crs, extent);
    const QPointF c = extent.center();
    // The reader's own test for web-map coordinates: WGS 84 as declared (GeoJSON's default), in China.
    facts.gcj02Suspected = layer.crs.epsg == 4326 && c.x() > 73 && c.x() < 136 && c.y() > 3 && c.y() < 54;
    return facts;
}

LoadedLayers loadLayers(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides,
                        const std::function<bool(double, const QString &)> &progress)
{
    LoadedLayers result;
    const double share = paths.isEmpty() ? 1.0 : 0.8 / paths.size();
    for (int i = 0; i < paths.size(); ++i) {
        gis::ReadOptions options;
        options.encoding = overrides.encoding;
        options.crs = overrides.crs;
        const QString name = QFileInfo(paths[i]).fileName();
        if (progress)
            options.progress = [&, i](double f) { return progress(i * share + f * share, name); };
        try {
            result.layers.push_back(std::make_shared<gis::VectorLayer>(gis::readLayer(paths[i], options)));
            result.facts.push_back(sourceFactsOf(*result.layers.back()));
        } catch (const core::InputError &error) {
            result.errors << error.message();
        } catch (const gis::ReadCancelled &) {
            result.cancelled = true;
            return result;
        }
    }
    if (result.layers.empty())
        return result;
    if (workingEpsg != 0) {
        result.workingEpsg = workingEpsg;
    } else if (!chooseCrs(result)) {
        for (const auto &layer : result.layers) {
            layer->buildIndex();
            result.extents.push_back(layer->extent());
        }
        return result;
    }
    std::vector<std::shared_ptr<gis::VectorLayer>> usable;
    std::vector<SourceFacts> usableFacts;
    for (size_t i = 0; i < result.layers.size(); ++i) {
        auto &layer = result.layers[i];
        if (progress && !progress(0.8 + 0.2 * double(i) / double(result.layers.size()), layer->name)) {
            result.cancelled = true;
            return result;
        }
        try {
            gis::transformToWorkingCrs(*layer, result.workingEpsg);
            layer->buildIndex();
            usable.push_back(layer);
            usableFacts.push_back(result.facts[i]);
        } catch (const core::InputError &error) {
            result.errors << error.message();
        }
    }
    result.layers = std::move(usable);
    result.facts = std::move(usableFacts);
    for (const auto &layer : result.layers)
        result.extents.push_back(layer->extent());
    return result;
}

LayerLoader::LayerLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJobBase::finished, this, [this] { emit finished(m_job.result()); });
    connect(&m_job, &BackgroundJobBase::progress, this, &LayerLoader::progress);
}

LayerLoader::~LayerLoader()
{
    cancel();
    m_job.waitForFinished();
}

bool LayerLoader::load(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides)
{
    if (m_job.isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    // The destructor waits for the task; reports still queued when it is deleted are dropped.
    m_job.start([paths, workingEpsg, overrides, flag](const BackgroundReport &report) {
        return loadLayers(paths, workingEpsg, overrides, [flag, &report](double fraction, const QString &file) {
            report(fraction, file);
            return !flag->load();
        });
    });
    return true;
}

void LayerLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fg::app
