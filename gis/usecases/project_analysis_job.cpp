// SPDX-License-Identifier: MIT
#include "gis/usecases/project_analysis_job.h"

#include "core/input_error.h"
#include "gis/store/project_store.h"

namespace fg::gis {

ProjectAnalysisResult ProjectAnalysisJob::analyse(
    const ProjectStore &store, ProjectAnalysisOptions options, const AnalysisProgress &progress)
{
    options.memo = &m_memo;
    options.reads = &m_reads;
    return ProjectAnalysis::run(store, options, progress);
}

ProjectJudging ProjectAnalysisJob::judge(ProjectStore &store, const QString &why)
{
    ProjectJudging judging;
    try {
        judging.rejudged = CaseFlags::rejudge(store, {}, why, &m_memo, nullptr, &m_reads);
    } catch (const core::InputError &error) {
        judging.notJudged = error.message();
    }
    return judging;
}

} // namespace fg::gis
