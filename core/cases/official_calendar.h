// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/working_calendar.h"

#include <QCoreApplication>
#include <QString>

namespace fg::core {

/// China's official rest days and make-up working days (调休), from the State Council's yearly
/// notices (国务院办公厅关于某年部分节假日安排的通知), as CSV rows "date,holiday,kind" with kind
/// `off` or `work` (data/calendar/README.md). A year with no row has no published notice: its
/// days follow the ordinary Monday–Friday week, and deadlines that reach it say so.
class OfficialCalendar
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::OfficialCalendar)

public:
    /// Parses a notice file. Every year named in it counts as published. Throws InputError
    /// naming @p source and the line for a bad header, date or kind, or a date listed twice.
    static WorkingCalendar parse(const QByteArray &csv, const QString &source);
    /// @p base with the years of @p notice replaced by the notice's rows (a later or corrected
    /// notice wins for its years).
    static WorkingCalendar merged(const WorkingCalendar &base, const WorkingCalendar &notice);
    /// The notices built into FarmGuard (2018–2026), plus every `*.csv` a user put in
    /// @p userFolder (empty: none), in name order. Throws InputError for a bad user file.
    static WorkingCalendar load(const QString &userFolder = {});
    /// The calendar every deadline uses by default: load() of the user's calendar folder
    /// (standardFolder()), read once per process. A bad user file is skipped with a warning on
    /// stderr so the built-in notices still apply. Thread-safe.
    static const WorkingCalendar &standard();
    /// Where a user adds a year's notice as a CSV file: <app data>/calendar.
    static QString standardFolder();
};

} // namespace fg::core
