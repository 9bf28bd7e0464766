// SPDX-License-Identifier: MIT
#pragma once

#include "core/approvals/approval.h"
#include "core/cases/case_file.h"
#include "core/cases/party_matcher.h"
#include "gis/usecases/project_analysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>
#include <utility>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// A case's judged figures (DOMAIN.md §3), the one verdict behind its threshold flag, the case
/// panel, `project case`, every report and the re-judging of flags: what its incidents occupy
/// (one union, overlaps once) and what its party's incidents not yet dealt with occupy together
/// (累计计算: parties matched by PartyIdentities, by the rules' policy and time window), with the
/// verdicts under the project's rules — gross and net of 田坎, 临界 when they differ. Areas in m²
/// by the analysis' method; every mu figure is the 0.01-mu value the verdict compares, so what is
/// printed and what is judged never differ.
struct CaseFigures
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseFigures)

public:
    QString caseId;
    QStringList incidentIds; ///< the case's incidents that were measured
    /// Every incident of the case was measured (a case without incidents is not).
    bool measured = false;
    QString party; ///< the matched party's label (PartyIdentities); empty when none
    bool occupation = true; ///< false: a non-occupation matter (非粮化, 撂荒): no threshold applies
    Occupation occupied; ///< the union of the case's incidents
    core::Verdict verdict; ///< of `occupied` (no flag for a non-occupation matter)
    /// The case's status still counts toward its party's total under the policy (not yet dealt
    /// with); a decided case keeps the verdict it was decided on (CaseFlags).
    bool openToAccumulation = true;
    bool accumulates = false; ///< the case's incidents count in their party's total
    QStringList partyIncidentIds; ///< the incidents of the party's total (empty: no total)
    /// Each incident of the party's total with its own figures (0.01 mu, as judged), in
    /// partyIncidentIds' order: what a 当事人累计 is made of.
    std::vector<std::pair<QString, core::Verdict>> partyIncidents;
    Occupation partyOccupied; ///< their union
    core::Verdict partyVerdict; ///< of `partyOccupied`
    QStringList outsideWindow; ///< the party's incidents the time window kept out of the total
    core::Reading reading = core::Reading::Notice; ///< of the rules judged with
    core::CultivatedArea cultivatedArea = core::CultivatedArea::Gross; ///< of the rules judged with
    double basicFarmlandThresholdMu = 5;
    double cultivatedThresholdMu = 10;
    /// 疑似化整为零: the split-plot groups (EncroachmentReport::splitPlots) that hold one of the
    /// case's incidents — for review, never a flag. Judged alone, a case sees only the groups
    /// among the incidents read with it; judge() of every case sees the whole project's.
    std::vector<SplitPlotGroup> splitPlots;
    /// Approved land (issue 16 item 1): the area of the case's incidents inside valid approvals of
    /// their use (已批准), m² by the analysis' method, taken out before `occupied` was measured;
    /// and the approvals used (文号, kind, dates). Zero and empty when none applies.
    double approvedM2 = 0;
    QList<core::Approval> approvals;

    /// The party's total adds incidents beyond this case's own: print it beside them.
    bool hasAccumulation() const;
    /// NotApplicable for a non-occupation matter; NotAssessed while an incident is unmeasured;
    /// Reached when the case's own figures or its party's total reach a threshold; Below otherwise.
    core::ThresholdFlag flag() const;
    /// 临界, one mark for two reasons: flag() would differ under the other cultivated area (gross /
    /// net of 田坎, DOMAIN.md §8), or moving the boundary of the case's incidents (or its party's
    /// total, when that decides) by the digitising tolerance could flip it (issue 16 item 5).
    bool borderline() const;
    /// The reasons of the mark in words (core::Borderline::reasons of the verdict that decides).
    QStringList borderlineReasons() const;
    /// Reached through the party's total alone (当事人累计): the case's own figures are below.
    bool byPartyTotal() const;
    /// The verdict in words, the same in every list, panel and report: "accountability",
    /// "accountability (party total)", "below threshold", "not measured", "not an occupation: no
    /// threshold", with ", 临界 (review)" when borderline.
    QString verdictText() const;
    /// verdictText() of any verdict (a party's total: @p byPartyTotal).
    static QString verdictText(core::ThresholdFlag flag, bool byPartyTotal, bool borderline);
    /// What 当事人累计 means for this case: the party's incidents not yet dealt with, each with its
    /// own figures, their union against the thresholds and the case's own figures; the incidents
    /// the time window left out. Empty when the party's total adds nothing to the case's own.
    QString accumulationText() const;
    /// The figures for the log and `project case --format json`, e.g. {"own": {"basic_farmland_mu":
    /// 5.01, "cultivated_gross_mu": …, "cultivated_net_mu": …, …}, "party": {…}, "borderline": false}.
    QJsonObject json() const;
    /// The figures in words, for reasons and the panel: "5.01 mu basic farmland, 5.01 mu cultivated
    /// land (PS2024-003); accumulated with the party's …; thresholds 5.00 and 10.00 mu".
    QString text() const;
    /// The approved part in words ("1.00 mu approved (已批准) by 平政转批〔2023〕18号 (…, 2023-06-15 to
    /// 2025-06-14); the figures are of the unlawful part"); empty when none applies.
    QString approvedText() const;
};

