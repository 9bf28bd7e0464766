// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/project_location.h"
#include "gis/usecases/store_reads.h"

#include <future>

namespace fg::gis {

/// The reads of `analyze --project` (ProjectAnalysis::readAhead, and the cases the judging after
/// it reads) made on a store of their own while the project is being opened: the open check
/// (the log's chain, the data against it) and these reads run side by side instead of one after
/// the other (docs/design/analysis-read-ahead.md).
///
/// The store read here is opened without the check (ProjectStores::openForReadAhead), so what it
/// read is handed on only as StoreReads: kept at the log head before the reads, and given back by
/// the store opened with the check only while its head is still that one. A write in between, an
/// upgrade at the open, a project that cannot be read ahead (PostGIS, not in WAL mode) or any
/// failure here leaves the analysis to read the checked store itself, as before: its errors,
/// in their order, are the checked store's own. Nothing is printed or written here.
class AnalysisReadAhead
{
public:
    /// Starts reading @p location on a thread of its own; also its cases when @p withCases.
    AnalysisReadAhead(const ProjectLocation &location, bool withCases);
    /// Waits for the thread: no read outlives this object.
    ~AnalysisReadAhead();
    AnalysisReadAhead(const AnalysisReadAhead &) = delete;
    AnalysisReadAhead &operator=(const AnalysisReadAhead &) = delete;

    /// Waits for the reads and gives them (empty when nothing could be read ahead). Once.
    StoreReads take();

    /// The reads themselves, on the calling thread: @p location's store opened for reading
    /// ahead, read, and closed before returning (so the checked store's connection is the last
    /// one on the file and removes its -wal and -shm as before). Empty on any failure.
    static StoreReads read(const ProjectLocation &location, bool withCases);

private:
    std::future<StoreReads> m_reads;
};

} // namespace fg::gis
