// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/party_matcher.h"
#include "gis/usecases/project_analysis.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// A case's judged figures: what its incidents occupy (one union, overlaps once) and what its
/// party's incidents not yet dealt with occupy together (累计计算 by the rules' policy and time
/// window), with the verdicts under the project's rules. Areas in m² by the analysis' method.
struct CaseFigures
{
    QString caseId;
    QStringList incidentIds; ///< the case's incidents that were measured
    QString party; ///< the matched party's label (PartyIdentities); empty when none
    bool occupation = true; ///< false: a non-occupation matter (非粮化, 撂荒): no threshold applies
    Occupation occupied; ///< the union of the case's incidents
    core::Verdict verdict; ///< of `occupied` (no flag for a non-occupation matter)
    bool accumulates = false; ///< the case's incidents count in their party's total
    QStringList partyIncidentIds; ///< the incidents of the party's total (empty: no total)
    Occupation partyOccupied; ///< their union
    core::Verdict partyVerdict; ///< of `partyOccupied`
    QStringList outsideWindow; ///< the party's incidents the time window kept out of the total

    /// The party's total adds incidents beyond this case's own: print it beside them.
    bool hasAccumulation() const;
    /// Reached when the case's own figures or its party's total reach a threshold; Below
    /// otherwise; NotApplicable for a non-occupation matter.
    core::ThresholdFlag flag() const;
    /// 临界: flag() would differ under the other cultivated area (gross / net of 田坎), so the
    /// verdict needs a person's review (DOMAIN.md §8).
    bool borderline() const;
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

    /// The figures of @p caseId; null when it was not judged.
    const CaseFigures *find(const QString &caseId) const;
};

/// Options of a judgement; the defaults are what every caller uses.
struct CaseJudgementOptions
{
    std::optional<core::Rules> rules; ///< nullopt: the project's own (ProjectRules::read)
    AreaMethod method = AreaMethod::Ellipsoidal;
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
    /// Judges @p caseIds (empty: every case the operator sees), reading only their incidents,
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
