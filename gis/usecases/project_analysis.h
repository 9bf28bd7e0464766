// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accumulation_selector.h"
#include "core/cases/party_matcher.h"
#include "core/rules.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/usecases/approval_cover.h"
#include "gis/usecases/near_parcels.h"
#include "gis/usecases/store_reads.h"
#include "gis/io/vector_layer.h"
#include "gis/store/store_types.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// A project's layers ready for analyzeEncroachment(), with accumulation by case status: the
/// incidents layer (feature ids = the incidents' row ids) carries "incident_id", "party" (as
/// recorded) and "accumulating_party", which holds the matched party (PartyIdentities) only while
/// the incident still accumulates (core::AccumulationSelector: its case's status, the rules'
/// time window, an occupation), so dealt-with and dismissed incidents are measured alone but
/// never added to their party's total.
struct ProjectAnalysisLayers
{
    VectorLayer incidents;
    int workingEpsg = 0;
    /// Ids of the incidents left out of `incidents` because their stored geometry cannot be
    /// measured (NULL, unreadable, empty, not polygonal, NaN or infinite coordinates): listed,
    /// never silently dropped.
    QStringList unmeasured;
    core::PartyMatching parties; ///< every incident of the project matched to its party
    core::AccumulationSelection selection; ///< what accumulates, by party label
    QSet<QString> nonOccupation; ///< ids of the incidents read that are not occupations (非粮化 …)
    /// Per row of `incidents`: the approvals that make it lawful on its date and their union
    /// (ApprovalCover), taken out before it is measured.
    std::vector<IncidentCover> covers;
    /// The basic-farmland and land-use parcels and the approvals near the incidents: as this
    /// load read them, or as an earlier step of the job read them (StoreReads); null when the
    /// caller's answered (`reused`).
    std::shared_ptr<const NearParcels> read;
    /// Set when the caller's NearParcels (ProjectAnalysisOptions::parcels) or those StoreReads
    /// kept answered the read: the parcels and approvals are those.
    const NearParcels *reused = nullptr;

    const NearParcels &parcels() const { return reused ? *reused : *read; }
    const VectorLayer &basicFarmlandParcels() const { return parcels().basicFarmland; }
    const VectorLayer &landUseParcels() const { return parcels().landUse; }
    const ApprovalCover &approvalCover() const { return parcels().approvals; }
};

/// Where the rules of an analysis came from.
enum class RulesOrigin {
    Defaults, ///< the project sets none: the notice's (core::Rules())
    Project, ///< the project's setting (ProjectRules)
    Given, ///< the caller's (`analyze --rules FILE`)
};

/// How to analyse a project. The defaults are what the CLI and the GUI use.
struct ProjectAnalysisOptions
{
    std::optional<core::Rules> rules; ///< nullopt: the project's own (ProjectRules::read)
    /// nullopt: the rules' (core::Rules::accumulationPolicy(), "until decision" by default).
    std::optional<core::AccumulationPolicy> policy;
    AreaMethod method = AreaMethod::Ellipsoidal; ///< the method verdicts are made on
    QString classField = QStringLiteral("DLBM"); ///< land-class field of the land-use layer
    /// Only these incidents and the incidents accumulating with them for their parties are read
    /// and measured; empty: the whole project.
    QStringList focusIncidents;
    /// Further unions to measure (EncroachmentReport::groups), e.g. the incidents of a case.
    std::vector<IncidentGroup> groups;
    /// Measurements an earlier job made against the same parcels, reused where provably the same
    /// (OverlayMemo: the same polygon and candidate parcels); null: measure everything.
    OverlayMemo *memo = nullptr;
    /// Parcels and approvals the same job has just read (the import's measurer), used instead of
    /// reading them again when they answer the very query the analysis would make
    /// (NearParcels::answers); null: read through the store. Not owned.
    const NearParcels *parcels = nullptr;
    /// The reads of the same job's earlier steps (an analysis before the judging), reused while
    /// nothing was written since (StoreReads); this analysis keeps its own reads there too.
    /// Null: read through the store. Not owned; one thread.
    StoreReads *reads = nullptr;
};

