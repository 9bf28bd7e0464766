// SPDX-License-Identifier: MIT
#include "core/cases/working_calendar.h"

#include "core/input_error.h"

#include <QCoreApplication>

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

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workingWeekendDays)
    : m_holidays(std::move(holidays))
    , m_workingWeekendDays(std::move(workingWeekendDays))
{
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
