// SPDX-License-Identifier: MIT
// Report inputs gathered from a project store: what the CLI's report command and the GUI's
// Report menu both print.
#include "sample_projects.h"

#include "core/input_error.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/report_inputs.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

TEST_CASE("Case report inputs: the case by its id or an incident's, the recorded facts, the project's rules",
    "[usecases][report]")
{
    SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            core::Rules judicial;
            judicial.setReading(core::Reading::Judicial);
            ProjectRules::write(*store, judicial);
            const ReportInputs inputs(*store);
            const CaseReportInputs crime = inputs.caseReport(QStringLiteral("PS2024-003"));
            REQUIRE(crime.caseFile);
            CHECK(crime.caseFile->id() == QStringLiteral("PS2024-003"));
            CHECK(crime.sources.caseId == QStringLiteral("PS2024-003"));
            REQUIRE(crime.sources.facts);
            CHECK(crime.sources.facts->township == QStringLiteral("龙溪镇"));
            CHECK(crime.sources.rules.reading() == core::Reading::Judicial);
            CHECK(crime.sources.incidents->featureCount() == 39);
            CHECK(crime.sources.basicFarmland);
            CHECK(crime.sources.villages);
            // An incident without a case is reported too, without a case file.
            const CaseReportInputs plain = inputs.caseReport(QStringLiteral("PS2024-009"));
            CHECK_FALSE(plain.caseFile);
            CHECK(plain.sources.caseId == QStringLiteral("PS2024-009"));
        }
    }
}

TEST_CASE("Township, public map and patrol report inputs, and what each refuses", "[usecases][report]")
{
    SampleProjects projects;
    const ProjectStore &store = *projects.stores.back().second;
    const ReportInputs inputs(store);
    const QStringList townships = inputs.townships();
    CHECK(townships.size() == 8);
    const QDateTime asOf = QDateTime::currentDateTime();
    CHECK(inputs.townshipStats(asOf).townships.size() == 8);
    CHECK(inputs.townshipStats(asOf, QStringLiteral("龙溪镇")).townships.size() == 1);
    CHECK_THROWS_WITH(inputs.townshipStats(asOf, QStringLiteral("无名乡")), Catch::Contains("无名乡"));
    const PublicMapLayers map = inputs.publicMap();
    CHECK(map.basicFarmland->featureCount() == 761);
    CHECK(map.workingEpsg == 4547);

    const QStringList patrolled = inputs.patrolTownships();
    REQUIRE_FALSE(patrolled.isEmpty());
    PatrolReportInputs patrol = inputs.patrol(patrolled.first());
    REQUIRE(patrol.plan);
    CHECK(patrol.data.plan == patrol.plan.get());
    CHECK(patrol.data.cells == &patrol.grid->cells);
    CHECK(patrol.data.from == patrol.plan->start); // the plan's own period when none is given
    CHECK(patrol.data.to == patrol.plan->end);
    const PatrolReportInputs copy = patrol; // the copy shares what the data points into
    patrol = {};
    CHECK(copy.data.cells->size() == copy.grid->cells.size());
    for (const QString &name : townships)
        if (!patrolled.contains(name))
            CHECK_THROWS_AS(inputs.patrol(name), core::InputError);
}

TEST_CASE("Major-case and joint-discipline inputs carry the case's judged figures and the rules line, and refuse what "
          "calls for none",
    "[usecases][report]")
{
    SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            const ReportInputs inputs(*store);
            const QString rules = ProjectRules::record(*store).describe();
            REQUIRE_FALSE(rules.isEmpty());
            // 冯金锁's PS2024-007: 3.00 mu of basic farmland alone, 6.00 mu with his PS2024-008.
            const CaseFigures figures = CaseJudgement::judgeCase(*store, QStringLiteral("PS2024-007"));
            const MajorCaseReportData major = inputs.majorCase(QStringLiteral("PS2024-007"), QDateTime::currentDateTime());
            CHECK(major.measured);
            CHECK(major.own.basicFarmlandMu == Approx(figures.verdict.basicFarmlandMu));
            REQUIRE(major.partyTotal);
            CHECK(major.partyTotal->basicFarmlandMu == Approx(6.0));
            CHECK(major.partyIncidentIds == figures.partyIncidentIds);
            CHECK(major.rulesText == rules);
            CHECK_FALSE(major.deadlines.isEmpty());
            CHECK_THROWS_AS(inputs.majorCase(QStringLiteral("PS2024-012"), QDateTime::currentDateTime()), core::InputError);

            const JointDisciplineData joint = inputs.jointDiscipline(QStringLiteral("PS2024-007"));
            CHECK(joint.caseId == QStringLiteral("PS2024-007"));
            CHECK(joint.verdict.basicFarmlandMu == Approx(figures.verdict.basicFarmlandMu));
            CHECK(joint.rulesText == rules);
            CHECK_FALSE(joint.recipients.isEmpty());
            CHECK_THROWS_AS(inputs.jointDiscipline(QStringLiteral("PS2024-015")), core::InputError); // dismissed
            CHECK(inputs.townshipStats(QDateTime::currentDateTime()).rulesText == rules);
        }
    }
}
