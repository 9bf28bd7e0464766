// SPDX-License-Identifier: MIT
#include "core/cases/deadline_tracker.h"

#include "core/cases/case_file.h"

#include <algorithm>

namespace fg::core {

namespace {

bool inScope(const DeadlineRule &rule, const CaseFile &file)
{
    switch (rule.scope) {
    case CaseScope::All:
        return true;
    case CaseScope::Major:
        return file.isMajor();
    case CaseScope::NotMajor:
        return !file.isMajor();
    }
    return true;
}

QDateTime triggerTime(const DeadlineRule &rule, const CaseFile &file)
{
    switch (rule.trigger) {
    case DeadlineTrigger::StatusEntered:
        return file.enteredAt(rule.after);
    case DeadlineTrigger::CrimeSuspected:
        return file.crimeSuspectedAt();
    case DeadlineTrigger::MisconductSuspected:
        return file.misconductSuspectedAt();
    }
    return {};
}

QDateTime firstTransfer(const CaseFile &file, Department department)
{
    QDateTime first;
    for (const CaseTransfer &transfer : file.transfers()) {
        if (transfer.department == department && (!first.isValid() || transfer.sentAt < first))
            first = transfer.sentAt;
    }
    return first;
}

void sortByDue(QList<Obligation> &obligations)
{
    std::stable_sort(obligations.begin(), obligations.end(),
        [](const Obligation &a, const Obligation &b) { return a.due < b.due; });
}

} // namespace

DeadlineTracker::DeadlineTracker(DeadlineRules rules)
    : m_rules(std::move(rules))
{
}

std::optional<Obligation> DeadlineTracker::obligation(const CaseFile &file, const DeadlineRule &rule) const
{
    const QDateTime trigger = triggerTime(rule, file);
    if (!trigger.isValid() || !inScope(rule, file))
        return std::nullopt;
    Obligation obligation { file.id(), rule, trigger, m_rules.due(rule, trigger), {},
        m_rules.dueOnOrdinaryWeek(rule, trigger) };
    if (rule.transferTo) {
        obligation.metAt = firstTransfer(file, *rule.transferTo);
        return obligation;
    }
    const QList<CaseStep> &steps = file.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].to != rule.after)
            continue;
        if (i + 1 == steps.size())
            return obligation; // still in the status: open
        const CaseStep &next = steps[i + 1];
        if (!rule.actions.contains(next.action))
            return std::nullopt;
        obligation.metAt = next.when;
        return obligation;
    }
    return std::nullopt;
}

QList<Obligation> DeadlineTracker::obligations(const CaseFile &file) const
{
    QList<Obligation> result;
    for (const DeadlineRule &rule : m_rules.rules()) {
        if (auto found = obligation(file, rule))
            result.append(std::move(*found));
    }
    return result;
}

std::optional<Obligation> DeadlineTracker::openObligationFor(const CaseFile &file, CaseAction action) const
{
    std::optional<Obligation> earliest;
    for (const Obligation &candidate : obligations(file)) {
        if (candidate.metAt.isValid() || !candidate.rule.actions.contains(action))
            continue;
        if (!earliest || candidate.due < earliest->due)
            earliest = candidate;
    }
    return earliest;
}

QList<Obligation> DeadlineTracker::overdue(const CaseFile &file, const QDateTime &now) const
{
    QList<Obligation> late;
    for (Obligation &candidate : obligations(file)) {
        if (candidate.isLateAt(now))
            late.append(std::move(candidate));
    }
    sortByDue(late);
    return late;
}

QList<Obligation> DeadlineTracker::overdue(const QList<CaseFile> &files, const QDateTime &now) const
{
    QList<Obligation> late;
    for (const CaseFile &file : files)
        late.append(overdue(file, now));
    sortByDue(late);
    return late;
}

} // namespace fg::core
