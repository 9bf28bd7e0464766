// SPDX-License-Identifier: MIT
#include "core/cases/deadline_countdown.h"

#include <algorithm>

namespace fg::core {

namespace {

/// Late by `late` (seconds) ending on `lateDate` after a deadline on `dueDate`: whole days by
/// the calendar, hours when it is the same day.
void measureLate(DeadlineCountdown &c, const QDate &dueDate, const QDate &lateDate, qint64 seconds)
{
    c.days = int(dueDate.daysTo(lateDate));
    if (c.days <= 0) {
        c.days = 0;
        c.hours = int(std::max<qint64>(1, (seconds + 3599) / 3600));
    }
}

} // namespace

DeadlineCountdown DeadlineCountdown::of(const QDateTime &due, const QDateTime &metAt, const QDateTime &now)
{
    DeadlineCountdown c;
    if (metAt.isValid()) {
        c.kind = metAt > due ? Kind::MetLate : Kind::Met;
        if (c.kind == Kind::MetLate)
            measureLate(c, due.date(), metAt.date(), due.secsTo(metAt));
        return c;
    }
    if (now > due) {
        c.kind = Kind::Overdue;
        measureLate(c, due.date(), now.date(), due.secsTo(now));
        return c;
    }
    c.days = int(now.date().daysTo(due.date()));
    c.kind = c.days == 0 ? Kind::DueToday : Kind::Left;
    return c;
}

DeadlineCountdown DeadlineCountdown::of(const Obligation &obligation, const QDateTime &now)
{
    return of(obligation.due, obligation.metAt, now);
}

QString DeadlineCountdown::text() const
{
    switch (kind) {
    case Kind::Left: return tr("%n day(s) left", nullptr, days);
    case Kind::DueToday: return tr("due today");
    case Kind::Overdue:
        return days > 0 ? tr("%n day(s) overdue", nullptr, days) : tr("%n hour(s) overdue", nullptr, hours);
    case Kind::Met: return tr("met on time");
    case Kind::MetLate:
        return days > 0 ? tr("met %n day(s) late", nullptr, days) : tr("met %n hour(s) late", nullptr, hours);
    }
    return {};
}

std::optional<Obligation> firstOpenObligation(const QList<Obligation> &obligations)
{
    std::optional<Obligation> first;
    for (const Obligation &o : obligations)
        if (!o.metAt.isValid() && (!first || o.due < first->due))
            first = o;
    return first;
}

} // namespace fg::core
