// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/deadline_rule.h"
#include "core/cases/working_calendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fg::core {

/// The configurable deadlines of a case's life and the working calendar they count on.
///
/// JSON form (version 1), every key but "rules" optional:
/// @code
/// { "version": 1,
///   "holidays": ["2025-10-01", ...], "working_weekend_days": ["2025-09-28", ...],
///   "rules": [ { "id": "stop", "after": "verified", "do": ["stop"], "within": 3, "unit": "working_days" },
///              { "id": "crime_referral", "after": "crime_suspected", "transfer": "public_security",
///                "within": 24, "unit": "hours", "cases": "all" } ] }
/// @endcode
/// "after" is a case status code or crime_suspected / misconduct_suspected; "unit" is
/// working_days, calendar_days or hours; "cases" is all, major or not_major. A plain value.
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::DeadlineRules)

public:
    DeadlineRules() = default;
    DeadlineRules(QList<DeadlineRule> rules, WorkingCalendar calendar);

    /// The built-in defaults (see defaultJson()), with no holidays: a county adds the year's
    /// holiday notice in its rules file.
    static DeadlineRules defaults();
    /// The defaults as JSON text, to write out as a starting rules file.
    static QByteArray defaultJson();
    /// Reads the JSON form. Throws InputError naming @p source and the rule on any problem:
    /// bad JSON, unknown keys or codes, duplicate ids, an action that cannot leave "after",
    /// a non-positive amount, a newer version.
    static DeadlineRules fromJson(const QByteArray &json, const QString &source);
    /// Writes the JSON form; fromJson(toJson()) gives back equal rules.
    QByteArray toJson() const;

    const QList<DeadlineRule> &rules() const { return m_rules; }
    const WorkingCalendar &calendar() const { return m_calendar; }

    /// When an obligation of @p rule triggered at @p trigger falls due. Day-based units end at
    /// 23:59:59.999 of the last day, in @p trigger's time spec.
    QDateTime due(const DeadlineRule &rule, const QDateTime &trigger) const;

private:
    QList<DeadlineRule> m_rules;
    WorkingCalendar m_calendar;
};

} // namespace fg::core
