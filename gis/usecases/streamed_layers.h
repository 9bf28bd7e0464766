// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/layer_reader.h"
#include "gis/usecases/chunk_checkers.h"
#include "gis/store/project_stores.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fg::gis {

class LayerStream;

/// Thrown on the caller's thread when the reading thread failed (any error: an unreadable
/// source, a PROJ failure): the caller reads the layers again the whole-layer way, which
/// reports the same problem in the order it always did.
struct StreamFailed
{
};

/// A new project's reference layers read on a thread of their own, chunk by chunk, while the
/// caller writes them (ProjectBuilder, docs/design/create-streaming.md): the thread opens every
/// layer (LayerStream: the CRS decided from each shapefile's header extent), waits for the
/// working CRS, then reads each layer in turn, chunk by chunk, and hands each chunk to the
/// checking threads (ChunkCheckers, docs/design/create-checking.md), which check and repair it,
/// transform it when its layer is in another CRS and turn each row into the WKB the store
/// writes — the source's own bytes where the geometry is kept as read and they are what GEOS
/// would write, GEOS's otherwise — with its envelope. The reading thread takes the checked
/// chunks back in order, accounts for them (repairs, skipped features) and queues them for the
/// writer. At most a few chunks are checked or wait for the writer at once, so memory does not
/// grow with the layers. Every call on the creating thread; the destructor stops and joins the
/// threads.
class StreamedLayers
{
public:
    struct Source
    {
        QString path;
        ReadOptions options;
    };
    static constexpr int kChunk = 2048; ///< rows per chunk
    static constexpr size_t kQueued = 3; ///< chunks that may wait for the writer
    static constexpr size_t kChecking = 4; ///< chunks that may be checked at once
    static constexpr int kCheckThreads = 2; ///< checking threads by default

    /// @p checkThreads threads check the rows (tests: the file does not depend on their number).
    explicit StreamedLayers(std::vector<Source> sources, int checkThreads = kCheckThreads);
    ~StreamedLayers();
    StreamedLayers(const StreamedLayers &) = delete;
    StreamedLayers &operator=(const StreamedLayers &) = delete;

    /// Waits until every layer is open: their headers (LayerStream::header, CRS known), or null
    /// when any cannot be streamed or failed to open (the thread has ended: read them whole).
    const std::vector<VectorLayer> *headers();
    /// Records declared by each source (progress).
    qint64 declaredCount(size_t layer) const { return m_declared[layer]; }
    /// Lets the thread read the rows, transformed into EPSG:@p workingEpsg where needed.
    void start(int workingEpsg);
    /// Replaces @p chunk by the next rows of @p layer (layers in order); false after its last.
    /// Throws StreamFailed when the reading thread failed.
    bool next(size_t layer, std::vector<StreamedFeature> &chunk);
    /// After next(layer) returned false: the layer as readLayer() and transformToWorkingCrs()
    /// describe it (warnings, geometry check, CRS decided from the rows read), without rows.
    const VectorLayer &finished(size_t layer) const { return m_finished[layer]; }
    qint64 kept(size_t layer) const { return m_kept[layer]; }

private:
    struct Chunk
    {
        size_t layer = 0;
        std::vector<StreamedFeature> rows;
        bool end = false;
    };
    struct Stopped
    {
    };
    void run();
    void readRows(size_t layer, LayerStream &stream);
    /// Takes the oldest checked chunk (waiting for it when @p wait), accounts for its rows in
    /// @p stream and queues it for the writer; false when it is not checked yet.
    bool settle(size_t layer, LayerStream &stream, QRectF &extent, bool wait);
    void push(Chunk chunk);

    std::vector<Source> m_sources;
    std::vector<VectorLayer> m_headers;
    std::vector<VectorLayer> m_finished;
    std::vector<qint64> m_declared;
    std::vector<qint64> m_kept;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    std::vector<std::vector<StreamedFeature>> m_spent; ///< written chunks, freed by the reading thread
    bool m_opened = false;
    bool m_streamable = false;
    int m_epsg = 0;
    bool m_stop = false;
    bool m_failed = false;
    ChunkCheckers m_checkers;
    std::thread m_thread;
};

} // namespace fg::gis
