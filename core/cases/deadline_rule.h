// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_action.h"
#include "core/cases/case_status.h"
#include "core/cases/department.h"

#include <QList>
#include <QString>
#include <optional>

namespace fg::core {

/// What starts a deadline's clock.
enum class DeadlineTrigger {
    StatusEntered, ///< the case entered DeadlineRule::after
    CrimeSuspected, ///< CaseFile::crimeSuspectedAt()
    MisconductSuspected, ///< CaseFile::misconductSuspectedAt()
};

/// How DeadlineRule::amount is counted.
enum class DeadlineUnit {
    WorkingDays, ///< the N-th working day after the trigger's date, to its end
    CalendarDays, ///< N days after the trigger's date, to its end; a last day off rolls to the next working
                  ///< day
    Hours, ///< N hours after the trigger's time
};

/// Which cases a rule applies to.
enum class CaseScope {
    All,
    Major, ///< CaseFile::isMajor()
    NotMajor,
};

/// One deadline: "after TRIGGER, do ACTION (or transfer to DEPARTMENT) within AMOUNT UNIT".
/// Exactly one of actions / transferTo is set (DeadlineRules checks this when reading).
struct DeadlineRule
{
    QString id; ///< stable, unique within the rules, e.g. "stop"
    DeadlineTrigger trigger = DeadlineTrigger::StatusEntered;
    CaseStatus after = CaseStatus::Clue; ///< meaningful for StatusEntered only
    QList<CaseAction> actions; ///< met by the step leaving `after` when it is one of these
    std::optional<Department> transferTo; ///< met by any transfer to this body
    int amount = 0;
    DeadlineUnit unit = DeadlineUnit::WorkingDays;
    CaseScope scope = CaseScope::All;
};

} // namespace fg::core
