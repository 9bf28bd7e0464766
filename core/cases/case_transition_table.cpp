// SPDX-License-Identifier: MIT
#include "core/cases/case_transition_table.h"

namespace fg::core {

const QList<CaseTransition> &CaseTransitionTable::rows()
{
    using S = CaseStatus;
    using A = CaseAction;
    using G = TransitionGuard;
    // A major case must be reported to the county before it is filed; other cases go from the
    // stop order straight to filing. A decision without demolition (confiscation, fine) leaves
    // nothing to reclaim, so such a case closes after execution.
    static const QList<CaseTransition> table = {
        { S::Clue, A::Verify, S::Verified, G::Always },
        { S::Clue, A::Dismiss, S::Dismissed, G::Always },
        { S::Verified, A::Stop, S::Stopped, G::Always },
        { S::Stopped, A::ReportMajor, S::Reported, G::MajorOnly },
        { S::Stopped, A::File, S::Filed, G::NotMajor },
        { S::Reported, A::File, S::Filed, G::Always },
        { S::Filed, A::Decide, S::Decided, G::Always },
        { S::Decided, A::Execute, S::Executed, G::Always },
        { S::Executed, A::AcceptReclamation, S::Reclaimed, G::Always },
        { S::Executed, A::Close, S::Closed, G::NoDemolition },
        { S::Reclaimed, A::Close, S::Closed, G::Always },
    };
    return table;
}

std::optional<CaseTransition> CaseTransitionTable::find(CaseStatus from, CaseAction action)
{
    for (const CaseTransition &row : rows()) {
        if (row.from == from && row.action == action)
            return row;
    }
    return std::nullopt;
}

QList<CaseAction> CaseTransitionTable::actionsFrom(CaseStatus from)
{
    QList<CaseAction> actions;
    for (const CaseTransition &row : rows()) {
        if (row.from == from)
            actions.append(row.action);
    }
    return actions;
}

} // namespace fg::core
