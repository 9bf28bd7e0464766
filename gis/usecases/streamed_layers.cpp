// SPDX-License-Identifier: MIT
#include "gis/usecases/streamed_layers.h"

#include "gis/io/layer_stream.h"
#include "gis/io/working_crs.h"
#include "gis/store/layer_hash.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace fg::gis {

namespace {

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

StreamedLayers::StreamedLayers(std::vector<Source> sources, int checkThreads)
    : m_sources(std::move(sources))
    , m_finished(m_sources.size())
    , m_declared(m_sources.size(), 0)
    , m_kept(m_sources.size(), 0)
    , m_checkers(checkThreads)
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
    m_checkers.stop(); // ends the reading thread's wait for a checked chunk
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
    std::vector<StreamedFeature> spent = std::move(chunk);
    chunk.clear();
    std::unique_lock<std::mutex> guard(m_mutex);
    if (!spent.empty()) // the written rows are freed on the reading thread, not the writer's
        m_spent.push_back(std::move(spent));
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
    std::vector<std::vector<StreamedFeature>> spent = std::move(m_spent);
    m_spent.clear();
    guard.unlock();
    m_changed.notify_all();
    spent.clear(); // outside the lock
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
    } catch (const ChunkCheckers::Stopped &) {
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
    const ChunkCheckers::Layer checking { stream.expectedKind(), header.sourcePath, header.crs, transform ? m_epsg : 0,
        header.fields, m_epsg };
    QRectF extent; // of the kept geometries in the source CRS: what readLayer() decides the CRS from
    std::vector<RawFeature> rows;
    while (stream.nextRaw(rows, kChunk)) {
        m_checkers.submit(checking, std::move(rows));
        while (m_checkers.pending() > 0 && settle(layer, stream, extent, false)) {
        }
        while (m_checkers.pending() >= kChecking)
            settle(layer, stream, extent, true);
    }
    while (m_checkers.pending() > 0)
        settle(layer, stream, extent, true);
    VectorLayer described = stream.finish(extent);
    described.warnings << transformWarnings;
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_finished[layer] = std::move(described);
        m_kept[layer] = stream.kept();
    }
    push(Chunk { layer, {}, true });
}

bool StreamedLayers::settle(size_t layer, LayerStream &stream, QRectF &extent, bool wait)
{
    ChunkCheckers::Done done;
    if (!m_checkers.take(done, wait))
        return false;
    for (const RawFeature &row : done.rows)
        stream.settle(row);
    if (done.transformed) { // as readLayer(): the extent in the source CRS
        const QRectF &part = done.keptExtent;
        if (!part.isNull())
            widen(extent, part.left(), part.top(), part.right(), part.bottom());
    } else {
        for (const StreamedFeature &f : done.features)
            if (f.minX <= f.maxX)
                widen(extent, f.minX, f.minY, f.maxX, f.maxY);
    }
    if (!done.features.empty())
        push(Chunk { layer, std::move(done.features), false });
    return true;
}

} // namespace fg::gis
