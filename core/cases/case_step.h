// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_action.h"
#include "core/cases/case_status.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fg::core {

/// Who did something: a person's name and their role (e.g. "township land officer").
struct Actor
{
    QString name;
    QString role;
};

/// The kinds of a penalty decision (处罚决定); one decision may combine several.
enum class Penalty {
    Demolish, ///< 拆除 (restore the land)
    Confiscate, ///< 没收 (buildings and facilities)
    Fine, ///< 罚款
};

/// Stable storage code: "demolish", "confiscate", "fine".
QString penaltyCode(Penalty penalty);
/// Inverse of penaltyCode(); throws InputError on an unknown code.
Penalty penaltyFromCode(const QString &code);
/// Display name through tr() (context fg::core::Penalty).
QString penaltyName(Penalty penalty);

/// One step of a case's life, as recorded: never edited once appended (corrections are new
/// events in the audit log, not changes to this record).
struct CaseStep
{
    CaseAction action = CaseAction::RecordClue;
    CaseStatus from = CaseStatus::Clue; ///< filled by CaseWorkflow::apply()
    CaseStatus to = CaseStatus::Clue; ///< filled by CaseWorkflow::apply()
    /// When the step was done, in the county's civil time; day-based deadlines use its date.
    QDateTime when;
    Actor actor;
    QString note;
    QStringList attachmentIds;
    /// The deadline this step had to meet, from the deadline rules (invalid when no rule
    /// applied). Filled by CaseWorkflow::apply(), never by the caller.
    QDateTime deadline;
    /// Decide only: what was decided (at least one).
    QList<Penalty> penalties;
    /// Execute only: execution was forced through the court (a court transfer is then required).
    bool courtEnforced = false;
    /// AcceptReclamation only: the officer of 农业农村局 who accepted the reclamation together
    /// with the bureau (拆除复耕验收 is joint, DOMAIN.md §5); required for that step.
    QString jointAcceptor;
};

} // namespace fg::core
