// SPDX-License-Identifier: MIT
#include "core/cases/obligation.h"

namespace fg::core {

Obligation::State Obligation::stateAt(const QDateTime &now) const
{
    if (metAt.isValid())
        return metAt > due ? State::MetLate : State::Met;
    return now > due ? State::Overdue : State::Pending;
}

bool Obligation::isLateAt(const QDateTime &now) const
{
    const State state = stateAt(now);
    return state == State::Overdue || state == State::MetLate;
}

QString Obligation::description() const
{
    if (rule.transferTo)
        return tr("Transfer to %1").arg(departmentName(*rule.transferTo));
    QStringList names;
    for (CaseAction action : rule.actions)
        names.append(caseActionName(action));
    return names.join(tr(" or "));
}

} // namespace fg::core
