// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_action.h"
#include "core/cases/case_status.h"

#include <QList>
#include <optional>

namespace fg::core {

/// A condition on a transition, evaluated against the case by CaseWorkflow.
enum class TransitionGuard {
    Always,
    MajorOnly, ///< only major cases (重大案件) take this road
    NotMajor, ///< only cases that are not major
    NoDemolition, ///< only when no demolition was decided (nothing to reclaim)
};

/// One allowed move: from a status, an action leads to a status when the guard holds.
struct CaseTransition
{
    CaseStatus from;
    CaseAction action;
    CaseStatus to;
    TransitionGuard guard;
};

/// The case track as data (DOMAIN.md §6). Any (status, action) pair absent from the table is
/// forbidden. Pure and thread-safe.
class CaseTransitionTable
{
public:
    /// Every row, in track order.
    static const QList<CaseTransition> &rows();
    /// The row for @p from and @p action, if the table has one (at most one per pair).
    static std::optional<CaseTransition> find(CaseStatus from, CaseAction action);
    /// Actions the table offers from @p from, before guards are evaluated.
    static QList<CaseAction> actionsFrom(CaseStatus from);
};

} // namespace fg::core
