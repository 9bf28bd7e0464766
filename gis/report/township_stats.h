// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/case_status.h"
#include "core/patrol/patrol_coverage.h"
#include "core/rules.h"
#include "gis/analysis/verdict_edges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;
class VectorLayer;
struct CaseJudgements;
struct TownshipAssessment;

/// One case as the township report lists it.
struct TownshipCaseRow
{
    QString caseId;
    QString party;
    core::CaseStatus status = core::CaseStatus::Clue;
    bool flagged = false;      ///< the case's recorded threshold flag is Reached
    core::ThresholdFlag recordedFlag = core::ThresholdFlag::NotAssessed;
    bool major = false;        ///< declared major or flagged
    /// The case's own figures as judged (0.01 mu, the verdict's rounding): the union of its
    /// incidents (gis::CaseJudgement), or their stored measures when no judgement was given.
    core::Verdict verdict;
    /// Its party's total (累计计算), when it adds incidents beyond the case's own.
    std::optional<core::Verdict> accumulated;
    QStringList accumulatedWith; ///< the incidents of that total
    /// What the figures say: Reached / Below / NotApplicable; NotAssessed when not judged.
    core::ThresholdFlag judgedFlag = core::ThresholdFlag::NotAssessed;
    bool borderline = false;   ///< 临界: gross and net of 田坎 differ, or the tolerance flips it
    QStringList borderlineReasons; ///< gis::CaseFigures::borderlineReasons()
    QString verdictText; ///< gis::CaseFigures::verdictText(): the words every list shows
    /// gis::CaseFigures::approvedText(): the approved part taken out and the approvals used.
    QString approvedText;
    int overdueSteps = 0;      ///< overdue or late-met obligations at the report time
};

/// The assessment (考核) figures of one township at one time. Areas in m² by `method`.
struct TownshipStats
{
    QString township;
    int clues = 0;                          ///< incidents recorded in the township (every clue)
    int withoutCase = 0;                    ///< of which no case was opened yet
    QMap<core::CaseStatus, int> casesByStatus;
    int cases = 0;                          ///< cases opened (any status)
    int closed = 0;
    int dismissed = 0;
    double basicFarmlandM2 = 0;             ///< occupied, incidents not dismissed
    double cultivatedM2 = 0;                ///< occupied, incidents not dismissed, BF included
    int flagged = 0; ///< incidents over a threshold (case flag, or judged / own measures)
    int overdueSteps = 0;
    std::optional<core::CoverageRow> coverage; ///< empty when no patrol was recorded
    QStringList vetoWarnings;               ///< 一票否决 warnings, each naming its case or incident
    QList<TownshipCaseRow> caseRows;

    /// Closed cases over cases that were not dismissed; negative when there is none.
    double closureRate() const;
};

/// The figures behind the township report.
struct TownshipStatsSet
{
    QDateTime asOf;
    QString method;               ///< area method of the stored measures ("ellipsoidal" …)
    std::vector<TownshipStats> townships;
    core::Rules rules;            ///< the rules the case figures were judged with
    bool judged = false;          ///< case rows carry CaseJudgement figures (else stored measures)
    QString rulesText;            ///< which rules judged, with their SHA-256 (empty: not printed)
    /// 疑似化整为零 over the whole project (gis::CaseJudgements::splitPlots), for the review list.
    std::vector<SplitPlotGroup> splitPlots;
    /// Targets, current figures, gaps, one-vote-veto triggers and measures of the report's year
    /// (gis::TownshipAssessmentBuilder); null: the report prints no targets section.
    std::shared_ptr<const TownshipAssessment> assessment;
};

/// Gathers the township assessment figures of a project from its store: incidents (township,
/// stored measures), cases (status, flag, major, accountability) and overdue steps from
/// core::DeadlineTracker at `asOf`. A case belongs to the township of its first incident.
/// Patrol coverage is taken from `coverage` (per township rows, e.g.
/// core::PatrolCoverage::byTownship) when given. Not thread-safe (uses the store).
class TownshipStatsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::TownshipStatsBuilder)

public:
    /// `townships` fixes the order and which townships appear (also those without incidents);
    /// empty = every township named by an incident, sorted.
    /// @p judged: the cases' judged figures (gis::CaseJudgement::judge over the project), so each
    /// case row prints the figures its flag follows, its party's total and whether they agree;
    /// null: the incidents' stored measures alone.
    static TownshipStatsSet build(const ProjectStore &store, const QStringList &townships, const QDateTime &asOf,
                                  const std::vector<core::CoverageRow> &coverage = {},
                                  const CaseJudgements *judged = nullptr);
    /// Patrol coverage of the townships that have patrol records in the report's coverage window
    /// up to @p asOf (TownshipReport::kCoverageDays; none without a grid), for build().
    static std::vector<core::CoverageRow> patrolCoverage(const ProjectStore &store, QDate asOf);
    /// Township names (XZQMC) of a township boundary layer, in layer order; empty for null.
    static QStringList townshipNames(const VectorLayer *townships);
};

} // namespace fg::gis
