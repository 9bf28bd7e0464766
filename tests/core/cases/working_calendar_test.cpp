// SPDX-License-Identifier: MIT
#include "core/cases/working_calendar.h"
#include "core/input_error.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {
// National Day 2025 as the State Council announced it: 1–8 October off, Sunday 28 September and
// Saturday 11 October worked instead.
WorkingCalendar nationalDay2025()
{
    QSet<QDate> holidays;
    for (int day = 1; day <= 8; ++day)
        holidays.insert(QDate(2025, 10, day));
    return WorkingCalendar(holidays, { QDate(2025, 9, 28), QDate(2025, 10, 11) });
}
} // namespace

TEST_CASE("weekends are not working days unless worked in exchange, holidays never are")
{
    const WorkingCalendar calendar = nationalDay2025();
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 26))); // Friday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 9, 27))); // Saturday
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 28))); // Sunday, worked
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 1))); // Wednesday, holiday
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11))); // Saturday, worked
    CHECK_FALSE(WorkingCalendar().isWorkingDay(QDate(2025, 10, 12)));
}

TEST_CASE("working days are counted after the starting day, skipping weekends")
{
    const WorkingCalendar plain;
    // Thursday 6 March 2025 + 3: Fri 7 (1), [Sat 8, Sun 9], Mon 10 (2), Tue 11 (3).
    CHECK(plain.addWorkingDays(QDate(2025, 3, 6), 3) == QDate(2025, 3, 11));
    // Saturday start: Mon 10 (1).
    CHECK(plain.addWorkingDays(QDate(2025, 3, 8), 1) == QDate(2025, 3, 10));
    CHECK(plain.addWorkingDays(QDate(2025, 3, 8), 0) == QDate(2025, 3, 10));
    CHECK(plain.addWorkingDays(QDate(2025, 3, 7), 0) == QDate(2025, 3, 7));
}

TEST_CASE("working days skip holidays and count exchanged weekend days")
{
    const WorkingCalendar calendar = nationalDay2025();
    // Friday 26 Sep + 3: [Sat 27], Sun 28 worked (1), Mon 29 (2), Tue 30 (3).
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 26), 3) == QDate(2025, 9, 30));
    // Tuesday 30 Sep + 3: [1–8 Oct off], Thu 9 (1), Fri 10 (2), Sat 11 worked (3).
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 3) == QDate(2025, 10, 11));
    CHECK(calendar.workingDayOnOrAfter(QDate(2025, 10, 1)) == QDate(2025, 10, 9));
}

TEST_CASE("a calendar without any working day is reported, not looped on")
{
    QSet<QDate> everyDay;
    for (QDate day(2025, 1, 1); day < QDate(2036, 1, 1); day = day.addDays(1))
        everyDay.insert(day);
    const WorkingCalendar broken(everyDay, {});
    CHECK_THROWS_AS(broken.addWorkingDays(QDate(2025, 1, 1), 1), InputError);
}
