// SPDX-License-Identifier: MIT
// The State Council's holiday notices (data/calendar) and what they do to deadlines. Expected
// dates are counted by hand from the notices (2025: 国办发明电〔2024〕12号; 2026: the notice of
// November 2025), each step written out beside the check.
#include "core/cases/case_file.h"
#include "core/cases/case_workflow.h"
#include "core/cases/deadline_rules.h"
#include "core/cases/deadline_tracker.h"
#include "core/cases/official_calendar.h"
#include "core/input_error.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {
const QByteArray kHeader = "date,holiday,kind\n";

DeadlineRule workingDays(int amount)
{
    DeadlineRule rule;
    rule.id = QStringLiteral("r");
    rule.trigger = DeadlineTrigger::StatusEntered;
    rule.after = CaseStatus::Verified;
    rule.actions = { CaseAction::Stop };
    rule.amount = amount;
    rule.unit = DeadlineUnit::WorkingDays;
    return rule;
}
} // namespace

TEST_CASE("the built-in notices: 2025 National Day week off, its 调休 weekend days worked")
{
    const WorkingCalendar calendar = OfficialCalendar::load();
    for (int day = 1; day <= 8; ++day)
        CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, day)));
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 28))); // Sunday, worked
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11))); // Saturday, worked
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 16))); // 春节 2026, a Monday
    CHECK(calendar.isWorkingDay(QDate(2026, 2, 14))); // Saturday before 春节 2026, worked
    for (int year = 2018; year <= 2026; ++year)
        CHECK(calendar.isPublished(year));
    CHECK_FALSE(calendar.isPublished(2027));
}

TEST_CASE("a 5-working-day step from 2025-09-30 runs across the National Day week to 2025-10-14")
{
    const DeadlineRules rules({ workingDays(5) }, OfficialCalendar::load(), WorkingCalendar());
    const QDateTime verified(QDate(2025, 9, 30), QTime(10, 0));
    // Tue 30 Sep; 1–8 Oct off; Thu 9 (1), Fri 10 (2), Sat 11 worked (3), [Sun 12], Mon 13 (4), Tue 14 (5).
    CHECK(rules.due(rules.rules().first(), verified) == QDateTime(QDate(2025, 10, 14), QTime(23, 59, 59, 999)));
    CHECK_FALSE(rules.dueOnOrdinaryWeek(rules.rules().first(), verified));
    // On the ordinary week alone the same step would end on Tue 7 Oct, inside the holiday.
    const DeadlineRules plain({ workingDays(5) }, WorkingCalendar());
    CHECK(plain.due(plain.rules().first(), verified).date() == QDate(2025, 10, 7));
}

TEST_CASE("a deadline reaching a year without a notice is counted on the ordinary week and marked")
{
    const DeadlineRules rules({ workingDays(5) }, OfficialCalendar::load(), WorkingCalendar());
    const QDateTime lateDecember(QDate(2026, 12, 28), QTime(9, 0));
    // Mon 28 Dec 2026: Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1 Jan 2027 (4: no 2027 notice yet), Mon 4 (5).
    CHECK(rules.due(rules.rules().first(), lateDecember).date() == QDate(2027, 1, 4));
    CHECK(rules.dueOnOrdinaryWeek(rules.rules().first(), lateDecember));
    CHECK_FALSE(rules.dueOnOrdinaryWeek(rules.rules().first(), QDateTime(QDate(2026, 6, 1), QTime(9, 0))));

    CaseStep clue;
    clue.when = QDateTime(QDate(2026, 12, 24), QTime(9, 0));
    clue.actor = { QStringLiteral("王明"), QStringLiteral("网格员") };
    CaseFile file(QStringLiteral("C-1"), clue);
    CaseWorkflow workflow(rules);
    CaseStep verify;
    verify.action = CaseAction::Verify;
    verify.when = lateDecember;
    verify.actor = clue.actor;
    REQUIRE(workflow.apply(file, verify).accepted);
    bool marked = false;
    for (const Obligation &obligation : workflow.tracker().obligations(file))
        marked = marked || (obligation.rule.id == QLatin1String("r") && obligation.ordinaryWeek);
    CHECK(marked);
}

TEST_CASE("a user adds a year's notice as a file, it replaces that year's rows and ends the mark")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile notice(folder.filePath(QStringLiteral("2027.csv")));
    REQUIRE(notice.open(QIODevice::WriteOnly));
    notice.write(kHeader + "2027-01-01,元旦,off\n2027-01-02,元旦,off\n2027-01-03,元旦,off\n");
    notice.close();
    const WorkingCalendar calendar = OfficialCalendar::load(folder.path());
    CHECK(calendar.isPublished(2027));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 1, 1)));
    const DeadlineRules rules({ workingDays(5) }, calendar, WorkingCalendar());
    const QDateTime lateDecember(QDate(2026, 12, 28), QTime(9, 0));
    // Tue 29 (1), Wed 30 (2), Thu 31 (3), [1–3 Jan off], Mon 4 (4), Tue 5 (5).
    CHECK(rules.due(rules.rules().first(), lateDecember).date() == QDate(2027, 1, 5));
    CHECK_FALSE(rules.dueOnOrdinaryWeek(rules.rules().first(), lateDecember));

    // A corrected notice for a published year replaces that year only.
    const WorkingCalendar corrected = OfficialCalendar::merged(OfficialCalendar::load(),
        OfficialCalendar::parse(kHeader + "2025-10-09,国庆节,off\n", QStringLiteral("fix.csv")));
    CHECK_FALSE(corrected.isWorkingDay(QDate(2025, 10, 9)));
    CHECK(corrected.isWorkingDay(QDate(2025, 10, 1))); // 2025's old rows are gone
    CHECK_FALSE(corrected.isWorkingDay(QDate(2026, 10, 1))); // other years keep theirs
}

TEST_CASE("a bad notice file is refused naming the file and the line")
{
    const auto refused = [](const QByteArray &csv, const char *words) {
        try {
            OfficialCalendar::parse(csv, QStringLiteral("n.csv"));
            FAIL("accepted");
        } catch (const InputError &error) {
            CHECK(error.file() == QStringLiteral("n.csv"));
            CHECK(error.problem().contains(QString::fromUtf8(words)));
        }
    };
    refused("day,kind\n", "line 1");
    refused(kHeader + "2025-13-01,x,off\n", "line 2");
    refused(kHeader + "2025-10-01,国庆节,off\n2025-10-01,国庆节,off\n", "line 3");
    refused(kHeader + "2025-10-01,国庆节,holiday\n", "holiday");
    refused(kHeader + "2025-10-01,off\n", "line 2");
    CHECK(OfficialCalendar::parse("\xEF\xBB\xBF" + kHeader + "# comment\n\n2025-10-01,国庆节,off\n", QStringLiteral("bom.csv"))
              .holidays()
              .size()
        == 1);
}
