// SPDX-License-Identifier: MIT
#include "core/cases/working_calendar.h"

#include "core/input_error.h"

#include <QCoreApplication>

#include <algorithm>

namespace fg::core {

namespace {
constexpr int kSearchLimitDays = 3660;

[[noreturn]] void throwNoWorkingDay(QDate from)
{
    throw InputError(QString(),
        QCoreApplication::translate("fg::core::WorkingCalendar", "no working day within ten years after %1")
            .arg(from.toString(Qt::ISODate)));
}
} // namespace

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workingWeekendDays, QSet<int> publishedYears)
    : m_holidays(std::move(holidays))
    , m_workingWeekendDays(std::move(workingWeekendDays))
    , m_publishedYears(std::move(publishedYears))
{
}

bool WorkingCalendar::ordinaryWeekBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return false;
    for (int year = std::min(from.year(), to.year()); year <= std::max(from.year(), to.year()); ++year) {
        if (!m_publishedYears.contains(year))
            return true;
    }
    return false;
}

WorkingCalendar WorkingCalendar::with(const QSet<QDate> &holidays, const QSet<QDate> &workingWeekendDays) const
{
    WorkingCalendar result = *this;
    result.m_holidays.unite(holidays);
    result.m_workingWeekendDays.unite(workingWeekendDays);
    // A day the rules file declares worked is not also a rest day, and the other way round.
    result.m_holidays.subtract(workingWeekendDays);
    result.m_workingWeekendDays.subtract(holidays);
    return result;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (m_holidays.contains(date))
        return false;
    const bool weekend = date.dayOfWeek() >= 6;
    return !weekend || m_workingWeekendDays.contains(date);
}

QDate WorkingCalendar::workingDayOnOrAfter(QDate date) const
{
    for (int i = 0; i < kSearchLimitDays; ++i) {
        const QDate day = date.addDays(i);
        if (isWorkingDay(day))
            return day;
    }
    throwNoWorkingDay(date);
}

QDate WorkingCalendar::addWorkingDays(QDate from, int days) const
{
    if (days <= 0)
        return workingDayOnOrAfter(from);
    QDate day = from;
    int counted = 0;
    for (int i = 0; i < kSearchLimitDays; ++i) {
        day = day.addDays(1);
        if (isWorkingDay(day) && ++counted == days)
            return day;
    }
    throwNoWorkingDay(from);
}

} // namespace fg::core
