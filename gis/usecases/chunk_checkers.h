// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/raw_feature.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_stores.h"

#include <QRectF>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fg::gis {

/// The threads that check a streamed create's chunks (docs/design/create-checking.md): each
/// takes a chunk of rows as LayerStream::nextRaw() read them, checks and repairs every
/// geometry (checkRawFeature), transforms the kept ones when their layer is in another CRS,
/// turns each kept row into the StreamedFeature the store writes (the source's WKB where it is
/// what GEOS would write, GEOS's otherwise, with its envelope, and the row's stored values, hash
/// parts and blob prepared for the writer) and frees the geometries. The
/// results come back in the order the chunks were submitted, whatever thread finished first, so
/// the rows written do not depend on the number of threads. Submit and take on one thread.
class ChunkCheckers
{
public:
    /// What a chunk's check needs besides its rows.
    struct Layer
    {
        GeometryKind kind = GeometryKind::Polygon; ///< the layer's expected kind
        QString sourcePath;
        CrsDecision crs; ///< the source CRS
        int transformTo = 0; ///< EPSG code to transform the kept rows into; 0: none
        /// The layer's fields and the working CRS's EPSG code: with srsId, each kept row's
        /// StreamedFeature::prepared is filled (prepareRow) so the writer only binds and steps.
        std::vector<FieldDefinition> fields = {};
        int srsId = 0;
    };
    /// One checked chunk.
    struct Done
    {
        std::vector<RawFeature> rows; ///< every row read, checked; geometry and values moved out
        std::vector<StreamedFeature> features; ///< the kept rows, in order
        bool transformed = false; ///< the features are in another CRS than the source's
        QRectF keptExtent; ///< transformed: the kept geometries' extent before transforming
    };
    /// Thrown by take() once stop() was called.
    struct Stopped
    {
    };

    explicit ChunkCheckers(int threads);
    ~ChunkCheckers(); ///< stops and joins the threads
    ChunkCheckers(const ChunkCheckers &) = delete;
    ChunkCheckers &operator=(const ChunkCheckers &) = delete;

    /// Queues @p rows of @p layer for checking.
    void submit(const Layer &layer, std::vector<RawFeature> rows);
    /// Chunks submitted and not taken yet.
    size_t pending() const;
    /// The oldest submitted chunk not taken yet, when it is checked (or, with @p wait, once it
    /// is): true and @p done filled; false when it is not ready and !@p wait. Rethrows what its
    /// check threw; throws Stopped after stop().
    bool take(Done &done, bool wait);
    /// Wakes and ends every wait (take's, the threads'); chunks not yet checked are dropped.
    void stop();

    /// The check of one chunk, on the calling thread (what each thread runs).
    static void check(const Layer &layer, std::vector<RawFeature> &rows, Done &done);

private:
    struct Slot
    {
        Layer layer;
        Done done;
        bool ready = false;
        std::exception_ptr error;
    };
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::shared_ptr<Slot>> m_slots; ///< submitted, not taken: in submission order
    std::deque<std::shared_ptr<Slot>> m_waiting; ///< submitted, not started
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace fg::gis
