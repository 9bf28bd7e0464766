// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_step.h"
#include "core/cases/deadline_tracker.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fg::core {

class CaseFile;

/// The outcome of asking for a step: accepted, or refused with every reason (translated).
struct TransitionResult
{
    bool accepted = false;
    QStringList reasons;

    /// The reasons as one paragraph for a message box or stderr.
    QString message() const { return reasons.join(QLatin1Char('\n')); }
};

/// Moves cases along CaseTransitionTable: checks the table, its guards, the step's own data
/// and, for closing, ClosingRule; stamps each accepted step with its deadline. Const and
/// thread-safe; the CaseFile passed in is the caller's to guard.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::CaseWorkflow)

public:
    explicit CaseWorkflow(DeadlineRules rules = DeadlineRules::defaults());

    const DeadlineTracker &tracker() const { return m_tracker; }

    /// Actions the table offers from the case's status whose guards hold. Close is listed even
    /// when ClosingRule refuses it, so a panel can show it with check()'s reasons.
    QList<CaseAction> nextActions(const CaseFile &file) const;
    /// Whether @p step (its action, date, actor, penalties) may be appended now, and why not.
    TransitionResult check(const CaseFile &file, const CaseStep &step) const;
    /// Appends @p step when check() accepts it, filling from, to and deadline; otherwise leaves
    /// @p file unchanged.
    TransitionResult apply(CaseFile &file, CaseStep step) const;
    /// Re-appends a step read back from storage, keeping its recorded deadline. Checks the table
    /// only (the closing conditions were judged when the step was taken). Throws InputError when
    /// the stored history is not a path through the table.
    void restore(CaseFile &file, const CaseStep &step) const;

private:
    QStringList guardProblems(const CaseFile &file, CaseAction action) const;
    QStringList stepProblems(const CaseFile &file, const CaseStep &step) const;

    DeadlineTracker m_tracker;
};

} // namespace fg::core
