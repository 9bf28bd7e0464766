// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_workflow.h"
#include "gis/usecases/case_judgement.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// One case whose threshold flag a re-judging changed (or kept, see CaseFlags::rejudge).
struct FlagChange
{
    QString caseId;
    core::ThresholdFlag from = core::ThresholdFlag::NotAssessed;
    core::ThresholdFlag to = core::ThresholdFlag::NotAssessed;
    CaseFigures figures;
};

/// What re-judging did.
struct RejudgeResult
{
    std::vector<FlagChange> changed; ///< stored, each with one logged "facts" event (old → new, figures)
    /// Decided cases whose own figures are now below though they were reached, kept reached:
    /// accumulation stops at the decision, the verdict the case was decided on does not.
    std::vector<FlagChange> kept;
    QStringList conflicts; ///< cases another user changed meanwhile twice in a row: not re-judged
};

/// "The flag follows the facts" (issue 12, item 2): the threshold flag of a case is what its
/// figures (CaseJudgement) say under the project's rules. Re-judging follows every change of the
/// figures — a re-measured or reshaped incident, a change of a party's accumulation (imports),
/// a change of the rules, an analysis — and logs old → new with the figures and the reason; an
/// officer may set a flag only when the figures agree and must state a reason to lower one.
/// Dismissed cases (不属实) are not judged. Any thread the store may be used on.
class CaseFlags
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseFlags)

public:
    /// Re-judges @p caseIds (empty: every case) and stores each flag that changes, with @p why
    /// and the figures as the logged reason. A case another user changes meanwhile is read again
    /// and judged once more. Throws core::InputError naming the project when it cannot judge.
    /// @p memo: measurements of the same job to reuse where provably the same (an import's,
    /// OverlayMemo); null: every incident is measured. @p parcels: what the same job read near
    /// its incidents (ProjectAnalysisOptions::parcels); null: read through the store. @p reads:
    /// what the job's earlier steps read, given back while nothing was written since (StoreReads:
    /// the cases, the party matching, an analysis's incidents and parcels); null: read.
    static RejudgeResult rejudge(ProjectStore &store, const QStringList &caseIds, const QString &why,
        OverlayMemo *memo = nullptr, const NearParcels *parcels = nullptr, StoreReads *reads = nullptr);
    /// The cases whose figures depend on @p incidentIds: their own cases and every case of their
    /// parties (whose accumulated totals they enter or leave). @p reads as rejudge()'s.
    static QStringList affectedBy(
        const ProjectStore &store, const QStringList &incidentIds, StoreReads *reads = nullptr);
    /// The flags the figures allow for a case now flagged @p current: the judged flag, and a
    /// decided case keeps "reached" (see RejudgeResult::kept). Any flag while unmeasured.
    static QList<core::ThresholdFlag> allowed(const CaseFigures &figures, core::ThresholdFlag current);
    /// An officer sets the flag of a case as read at @p revision, stating @p reason. Refused (with
    /// the figures in the reasons) when the figures contradict it, or when it lowers the flag
    /// without a reason. Throws core::ConflictError when the case changed since @p revision.
    static core::TransitionResult set(ProjectStore &store, const QString &caseId, core::ThresholdFlag flag,
        const QString &reason, qint64 revision);
};

} // namespace fg::gis
