// SPDX-License-Identifier: MIT
#include "core/cases/deadline_rules.h"

#include "core/cases/case_transition_table.h"
#include "core/cases/enum_table.h"
#include "core/cases/official_calendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <array>

namespace fg::core {

namespace {

// Defaults: stop within 3 working days of verification and refer a suspected crime to public
// security within 24 hours (the notice's 早制止); a decision within 90 days of filing
// (行政处罚法 art. 60). The others are working assumptions a county overrides in its file.
constexpr const char *kDefaultJson = R"({
  "version": 1,
  "official_calendar": true,
  "holidays": [],
  "working_weekend_days": [],
  "rules": [
    { "id": "verify_clue", "after": "clue", "do": ["verify", "dismiss"], "within": 2, "unit": "working_days" },
    { "id": "stop", "after": "verified", "do": ["stop"], "within": 3, "unit": "working_days" },
    { "id": "report_major", "after": "stopped", "do": ["report"], "within": 5, "unit": "working_days",
      "cases": "major" },
    { "id": "file", "after": "stopped", "do": ["file"], "within": 10, "unit": "working_days",
      "cases": "not_major" },
    { "id": "file_major", "after": "reported", "do": ["file"], "within": 10, "unit": "working_days" },
    { "id": "decide", "after": "filed", "do": ["decide"], "within": 90, "unit": "calendar_days" },
    { "id": "execute", "after": "decided", "do": ["execute"], "within": 90, "unit": "calendar_days" },
    { "id": "reclaim", "after": "executed", "do": ["accept_reclamation", "close"], "within": 180,
      "unit": "calendar_days" },
    { "id": "close", "after": "reclaimed", "do": ["close"], "within": 15, "unit": "working_days" },
    { "id": "crime_referral", "after": "crime_suspected", "transfer": "public_security", "within": 24,
      "unit": "hours" },
    { "id": "misconduct_referral", "after": "misconduct_suspected", "transfer": "discipline_inspection",
      "within": 5, "unit": "working_days" }
  ]
})";

constexpr std::array<detail::EnumEntry<DeadlineUnit>, 3> kUnits = { {
    { DeadlineUnit::WorkingDays, "working_days", "working days" },
    { DeadlineUnit::CalendarDays, "calendar_days", "calendar days" },
    { DeadlineUnit::Hours, "hours", "hours" },
} };
constexpr std::array<detail::EnumEntry<CaseScope>, 3> kScopes = { {
    { CaseScope::All, "all", "all cases" },
    { CaseScope::Major, "major", "major cases" },
    { CaseScope::NotMajor, "not_major", "cases that are not major" },
} };
constexpr std::array<detail::EnumEntry<DeadlineTrigger>, 2> kFlagTriggers = { {
    { DeadlineTrigger::CrimeSuspected, "crime_suspected", "crime suspected" },
    { DeadlineTrigger::MisconductSuspected, "misconduct_suspected", "misconduct suspected" },
} };

const QSet<QString> kRuleKeys = { "id", "after", "do", "transfer", "within", "unit", "cases" };

class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::DeadlineRules)

public:
    explicit RuleReader(const QString &source)
        : m_source(source)
    {
    }

    [[noreturn]] void fail(const QString &problem, const QString &ruleId = {}) const
    {
        throw InputError(m_source, problem, ruleId);
    }

    QSet<QDate> dates(const QJsonValue &value, const char *key) const
    {
        QSet<QDate> set;
        for (const QJsonValue &item : value.toArray()) {
            const QDate date = QDate::fromString(item.toString(), Qt::ISODate);
            if (!date.isValid())
                fail(tr("'%1' in %2 is not a date (YYYY-MM-DD)").arg(item.toString(), QLatin1String(key)));
            set.insert(date);
        }
        return set;
    }

    DeadlineRule rule(const QJsonObject &object) const
    {
        DeadlineRule rule;
        rule.id = object.value("id").toString();
        if (rule.id.isEmpty())
            fail(tr("a rule has no id"));
        try {
            for (const QString &key : object.keys()) {
                if (!kRuleKeys.contains(key))
                    fail(tr("unknown key '%1'").arg(key), rule.id);
            }
            readTrigger(object, rule);
            readObligation(object, rule);
            rule.amount = object.value("within").toInt(0);
            if (rule.amount <= 0)
                fail(tr("'within' must be a positive whole number"), rule.id);
            rule.unit = detail::enumFromCode(kUnits, object.value("unit").toString(),
                QT_TRANSLATE_NOOP("fg::core::EnumTable", "deadline unit"));
            rule.scope = detail::enumFromCode(kScopes, object.value("cases").toString("all"),
                QT_TRANSLATE_NOOP("fg::core::EnumTable", "case scope"));
        } catch (const InputError &error) {
            if (!error.file().isEmpty())
                throw;
            fail(error.problem(), rule.id);
        }
        return rule;
    }

private:
    void readTrigger(const QJsonObject &object, DeadlineRule &rule) const
    {
        const QString after = object.value("after").toString();
        for (const auto &entry : kFlagTriggers) {
            if (after == QLatin1String(entry.code)) {
                rule.trigger = entry.value;
                return;
            }
        }
        rule.trigger = DeadlineTrigger::StatusEntered;
        rule.after = caseStatusFromCode(after);
    }

    void readObligation(const QJsonObject &object, DeadlineRule &rule) const
    {
        const bool hasDo = object.contains("do");
        if (hasDo == object.contains("transfer"))
            fail(tr("give either 'do' or 'transfer'"), rule.id);
        if (!hasDo) {
            rule.transferTo = departmentFromCode(object.value("transfer").toString());
            return;
        }
        if (rule.trigger != DeadlineTrigger::StatusEntered)
            fail(tr("a suspicion is answered by a 'transfer', not by a step"), rule.id);
        for (const QJsonValue &code : object.value("do").toArray()) {
            const CaseAction action = caseActionFromCode(code.toString());
            if (!CaseTransitionTable::find(rule.after, action))
                fail(tr("'%1' cannot follow status '%2'").arg(code.toString(), caseStatusCode(rule.after)),
                    rule.id);
            rule.actions.append(action);
        }
        if (rule.actions.isEmpty())
            fail(tr("'do' lists no action"), rule.id);
    }

    QString m_source;
};

