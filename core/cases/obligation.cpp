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

QString Obligation::ordinaryWeekNote()
{
    return tr("counted on the ordinary week (the year's holiday notice is not published)");
}

QString Obligation::dueText() const
{
    const QString date = due.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return ordinaryWeek ? tr("%1 (%2)").arg(date, ordinaryWeekNote()) : date;
}

} // namespace fg::core
