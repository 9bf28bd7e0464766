// SPDX-License-Identifier: MIT
#pragma once

#include "gis/analysis/overlay_memo.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/project_analysis.h"
#include "gis/usecases/store_reads.h"

#include <optional>

namespace fg::gis {

class ProjectStore;

/// What analysing a project and judging its cases again gave.
struct ProjectJudging
{
    std::optional<RejudgeResult> rejudged; ///< set when the flags were judged again
    QString notJudged; ///< why they were not (the store's refusal); empty when they were
};

/// `farmguard-cli analyze --project` and the GUI's F5 on an open project, one door for both: the
/// project analysis (ProjectAnalysis::run), then every case's threshold flag judged again with
/// the analysis's figures (CaseFlags::rejudge). The judging measures nothing the analysis
/// measured (its OverlayMemo: the same polygon against the same parcels) and reads nothing the
/// analysis read (its StoreReads: the party matching, the incidents, the parcels near them, while
/// nothing was written in between). One job per analysis; the store must outlive it. One thread
/// at a time (any thread the store may be used on).
class ProjectAnalysisJob
{
public:
    /// Analyses the project (ProjectAnalysis::run with @p options, whose memo and reads are this
    /// job's). Throws as ProjectAnalysis::run.
    ProjectAnalysisResult analyse(
        const ProjectStore &store, ProjectAnalysisOptions options = {}, const AnalysisProgress &progress = {});
    /// Judges every case's flag again after analyse() on the same project, logging each change
    /// with @p why. A project that refuses the judging (core::InputError: read-only, a login
    /// without the right) is not judged: notJudged says why, and the analysis stands.
    ProjectJudging judge(ProjectStore &store, const QString &why);

    /// The measurements the analysis made and the judging reused: for tests.
    const OverlayMemo &memo() const { return m_memo; }
    /// The reads the analysis kept and the judging reused: for tests.
    const StoreReads &reads() const { return m_reads; }

private:
    OverlayMemo m_memo;
    StoreReads m_reads;
};

} // namespace fg::gis
