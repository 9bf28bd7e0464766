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
/// Working days follow the State Council's holiday notices (OfficialCalendar) unless
/// "official_calendar" is false; "holidays" and "working_weekend_days" add a county's own days.
/// JSON form (version 1), every key but "rules" optional:
/// @code
/// { "version": 1, "official_calendar": true,
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
    /// Rules on exactly @p calendar (no official notices).
    DeadlineRules(QList<DeadlineRule> rules, WorkingCalendar calendar);
    /// Rules on the official notices @p official plus the rules file's own days @p extra.
    DeadlineRules(QList<DeadlineRule> rules, const WorkingCalendar &official, WorkingCalendar extra);

    /// The built-in defaults (see defaultJson()) on the State Council's holiday notices
    /// (OfficialCalendar::standard()).
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
    /// True when the official holiday notices apply (the default; "official_calendar": false
    /// turns them off and leaves only the file's own lists).
    bool usesOfficialCalendar() const { return m_official; }
    /// The rules file's own rest and working days (added to the official ones).
    const WorkingCalendar &fileDays() const { return m_extra; }

    /// When an obligation of @p rule triggered at @p trigger falls due. Day-based units end at
    /// 23:59:59.999 of the last day, in @p trigger's time spec.
    QDateTime due(const DeadlineRule &rule, const QDateTime &trigger) const;
    /// True when that deadline was counted across a year with no published holiday notice
    /// (only the ordinary week applied there), so it may move once the notice appears.
    bool dueOnOrdinaryWeek(const DeadlineRule &rule, const QDateTime &trigger) const;

private:
    QList<DeadlineRule> m_rules;
    WorkingCalendar m_calendar; ///< what deadlines are counted on
    WorkingCalendar m_extra; ///< the rules file's own days (toJson writes these)
    bool m_official = false;
};

} // namespace fg::core