/// One incident of the project as the analysis saw it (beside its EncroachmentReport entry).
struct ProjectIncidentOutcome
{
    qint64 fid = 0; ///< the incident's row id in the store (its map feature id)
    QString party; ///< as recorded; empty when not known
    QString partyLabel; ///< the matched party (core::MatchedParty::label); empty when none
    bool accumulates = false; ///< counted in its party's total (its case not yet dealt with)
    bool partyAccountability = false; ///< accumulates, and its party's total reaches a threshold
    /// False for a non-occupation matter (非粮化, 撂荒): measured, never judged against the
    /// occupation thresholds (its verdict carries no flag) and never accumulated.
    bool occupation = true;
    /// 文号 of the approvals whose area was taken out as 已批准 (IncidentResult::approved);
    /// empty when none applies.
    QStringList approvals;
};

/// What analysing a project gives.
struct ProjectAnalysisResult
{
    /// Per incident in the store's row order (IncidentResult::party holds the party only while
    /// the incident accumulates), and per party with accumulating incidents.
    EncroachmentReport report;
    std::vector<ProjectIncidentOutcome> incidents; ///< aligned with report.incidents
    core::Rules rules; ///< the rules the verdicts were made with
    RulesOrigin rulesOrigin = RulesOrigin::Defaults;
    core::AccumulationPolicy policy = core::AccumulationPolicy::UntilDecision;
    AreaMethod method = AreaMethod::Ellipsoidal;
    int workingEpsg = 0;
    /// Incidents not measured for their geometry (ProjectAnalysisLayers::unmeasured); each is
    /// also named in report.warnings.
    QStringList unmeasured;
    /// Recorded parties that may be one, for a person to confirm (PartyIdentities::decide).
    QList<core::PossibleSameParty> possibleSameParties;
    /// Incidents not yet dealt with that the rules' time window kept out of their party's total.
    QStringList outsideWindow;
    /// The approvals the analysis read (those near the incidents), to name the ones used.
    std::vector<ApprovalRecord> approvals;

    /// The incident at @p index reaches a threshold alone or through its party's total.
    bool reaches(size_t index) const
    {
        return report.incidents.at(index).verdict.accountability() || incidents.at(index).partyAccountability;
    }
    /// The index of the incident @p id in report.incidents; -1 when it was not measured.
    int indexOf(const QString &id) const;
};

/// Called with 0..1 now and then; returning false cancels (the call throws OverlayCancelled).
using AnalysisProgress = std::function<bool(double)>;

/// Analysing a project (issue 11): the one use case behind `farmguard-cli analyze --project`, the
/// GUI's F5 on an open project, its party panel, the case reports and the township report (through
/// CaseJudgement). Reads the incidents and, through the store's spatial index, only the
/// basic-farmland and land-use parcels whose boxes meet them; judges with the project's own rules
/// (ProjectRules) and accumulates per matched party (PartyIdentities) by the rules' accumulation
/// policy and time window. Non-occupation matters are measured but never judged or accumulated.
class ProjectAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectAnalysis)

public:
    /// Reads, measures and judges. progress covers the reads and the overlay; returning false
    /// cancels with OverlayCancelled (also during the reads). Throws core::InputError naming the
    /// project (unreadable store, invalid rules setting, an incident without a polygon).
    /// Any thread the store may be used on; the overlay uses every core.
    static ProjectAnalysisResult run(const ProjectStore &store, const ProjectAnalysisOptions &options = {},
        const AnalysisProgress &progress = {});

    /// The reads alone (run()'s first part): incidents with their accumulating party and the
    /// parcels near them, accumulated by @p rules (their policy unless @p policy is given).
    /// @p focus as ProjectAnalysisOptions::focusIncidents; @p parcels as
    /// ProjectAnalysisOptions::parcels, @p reads as ProjectAnalysisOptions::reads. progress may
    /// cancel (ReadCancelled).
    static ProjectAnalysisLayers load(const ProjectStore &store, const core::Rules &rules = {},
        std::optional<core::AccumulationPolicy> policy = std::nullopt, const StoreProgress &progress = {},
        const QStringList &focus = {}, const NearParcels *parcels = nullptr, StoreReads *reads = nullptr);
};

} // namespace fg::gis
