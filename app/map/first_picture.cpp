// SPDX-License-Identifier: MIT
#include "app/map/first_picture.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "core/input_error.h"
#include "gis/io/crs_detection.h"
#include "gis/io/shapefile_scan.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace fg::app {

namespace {

/// The scan of one file and the style its loaded layer will get; whyNot when the picture drawn
/// from it could differ from the loaded one's.
std::shared_ptr<gis::ShapefileScan> scanOne(const QString &path, gis::VectorLayer *described, QString *whyNot,
    QHash<QByteArray, gis::CrsDecision> *crsByPrj)
{
    if (!path.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive)) {
        *whyNot = QCoreApplication::translate("fg::app::FirstPicture", "%1: not a shapefile").arg(path);
        return nullptr;
    }
    std::shared_ptr<gis::ShapefileScan> scan = gis::ShapefileScan::open(path, whyNot, crsByPrj);
    if (!scan)
        return nullptr;
    *described = scan->describe();
    if (!gis::isCgcs2000GaussKrugerZone(described->crs.epsg)) {
        *whyNot = QCoreApplication::translate(
            "fg::app::FirstPicture", "%1: not in a CGCS2000 Gauss-Krüger zone that fits its coordinates")
                      .arg(path);
        return nullptr;
    }
    const gis::LayerStyle style = gis::defaultStyleFor(*described);
    const bool classed = !style.classField.isEmpty()
        && (style.kind == gis::StyleKind::LandUse || style.kind == gis::StyleKind::Categorised);
    if (style.kind == gis::StyleKind::Incident || style.kind == gis::StyleKind::Boundary
        || !style.labelField.isEmpty()) {
        *whyNot = QCoreApplication::translate(
            "fg::app::FirstPicture", "%1: its labels or verdicts need the loaded layer")
                      .arg(path);
        return nullptr;
    }
    if (classed && !scan->readClassField(style.classField)) {
        *whyNot
            = QCoreApplication::translate("fg::app::FirstPicture", "%1: the class field %2 is not plain text")
                  .arg(path, style.classField);
        return nullptr;
    }
    return scan;
}

/// True when the load will leave every layer in its own CRS: the working CRS it is given, or
/// the one it would choose, is theirs.
bool noTransformation(const std::vector<gis::VectorLayer> &described, int workingEpsg)
{
    std::vector<const gis::VectorLayer *> pointers;
    for (const gis::VectorLayer &layer : described)
        pointers.push_back(&layer);
    int target = workingEpsg;
    if (target == 0) {
        try {
            target = gis::chooseWorkingCrs(pointers, {}).epsg;
        } catch (const core::InputError &) {
            return false;
        }
    }
    for (const gis::VectorLayer &layer : described)
        if (layer.crs.epsg != target)
            return false;
    return true;
}

/// The path of a layer whose CRS does not fit its coordinates (the load keeps it out of the
/// view it fits, so the picture would be framed otherwise), else empty. The union of the
/// layers' extents is checked first, once: its lon/lat bounds contain each layer's, so when it
/// fits they all do, and one PROJ operation (tens of ms) is made instead of one per layer.
QString misplaced(const std::vector<gis::VectorLayer> &described)
{
    QRectF all;
    for (const gis::VectorLayer &layer : described)
        all = all.isNull() ? layer.sourceExtent : all.united(layer.sourceExtent);
    const bool oneCrs = std::all_of(described.begin(), described.end(),
        [&](const gis::VectorLayer &layer) { return layer.crs.epsg == described.front().crs.epsg; });
    if (oneCrs && gis::crsExtentMismatch(described.front().crs, all).isEmpty())
        return {};
    for (const gis::VectorLayer &layer : described)
        if (!gis::crsExtentMismatch(layer.crs, layer.sourceExtent).isEmpty())
            return layer.sourcePath;
    return {};
}

} // namespace

ScannedLayers scanForFirstPicture(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides)
{
    ScannedLayers result;
    if (paths.isEmpty() || !overrides.crs.isEmpty()) {
        result.whyNot = QCoreApplication::translate(
            "fg::app::FirstPicture", "a CRS given for the files needs the load");
        return result;
    }
    std::vector<gis::VectorLayer> described(size_t(paths.size()));
    std::vector<std::shared_ptr<gis::ShapefileScan>> scans;
    QHash<QByteArray, gis::CrsDecision> crsByPrj;
    for (int i = 0; i < paths.size(); ++i) {
        scans.push_back(scanOne(paths[i], &described[size_t(i)], &result.whyNot, &crsByPrj));
        if (!scans.back())
            return result;
    }
    if (const QString path = misplaced(described); !path.isEmpty()) {
        result.whyNot = QCoreApplication::translate(
            "fg::app::FirstPicture", "%1: not in a CGCS2000 Gauss-Krüger zone that fits its coordinates")
                            .arg(path);
        return result;
    }
    if (!noTransformation(described, workingEpsg)) {
        result.whyNot = QCoreApplication::translate(
            "fg::app::FirstPicture", "the layers need a transformation into the working CRS");
        return result;
    }
    // The order and styles the loaded layers will get, from the map's own rule for adding them.
    MapLayerSet order;
    std::map<const gis::VectorLayer *, size_t> which;
    for (size_t i = 0; i < scans.size(); ++i) {
        auto layer = std::make_shared<gis::VectorLayer>(std::move(described[i]));
        which[layer.get()] = i;
        order.addLayer(layer, scans[i]->extent());
        result.extent
            = result.extent.isNull() ? scans[i]->extent() : result.extent.united(scans[i]->extent());
    }
    for (gis::LayerSnapshot snapshot : order.snapshot()) {
        snapshot.scan = scans[which.at(snapshot.data.get())];
        snapshot.data.reset();
        snapshot.cache.reset();
        result.layers.push_back(std::move(snapshot));
    }
    return result;
}

FirstPicture::FirstPicture(MapCanvas *canvas, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
{
    connect(&m_job, &BackgroundJobBase::finished, this, [this] {
        if (m_job.property("generation").toInt() != m_generation)
            return; // stopped, or started again, meanwhile
        ScannedLayers result = m_job.result();
        const bool show = !result.layers.empty() && m_canvas->layers()->layers().empty();
        if (show)
            m_canvas->setScannedLayers(std::move(result.layers), result.extent);
        emit scanned(show, result.whyNot);
    });
}

FirstPicture::~FirstPicture()
{
    m_job.waitForFinished();
}

void FirstPicture::start(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides)
{
    stop();
    if (!m_canvas->layers()->layers().empty() || m_job.isRunning())
        return;
    m_job.setProperty("generation", m_generation);
    m_job.start([paths, workingEpsg, overrides] { return scanForFirstPicture(paths, workingEpsg, overrides); });
}

void FirstPicture::stop()
{
    ++m_generation;
    m_canvas->clearScannedLayers();
}

} // namespace fg::app