QJsonArray dateArray(const QSet<QDate> &dates)
{
    QList<QDate> sorted(dates.begin(), dates.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (const QDate &date : sorted)
        array.append(date.toString(Qt::ISODate));
    return array;
}

QJsonObject ruleObject(const DeadlineRule &rule)
{
    QJsonObject object { { "id", rule.id }, { "within", rule.amount } };
    object["after"] = rule.trigger == DeadlineTrigger::StatusEntered
        ? caseStatusCode(rule.after)
        : QString(QLatin1String(detail::enumEntry(kFlagTriggers, rule.trigger).code));
    if (rule.transferTo) {
        object["transfer"] = departmentCode(*rule.transferTo);
    } else {
        QJsonArray actions;
        for (CaseAction action : rule.actions)
            actions.append(caseActionCode(action));
        object["do"] = actions;
    }
    object["unit"] = QLatin1String(detail::enumEntry(kUnits, rule.unit).code);
    object["cases"] = QLatin1String(detail::enumEntry(kScopes, rule.scope).code);
    return object;
}

QDateTime endOfDay(const QDateTime &reference, QDate day)
{
    QDateTime end = reference;
    end.setDate(day);
    end.setTime(QTime(23, 59, 59, 999));
    return end;
}

} // namespace

DeadlineRules::DeadlineRules(QList<DeadlineRule> rules, WorkingCalendar calendar)
    : m_rules(std::move(rules))
    , m_calendar(std::move(calendar))
    , m_extra(m_calendar)
{
}

DeadlineRules::DeadlineRules(QList<DeadlineRule> rules, const WorkingCalendar &official, WorkingCalendar extra)
    : m_rules(std::move(rules))
    , m_calendar(official.with(extra.holidays(), extra.workingWeekendDays()))
    , m_extra(std::move(extra))
    , m_official(true)
{
}

DeadlineRules DeadlineRules::defaults()
{
    // Parsed once: every case read asks for them (7 % of analyze --project went to parsing).
    static const DeadlineRules parsed = fromJson(defaultJson(), QStringLiteral("<built-in deadline rules>"));
    return parsed;
}

QByteArray DeadlineRules::defaultJson()
{
    return QByteArray(kDefaultJson);
}

DeadlineRules DeadlineRules::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const RuleReader reader(source);
    if (error.error != QJsonParseError::NoError)
        reader.fail(tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value("version").toInt(1) != 1)
        reader.fail(
            tr("rules file version %1 is not supported (expected 1)").arg(root.value("version").toInt()));
    if (!root.value("rules").isArray())
        reader.fail(tr("no 'rules' array"));
    QList<DeadlineRule> rules;
    QSet<QString> ids;
    for (const QJsonValue &value : root.value("rules").toArray()) {
        DeadlineRule rule = reader.rule(value.toObject());
        if (ids.contains(rule.id))
            reader.fail(tr("duplicate rule id"), rule.id);
        ids.insert(rule.id);
        rules.append(std::move(rule));
    }
    WorkingCalendar extra(reader.dates(root.value("holidays"), "holidays"),
        reader.dates(root.value("working_weekend_days"), "working_weekend_days"));
    // The State Council's notices apply unless the file says otherwise; its own lists add to them.
    const QJsonValue official = root.value("official_calendar");
    if (!official.isUndefined() && !official.isBool())
        reader.fail(tr("'official_calendar' must be true or false"));
    if (official.toBool(true))
        return DeadlineRules(std::move(rules), OfficialCalendar::standard(), std::move(extra));
    return DeadlineRules(std::move(rules), std::move(extra));
}

QByteArray DeadlineRules::toJson() const
{
    QJsonArray rules;
    for (const DeadlineRule &rule : m_rules)
        rules.append(ruleObject(rule));
    const QJsonObject root { { "version", 1 }, { "official_calendar", m_official },
        { "holidays", dateArray(m_extra.holidays()) },
        { "working_weekend_days", dateArray(m_extra.workingWeekendDays()) }, { "rules", rules } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DeadlineRules::dueOnOrdinaryWeek(const DeadlineRule &rule, const QDateTime &trigger) const
{
    if (rule.unit == DeadlineUnit::Hours)
        return false;
    return m_calendar.ordinaryWeekBetween(trigger.date(), due(rule, trigger).date());
}

QDateTime DeadlineRules::due(const DeadlineRule &rule, const QDateTime &trigger) const
{
    switch (rule.unit) {
    case DeadlineUnit::Hours:
        return trigger.addSecs(qint64(rule.amount) * 3600);
    case DeadlineUnit::WorkingDays:
        return endOfDay(trigger, m_calendar.addWorkingDays(trigger.date(), rule.amount));
    case DeadlineUnit::CalendarDays:
        // A period whose last day is a day off ends on the next working day (the general rule on
        // time limits in Chinese procedure law).
        return endOfDay(trigger, m_calendar.workingDayOnOrAfter(trigger.date().addDays(rule.amount)));
    }
    return trigger;
}

} // namespace fg::core
