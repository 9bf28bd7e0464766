// SPDX-License-Identifier: MIT
#include "gis/usecases/analysis_read_ahead.h"

#include "gis/store/project_stores.h"
#include "gis/usecases/project_analysis.h"

#include <system_error>

namespace fg::gis {

AnalysisReadAhead::AnalysisReadAhead(const ProjectLocation &location, bool withCases)
{
    try {
        m_reads = std::async(std::launch::async, [location, withCases] { return read(location, withCases); });
    } catch (const std::system_error &) {
        // No thread to be had: the analysis reads the checked store itself, as before.
    }
}

AnalysisReadAhead::~AnalysisReadAhead()
{
    if (m_reads.valid())
        m_reads.wait();
}

StoreReads AnalysisReadAhead::take()
{
    return m_reads.valid() ? m_reads.get() : StoreReads();
}

StoreReads AnalysisReadAhead::read(const ProjectLocation &location, bool withCases)
{
    StoreReads reads;
    try {
        const std::unique_ptr<ProjectStore> store = ProjectStores::openForReadAhead(location);
        if (!store)
            return reads;
        ProjectAnalysis::readAhead(*store, reads);
        if (withCases)
            reads.cases(*store);
    } catch (...) {
        // Whatever failed here (a damaged file, a missing layer, memory) fails again, or not, in
        // the checked store's own reads, where it is reported in the order it always was: what
        // this read kept is dropped, so nothing half-read is handed on.
        return StoreReads();
    }
    return reads;
}

} // namespace fg::gis
