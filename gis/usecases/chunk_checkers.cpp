// SPDX-License-Identifier: MIT
#include "gis/usecases/chunk_checkers.h"

#include "gis/geometry/geometry_box.h"
#include "gis/io/working_crs.h"
#include "gis/store/layer_hash.h"

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

/// One kept row as the store writes it: the source's bytes when they are exactly what GEOS
/// would write for the geometry kept (LayerHash::isCanonicalMultiPolygon), else GEOS's. A row
/// proven valid without GEOS (RawFeature::proven) comes with its envelope in @p proven.
StreamedFeature featureOf(std::vector<QVariant> values, const GEOSGeometry *g, const QByteArray &sourceWkb,
    const GeometryBox *proven = nullptr)
{
    StreamedFeature feature;
    feature.values = std::move(values);
    if (!sourceWkb.isEmpty()) {
        QByteArray multi = asMultiPolygon(sourceWkb);
        if (LayerHash::isCanonicalMultiPolygon(multi))
            feature.wkb = std::move(multi);
    }
    if (feature.wkb.isEmpty() && !g && proven) { // not in GEOS's form after all: GEOS writes it
        const GeosGeometryPtr read = fromWkb(sourceWkb);
        feature.wkb = toWkb(toMultiPolygon(read.get()).get());
    } else if (feature.wkb.isEmpty()) {
        feature.wkb = toWkb(toMultiPolygon(g).get());
    }
    if (feature.wkb.isEmpty())
        throw std::runtime_error("GEOS cannot write the geometry as WKB");
    GeometryBox box;
    if (proven) {
        box = *proven;
    } else if (!geometryBox(g, &box)) {
        feature.minX = feature.minY = std::numeric_limits<double>::quiet_NaN();
        feature.maxX = feature.maxY = feature.minX;
        return feature;
    }
    feature.minX = box.minX, feature.minY = box.minY, feature.maxX = box.maxX, feature.maxY = box.maxY;
    return feature;
}

/// @p feature's row prepared as the writer would prepare it (GpkgLayerWriter); its values and WKB
/// (the blob holds it) dropped here, off the writer.
void prepare(const ChunkCheckers::Layer &layer, StreamedFeature &feature)
{
    if (layer.srsId == 0)
        return;
    const bool empty = !(feature.minX <= feature.maxX && feature.minY <= feature.maxY);
    const double envelope[4] = { feature.minX, feature.maxX, feature.minY, feature.maxY };
    prepareRow(feature.values, layer.fields, feature.wkb, empty ? nullptr : envelope, layer.srsId, feature.prepared);
    feature.values = {};
    feature.wkb = QByteArray(); // the blob holds it
}

bool kept(const RawFeature &row)
{
    return row.verdict == GeometryVerdict::Valid || row.verdict == GeometryVerdict::Repaired;
}

/// The kept rows of a chunk whose layer is in another CRS, transformed as
/// transformToWorkingCrs() transforms a whole layer (its errors name the source and feature).
void transformed(const ChunkCheckers::Layer &layer, std::vector<RawFeature> &rows, ChunkCheckers::Done &done)
{
    VectorLayer chunk;
    chunk.sourcePath = layer.sourcePath;
    chunk.crs = layer.crs;
    std::vector<RawFeature *> keptRows;
    for (RawFeature &row : rows) {
        if (row.proven) // proven valid without GEOS: the transformation needs it in GEOS
            row.geometry = fromWkb(row.wkb);
        if (kept(row)) {
            chunk.addFeature(row.fid, {}, std::move(row.geometry));
            keptRows.push_back(&row);
        }
    }
    done.transformed = true;
    done.keptExtent = chunk.extent();
    transformToWorkingCrs(chunk, layer.transformTo);
    for (size_t i = 0; i < keptRows.size(); ++i) {
        done.features.push_back(featureOf(std::move(keptRows[i]->values), chunk.geometry(int(i)), {}));
        prepare(layer, done.features.back());
    }
}

} // namespace

void ChunkCheckers::check(const Layer &layer, std::vector<RawFeature> &rows, Done &done)
{
    for (RawFeature &row : rows)
        checkRawFeature(row, layer.kind);
    done.features.reserve(rows.size());
    if (layer.transformTo != 0) {
        transformed(layer, rows, done);
    } else {
        for (RawFeature &row : rows) {
            if (kept(row)) {
                done.features.push_back(featureOf(std::move(row.values), row.geometry.get(),
                    row.asRead ? row.wkb : QByteArray(), row.proven ? &row.box : nullptr));
                prepare(layer, done.features.back());
            }
        }
    }
    for (RawFeature &row : rows) { // freed here, off the reading thread
        row.geometry.reset();
        row.wkb = QByteArray();
        row.values.clear();
    }
}

ChunkCheckers::ChunkCheckers(int threads)
{
    for (int i = 0; i < std::max(threads, 1); ++i)
        m_threads.emplace_back([this] { run(); });
}

ChunkCheckers::~ChunkCheckers()
{
    stop();
    for (std::thread &thread : m_threads)
        thread.join();
}

void ChunkCheckers::submit(const Layer &layer, std::vector<RawFeature> rows)
{
    auto slot = std::make_shared<Slot>();
    slot->layer = layer;
    slot->done.rows = std::move(rows);
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_slots.push_back(slot);
        m_waiting.push_back(std::move(slot));
    }
    m_changed.notify_all();
}

size_t ChunkCheckers::pending() const
{
    const std::lock_guard<std::mutex> guard(m_mutex);
    return m_slots.size();
}

bool ChunkCheckers::take(Done &done, bool wait)
{
    std::unique_lock<std::mutex> guard(m_mutex);
    if (m_slots.empty())
        throw std::logic_error("ChunkCheckers::take: nothing submitted");
    if (wait)
        m_changed.wait(guard, [this] { return m_stop || m_slots.front()->ready; });
    if (m_stop)
        throw Stopped();
    if (!m_slots.front()->ready)
        return false;
    const std::shared_ptr<Slot> slot = std::move(m_slots.front());
    m_slots.pop_front();
    guard.unlock();
    if (slot->error)
        std::rethrow_exception(slot->error);
    done = std::move(slot->done);
    return true;
}

void ChunkCheckers::stop()
{
    {
        const std::lock_guard<std::mutex> guard(m_mutex);
        m_stop = true;
        m_waiting.clear();
    }
    m_changed.notify_all();
}

void ChunkCheckers::run()
{
    for (;;) {
        std::shared_ptr<Slot> slot;
        {
            std::unique_lock<std::mutex> guard(m_mutex);
            m_changed.wait(guard, [this] { return m_stop || !m_waiting.empty(); });
            if (m_stop)
                return;
            slot = std::move(m_waiting.front());
            m_waiting.pop_front();
        }
        try {
            std::vector<RawFeature> rows = std::move(slot->done.rows);
            slot->done.rows.clear();
            check(slot->layer, rows, slot->done);
            slot->done.rows = std::move(rows);
        } catch (...) {
            slot->error = std::current_exception();
        }
        {
            const std::lock_guard<std::mutex> guard(m_mutex);
            slot->ready = true;
        }
        m_changed.notify_all();
    }
}

} // namespace fg::gis
