// SPDX-License-Identifier: MIT
#include "core/cases/deadline_rules.h"
#include "core/input_error.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

const DeadlineRule &ruleById(const DeadlineRules &rules, const QString &id)
{
    for (const DeadlineRule &rule : rules.rules()) {
        if (rule.id == id)
            return rule;
    }
    FAIL("no rule " << id.toStdString());
    throw std::logic_error("unreachable");
}

QByteArray withRule(const char *rule)
{
    return QByteArray(R"({"rules": [)") + rule + "]}";
}

void checkRejected(const QByteArray &json, const char *expectedProblem, const char *expectedRule = "")
{
    try {
        DeadlineRules::fromJson(json, QStringLiteral("county_rules.json"));
        FAIL("accepted: " << json.toStdString());
    } catch (const InputError &error) {
        CHECK(error.file() == QStringLiteral("county_rules.json"));
        CHECK(error.feature() == QLatin1String(expectedRule));
        CHECK(error.problem().contains(QLatin1String(expectedProblem)));
    }
}

} // namespace

TEST_CASE("the default rules stop within 3 working days and refer a suspected crime within 24 hours")
{
    const DeadlineRules rules = DeadlineRules::defaults();
    const DeadlineRule &stop = ruleById(rules, QStringLiteral("stop"));
    CHECK(stop.trigger == DeadlineTrigger::StatusEntered);
    CHECK(stop.after == CaseStatus::Verified);
    CHECK(stop.actions == QList<CaseAction> { CaseAction::Stop });
    CHECK(stop.amount == 3);
    CHECK(stop.unit == DeadlineUnit::WorkingDays);

    const DeadlineRule &crime = ruleById(rules, QStringLiteral("crime_referral"));
    CHECK(crime.trigger == DeadlineTrigger::CrimeSuspected);
    CHECK(crime.transferTo == Department::PublicSecurity);
    CHECK(crime.amount == 24);
    CHECK(crime.unit == DeadlineUnit::Hours);

    CHECK(ruleById(rules, QStringLiteral("report_major")).scope == CaseScope::Major);
    CHECK(ruleById(rules, QStringLiteral("file")).scope == CaseScope::NotMajor);
    // The State Council's notices apply by default: 2025 National Day week off, its 调休 Sunday worked.
    CHECK(rules.usesOfficialCalendar());
    CHECK_FALSE(rules.calendar().isWorkingDay(QDate(2025, 10, 1)));
    CHECK(rules.calendar().isWorkingDay(QDate(2025, 9, 28)));
}

TEST_CASE("due times: working days and calendar days end with the day, hours do not skip weekends")
{
    const QByteArray json = R"({
      "holidays": ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08"],
      "working_weekend_days": ["2025-09-28"],
      "rules": [
        { "id": "stop", "after": "verified", "do": ["stop"], "within": 3, "unit": "working_days" },
        { "id": "decide", "after": "filed", "do": ["decide"], "within": 90, "unit": "calendar_days" },
        { "id": "crime", "after": "crime_suspected", "transfer": "public_security", "within": 24, "unit": "hours" }
      ] })";
    const DeadlineRules rules = DeadlineRules::fromJson(json, QStringLiteral("rules.json"));
    const QDateTime friday(QDate(2025, 9, 26), QTime(16, 30), Qt::UTC);
    // Friday 26 Sep + 3 working days: Sun 28 (worked), Mon 29, Tue 30 → end of Tue 30.
    CHECK(rules.due(rules.rules().at(0), friday)
        == QDateTime(QDate(2025, 9, 30), QTime(23, 59, 59, 999), Qt::UTC));
    // 3 Jul + 90 calendar days = 1 Oct (28 left in July + 31 + 30 + 1), a holiday; 4–5 Oct is a
    // weekend and 6–8 Oct holidays, so the period ends on Thursday 9 Oct.
    const QDateTime filed(QDate(2025, 7, 3), QTime(10, 0), Qt::UTC);
    CHECK(rules.due(rules.rules().at(1), filed)
        == QDateTime(QDate(2025, 10, 9), QTime(23, 59, 59, 999), Qt::UTC));
    // 24 hours from Friday 16:30 is Saturday 16:30.
    CHECK(rules.due(rules.rules().at(2), friday) == QDateTime(QDate(2025, 9, 27), QTime(16, 30), Qt::UTC));
}

