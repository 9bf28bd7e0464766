// SPDX-License-Identifier: MIT
#include "core/cases/case_workflow.h"

#include "core/cases/case_file.h"
#include "core/cases/case_transition_table.h"
#include "core/cases/closing_rule.h"
#include "core/input_error.h"

namespace fg::core {

CaseWorkflow::CaseWorkflow(DeadlineRules rules)
    : m_tracker(std::move(rules))
{
}

QList<CaseAction> CaseWorkflow::nextActions(const CaseFile &file) const
{
    QList<CaseAction> actions;
    for (CaseAction action : CaseTransitionTable::actionsFrom(file.status())) {
        if (guardProblems(file, action).isEmpty())
            actions.append(action);
    }
    return actions;
}

QStringList CaseWorkflow::guardProblems(const CaseFile &file, CaseAction action) const
{
    const auto row = CaseTransitionTable::find(file.status(), action);
    if (!row) {
        if (isTerminal(file.status()))
            return { tr("the case is %1: no further step is possible").arg(caseStatusName(file.status())) };
        return { tr("'%1' is not allowed from status '%2'")
                     .arg(caseActionName(action), caseStatusName(file.status())) };
    }
    switch (row->guard) {
    case TransitionGuard::Always:
        return {};
    case TransitionGuard::MajorOnly:
        if (!file.isMajor())
            return { tr("only a major case is reported to the county") };
        return {};
    case TransitionGuard::NotMajor:
        if (file.isMajor())
            return { tr("a major case must be reported to the county before it is filed") };
        return {};
    case TransitionGuard::NoDemolition:
        if (file.hasPenalty(Penalty::Demolish))
            return { tr("demolition was decided: the reclamation must be accepted before closing") };
        return {};
    }
    return {};
}

QStringList CaseWorkflow::stepProblems(const CaseFile &file, const CaseStep &step) const
{
    QStringList problems;
    if (!step.when.isValid())
        problems.append(tr("the step has no date"));
    else if (step.when < file.steps().last().when)
        problems.append(tr("the step is dated before the previous step (%1)")
                            .arg(file.steps().last().when.toString(Qt::ISODate)));
    if (step.actor.name.trimmed().isEmpty())
        problems.append(tr("the step has no actor"));
    if (step.action == CaseAction::Decide && step.penalties.isEmpty())
        problems.append(tr("a penalty decision must name at least one penalty"));
    if (step.action != CaseAction::Decide && !step.penalties.isEmpty())
        problems.append(tr("only a penalty decision names penalties"));
    if (step.action != CaseAction::Execute && step.courtEnforced)
        problems.append(tr("only an execution step can be forced through the court"));
    if (step.action == CaseAction::AcceptReclamation && step.jointAcceptor.trimmed().isEmpty())
        problems.append(tr("the reclamation is accepted jointly with the Agriculture and Rural Affairs Bureau: name "
                           "its officer"));
    if (step.action != CaseAction::AcceptReclamation && !step.jointAcceptor.isEmpty())
        problems.append(tr("only a reclamation acceptance names a joint acceptor"));
    return problems;
}

TransitionResult CaseWorkflow::check(const CaseFile &file, const CaseStep &step) const
{
    TransitionResult result;
    if (step.action == CaseAction::RecordClue)
        result.reasons.append(tr("a case records its clue only once, when it is opened"));
    else
        result.reasons.append(guardProblems(file, step.action));
    result.reasons.append(stepProblems(file, step));
    if (step.action == CaseAction::Close)
        result.reasons.append(ClosingRule::unmetConditions(file));
    result.accepted = result.reasons.isEmpty();
    return result;
}

TransitionResult CaseWorkflow::apply(CaseFile &file, CaseStep step) const
{
    TransitionResult result = check(file, step);
    if (!result.accepted)
        return result;
    step.from = file.status();
    step.to = CaseTransitionTable::find(step.from, step.action)->to;
    const auto open = m_tracker.openObligationFor(file, step.action);
    step.deadline = open ? open->due : QDateTime();
    file.appendStep(std::move(step));
    return result;
}

void CaseWorkflow::restore(CaseFile &file, const CaseStep &step) const
{
    const auto row = CaseTransitionTable::find(file.status(), step.action);
    if (!row || row->from != step.from || row->to != step.to || !step.when.isValid())
        throw InputError(QString(),
            tr("stored step '%1' (%2 → %3) does not follow status '%4'")
                .arg(caseActionCode(step.action), caseStatusCode(step.from), caseStatusCode(step.to),
                    caseStatusCode(file.status())),
            file.id());
    file.appendStep(step);
}

} // namespace fg::core