/// The judged figures of a set of cases, with how they were made.
struct CaseJudgements
{
    std::vector<CaseFigures> cases; ///< in the order asked (or the store's case order)
    core::Rules rules;
    RulesOrigin rulesOrigin = RulesOrigin::Defaults;
    AreaMethod method = AreaMethod::Ellipsoidal;
    QList<core::PossibleSameParty> possibleSameParties;
    QStringList warnings; ///< repairs behind the figures, each naming its file and feature

    /// Incidents without a case, each judged as its case would be (caseId = the incident's id):
    /// filled by judge() of every case (no ids given) only.
    std::vector<CaseFigures> uncased;
    QHash<QString, QString> caseOfIncident; ///< incident id → the first judged case that lists it
    /// 疑似化整为零 among the incidents judged (every one when no ids were given).
    std::vector<SplitPlotGroup> splitPlots;

    /// The figures of @p caseId; null when it was not judged.
    const CaseFigures *find(const QString &caseId) const;
    /// The figures an incident is shown with: its case's, else its own (uncased); null when
    /// neither was judged.
    const CaseFigures *ofIncident(const QString &incidentId) const;
};

/// Options of a judgement; the defaults are what every caller uses.
struct CaseJudgementOptions
{
    std::optional<core::Rules> rules; ///< nullopt: the project's own (ProjectRules::read)
    AreaMethod method = AreaMethod::Ellipsoidal;
    OverlayMemo *memo = nullptr; ///< as ProjectAnalysisOptions::memo
    const NearParcels *parcels = nullptr; ///< as ProjectAnalysisOptions::parcels
    /// As ProjectAnalysisOptions::reads; the cases are read through it too.
    StoreReads *reads = nullptr;
};

/// Judging cases (issue 12): the one function that gives a case's judged figures — its incidents'
/// measures and its party's accumulation by the project's policy — for the case report, the
/// township report, the case list and the re-judging of a case's threshold flag on a re-measure,
/// reshape, accumulation or rules change. Built on ProjectAnalysis: parties matched by name and
/// ID number (PartyIdentities), accumulation by the rules' policy and window.
class CaseJudgement
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseJudgement)

public:
    /// Judges @p caseIds (empty: every case the operator sees, and each incident without a case
    /// in CaseJudgements::uncased — the one verdict of every list), reading only their incidents,
    /// the incidents accumulating with them and the parcels near those. Throws core::InputError
    /// naming the project for an unknown case id or an unreadable project; OverlayCancelled
    /// when progress returns false.
    static CaseJudgements judge(const ProjectStore &store, const QStringList &caseIds = {},
        const CaseJudgementOptions &options = {}, const AnalysisProgress &progress = {});
    /// judge() of one case.
    static CaseFigures judgeCase(
        const ProjectStore &store, const QString &caseId, const CaseJudgementOptions &options = {});
    /// The figures of one incident with no case yet, as its case would have them (caseId = the
    /// incident's id). Throws core::InputError for an unknown incident.
    static CaseFigures judgeIncident(
        const ProjectStore &store, const QString &incidentId, const CaseJudgementOptions &options = {});
    /// The figures of @p file from an analysis that measured its incidents (and, for a case of
    /// several incidents, the group named after the case).
    static CaseFigures figures(const core::CaseFile &file, const ProjectAnalysisResult &analysis);
};

} // namespace fg::gis
