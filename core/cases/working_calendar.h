// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSet>

namespace fg::core {

/// Working days of the county's offices: Monday to Friday, minus public holidays, plus the
/// weekend days the State Council's yearly holiday notice turns into working days (调休).
/// The lists come from the official notices (OfficialCalendar) and the rules file. Years whose
/// notice is known are "published"; in other years only the ordinary week applies, and a
/// deadline computed across such a year is marked (ordinaryWeekBetween()). A plain value,
/// thread-safe to read.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workingWeekendDays, QSet<int> publishedYears = {});

    bool isWorkingDay(QDate date) const;
    /// The @p days-th working day after @p from (from itself never counts). @p days ≥ 1;
    /// 0 returns @p from when it is a working day, else the next one.
    /// Throws InputError when no working day comes within ten years (a broken holiday list).
    QDate addWorkingDays(QDate from, int days) const;
    /// @p date when it is a working day, else the next working day.
    QDate workingDayOnOrAfter(QDate date) const;

    const QSet<QDate> &holidays() const { return m_holidays; }
    const QSet<QDate> &workingWeekendDays() const { return m_workingWeekendDays; }
    /// Years whose holiday notice this calendar holds.
    const QSet<int> &publishedYears() const { return m_publishedYears; }
    bool isPublished(int year) const { return m_publishedYears.contains(year); }
    /// True when some year from @p from to @p to (inclusive) has no published notice, so a
    /// deadline spanning them was computed on the ordinary week and may move once it appears.
    bool ordinaryWeekBetween(QDate from, QDate to) const;
    /// This calendar plus extra rest and working days (a rules file's own list); the published
    /// years stay this calendar's.
    WorkingCalendar with(const QSet<QDate> &holidays, const QSet<QDate> &workingWeekendDays) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekendDays;
    QSet<int> m_publishedYears;
};

} // namespace fg::core