TEST_CASE("rules written out read back the same")
{
    const DeadlineRules original = DeadlineRules::fromJson(
        withRule(R"({ "id": "r", "after": "stopped", "do": ["report"], "within": 4, "unit": "working_days",
                      "cases": "major" })")
            .replace(R"({"rules")",
                R"({"holidays": ["2025-05-01"], "working_weekend_days": ["2025-04-27"], "rules")"),
        QStringLiteral("a.json"));
    const DeadlineRules again = DeadlineRules::fromJson(original.toJson(), QStringLiteral("b.json"));
    REQUIRE(again.rules().size() == 1);
    const DeadlineRule &rule = again.rules().first();
    CHECK(rule.id == QStringLiteral("r"));
    CHECK(rule.after == CaseStatus::Stopped);
    CHECK(rule.actions == QList<CaseAction> { CaseAction::ReportMajor });
    CHECK(rule.amount == 4);
    CHECK(rule.scope == CaseScope::Major);
    CHECK(again.fileDays().holidays() == QSet<QDate> { QDate(2025, 5, 1) });
    CHECK(again.fileDays().workingWeekendDays() == QSet<QDate> { QDate(2025, 4, 27) });
    CHECK(again.usesOfficialCalendar());

    const DeadlineRules defaults = DeadlineRules::defaults();
    CHECK(DeadlineRules::fromJson(defaults.toJson(), QStringLiteral("c.json")).rules().size()
        == defaults.rules().size());
}

TEST_CASE("a bad rules file is refused naming the file, the rule and the problem")
{
    checkRejected("{ not json", "not valid JSON");
    checkRejected(R"({"version": 2, "rules": []})", "version 2");
    checkRejected(R"({"holidays": []})", "no 'rules'");
    checkRejected(R"({"holidays": ["2025-13-01"], "rules": []})", "not a date");
    checkRejected(
        withRule(R"({ "after": "clue", "do": ["verify"], "within": 1, "unit": "hours" })"), "no id");
    checkRejected(withRule(R"({ "id": "x", "after": "clue", "do": ["verify"], "within": 1, "unit": "hours",
                                "extra": 1 })"),
        "unknown key 'extra'", "x");
    checkRejected(
        withRule(R"({ "id": "x", "after": "archived", "do": ["verify"], "within": 1, "unit": "hours" })"),
        "'archived'", "x");
    checkRejected(
        withRule(R"({ "id": "x", "after": "clue", "do": ["close"], "within": 1, "unit": "hours" })"),
        "'close' cannot follow status 'clue'", "x");
    checkRejected(
        withRule(R"({ "id": "x", "after": "clue", "do": ["verify"], "within": 0, "unit": "hours" })"),
        "positive", "x");
    checkRejected(
        withRule(R"({ "id": "x", "after": "clue", "do": ["verify"], "within": 2, "unit": "weeks" })"),
        "'weeks'", "x");
    checkRejected(
        withRule(R"({ "id": "x", "after": "clue", "do": ["verify"], "transfer": "court", "within": 2,
                                "unit": "hours" })"),
        "either 'do' or 'transfer'", "x");
    checkRejected(withRule(R"({ "id": "x", "after": "crime_suspected", "do": ["verify"], "within": 2,
                                "unit": "hours" })"),
        "answered by a 'transfer'", "x");
    checkRejected(withRule(R"({ "id": "x", "after": "clue", "do": ["verify"], "within": 2, "unit": "hours" },
                              { "id": "x", "after": "clue", "do": ["dismiss"], "within": 2, "unit": "hours" })"),
        "duplicate", "x");
}
