// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSet>

namespace fg::core {

/// Working days of the county's offices: Monday to Friday, minus public holidays, plus the
/// weekend days the State Council's yearly holiday notice turns into working days (调休).
/// Both lists come from the rules file; nothing is built in. A plain value, thread-safe to read.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workingWeekendDays);

    bool isWorkingDay(QDate date) const;
    /// The @p days-th working day after @p from (from itself never counts). @p days ≥ 1;
    /// 0 returns @p from when it is a working day, else the next one.
    /// Throws InputError when no working day comes within ten years (a broken holiday list).
    QDate addWorkingDays(QDate from, int days) const;
    /// @p date when it is a working day, else the next working day.
    QDate workingDayOnOrAfter(QDate date) const;

    const QSet<QDate> &holidays() const { return m_holidays; }
    const QSet<QDate> &workingWeekendDays() const { return m_workingWeekendDays; }

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekendDays;
};

} // namespace fg::core
