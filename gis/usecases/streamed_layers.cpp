// SPDX-License-Identifier: MIT
#include "gis/usecases/streamed_layers.h"

#include "gis/io/layer_stream.h"
#include "gis/io/working_crs.h"
#include "gis/store/layer_hash.h"
#include "gis/geometry/geometry_box.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace fg::gis {

namespace {

/// @p wkb (a little-endian Polygon or MultiPolygon) in multipolygon form, as toMultiPolygon()
/// wraps a polygon; empty for anything else.
QByteArray asMultiPolygon(const QByteArray &wkb)
{
    if (wkb.size() < 5 || wkb[0] != 1 || wkb[2] != 0 || wkb[3] != 0 || wkb[4] != 0)
        return {};
    if (wkb[1] == 6)
        return wkb;
    if (wkb[1] != 3)
        return {};
    static const char kOnePolygon[] = { 1, 6, 0, 0, 0, 1, 0, 0, 0 };
    return QByteArray(kOnePolygon, sizeof kOnePolygon) + wkb;
}

/// One row as the store writes it: the source's bytes when they are exactly what GEOS would
/// write for the geometry kept (LayerHash::isCanonicalMultiPolygon), else GEOS's.
StreamedFeature featureOf(const VectorLayer &chunk, int row, const QByteArray &sourceWkb)
{
    StreamedFeature feature;
    feature.values.reserve(chunk.fields.size());
    for (int k = 0; k < int(chunk.fields.size()); ++k)
        feature.values.push_back(chunk.value(row, k));
    const GEOSGeometry *g = chunk.geometry(row);
    if (!sourceWkb.isEmpty()) {
        QByteArray multi = asMultiPolygon(sourceWkb);
        if (LayerHash::isCanonicalMultiPolygon(multi))
            feature.wkb = std::move(multi);
    }
    if (feature.wkb.isEmpty())
        feature.wkb = toWkb(toMultiPolygon(g).get());
    if (feature.wkb.isEmpty())
        throw std::runtime_error("GEOS cannot write the geometry as WKB");
    GeometryBox box;
    if (!geometryBox(g, &box)) {
        feature.minX = feature.minY = std::numeric_limits<double>::quiet_NaN();
        feature.maxX = feature.maxY = feature.minX;
        return feature;
    }
    feature.minX = box.minX, feature.minY = box.minY, feature.maxX = box.maxX, feature.maxY = box.maxY;
    return feature;
}

/// The union of boxes as VectorLayer::extent() takes it (null: none yet).
void widen(QRectF &extent, double minX, double minY, double maxX, double maxY)
{
    if (extent.isNull()) {
        extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        return;
    }
    extent = QRectF(QPointF(std::min(extent.left(), minX), std::min(extent.top(), minY)),
        QPointF(std::max(extent.right(), maxX), std::max(extent.bottom(), maxY)));
}

} // namespace

StreamedLayers::StreamedLayers(std::vector<Source> sources)
    : m_sources(std::move(sources))
    , m_finished(m_sources.size())
    , m_declared(m_sources.size(), 0)
    , m_kept(m_sources.size(), 0)
{
    m_thread = std::thread([this] { run(); });
}

StreamedLayers::~StreamedLayers()
{
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

const std::vector<VectorLayer> *StreamedLayers::headers()
{
    std::unique_lock<std::mutex> guard(m_mutex);
    m_changed.wait(guard, [this] { return m_opened; });
    return m_streamable && !m_failed ? &m_headers : nullptr;
}

void StreamedLayers::start(int workingEpsg)
{
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_epsg = workingEpsg;
    }
    m_changed.notify_all();
}

bool StreamedLayers::next(size_t layer, std::vector<StreamedFeature> &chunk)
{
    std::unique_lock<std::mutex> guard(m_mutex);
    m_changed.wait(guard, [this] { return m_failed || !m_queue.empty(); });
    if (m_queue.empty() || m_queue.front().layer != layer)
        throw StreamFailed();
    Chunk front = std::move(m_queue.front());
    m_queue.pop_front();
    guard.unlock();
    m_changed.notify_all();
    chunk = std::move(front.rows);
    return !front.end;
}

void StreamedLayers::push(Chunk chunk)
{
    std::unique_lock<std::mutex> guard(m_mutex);
    m_changed.wait(guard, [this] { return m_stop || m_queue.size() < kQueued; });
    if (m_stop)
        throw Stopped();
    m_queue.push_back(std::move(chunk));
    guard.unlock();
    m_changed.notify_all();
}

void StreamedLayers::run()
{
    try {
        std::vector<std::unique_ptr<LayerStream>> streams;
        bool streamable = true;
        for (size_t i = 0; i < m_sources.size() && streamable; ++i) {
            streams.push_back(std::make_unique<LayerStream>(m_sources[i].path, m_sources[i].options));
            streamable = streams.back()->streamable() && streams.back()->header().crs.known();
        }
        std::unique_lock<std::mutex> guard(m_mutex);
        for (size_t i = 0; streamable && i < streams.size(); ++i) {
            const VectorLayer &header = streams[i]->header();
            VectorLayer copy;
            copy.name = header.name;
            copy.sourcePath = header.sourcePath;
            copy.fields = header.fields;
            copy.crs = header.crs;
            copy.sourceExtent = header.sourceExtent;
            m_headers.push_back(std::move(copy));
            m_declared[i] = streams[i]->declaredCount();
        }
        m_streamable = streamable;
        m_opened = true;
        m_changed.notify_all();
        if (!streamable)
            return;
        m_changed.wait(guard, [this] { return m_stop || m_epsg != 0; });
        if (m_stop)
            return;
        guard.unlock();
        for (size_t i = 0; i < streams.size(); ++i) {
            readRows(i, *streams[i]);
            streams[i].reset(); // closes the source before the next opens its reading
        }
    } catch (const Stopped &) {
    } catch (...) {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_failed = true;
        m_opened = true;
        m_changed.notify_all();
    }
}

void StreamedLayers::readRows(size_t layer, LayerStream &stream)
{
    const VectorLayer &header = stream.header();
    const bool transform = header.crs.epsg != m_epsg;
    QStringList transformWarnings;
    if (transform) { // transformToWorkingCrs's own warning (an approximate transformation), once
        VectorLayer none;
        none.sourcePath = header.sourcePath;
        none.crs = header.crs;
        transformToWorkingCrs(none, m_epsg);
        transformWarnings = none.warnings;
    }
    QRectF extent; // of the kept geometries in the source CRS: what readLayer() decides the CRS from
    VectorLayer chunk;
    std::vector<QByteArray> sourceWkb;
    while (stream.next(chunk, sourceWkb, kChunk)) {
        if (transform) {
            const QRectF part = chunk.extent();
            if (!part.isNull())
                widen(extent, part.left(), part.top(), part.right(), part.bottom());
            transformToWorkingCrs(chunk, m_epsg);
        }
        Chunk out { layer, {}, false };
        out.rows.reserve(size_t(chunk.featureCount()));
        for (int row = 0; row < chunk.featureCount(); ++row) {
            out.rows.push_back(featureOf(chunk, row, transform ? QByteArray() : sourceWkb[size_t(row)]));
            const StreamedFeature &f = out.rows.back();
            if (!transform && f.minX <= f.maxX)
                widen(extent, f.minX, f.minY, f.maxX, f.maxY);
        }
        push(std::move(out));
    }
    VectorLayer described = stream.finish(extent);
    described.warnings << transformWarnings;
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_finished[layer] = std::move(described);
        m_kept[layer] = stream.kept();
    }
    push(Chunk { layer, {}, true });
}

} // namespace fg::gis
