// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/deadline_rules.h"
#include "core/cases/obligation.h"

#include <QList>
#include <optional>

namespace fg::core {

class CaseFile;

/// Applies DeadlineRules to cases: which obligations a case is under, which are overdue.
///
/// An obligation of a status rule exists once the case entered the rule's status. The first
/// step out of that status meets it when its action is one of the rule's; a step out by another
/// action voids it (the case took another road). A transfer rule is met by the first transfer
/// to its department, whenever sent. Scope (major or not) is judged on the case as it is now.
/// Const and thread-safe.
class DeadlineTracker
{
public:
    explicit DeadlineTracker(DeadlineRules rules = DeadlineRules::defaults());

    const DeadlineRules &rules() const { return m_rules; }

    /// Every obligation the case is or was under, met or not, in rule order.
    QList<Obligation> obligations(const CaseFile &file) const;
    /// The open obligation @p action would meet now (the earliest due if several).
    std::optional<Obligation> openObligationFor(const CaseFile &file, CaseAction action) const;
    /// Overdue and late-met obligations of one case at @p now, earliest due first.
    QList<Obligation> overdue(const CaseFile &file, const QDateTime &now) const;
    /// Overdue and late-met obligations of all @p files at @p now, earliest due first: never
    /// filtered, so nothing overdue is hidden.
    QList<Obligation> overdue(const QList<CaseFile> &files, const QDateTime &now) const;

private:
    std::optional<Obligation> obligation(const CaseFile &file, const DeadlineRule &rule) const;

    DeadlineRules m_rules;
};

} // namespace fg::core
