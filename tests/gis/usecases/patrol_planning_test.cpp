// SPDX-License-Identifier: MIT
// Patrol planning, grid and coverage use cases on the sample county in memory (no file).
#include "support/memory_sample.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/patrol_records.h"
#include "gis/usecases/patrol_planning.h"
#include "gis/usecases/project_grid.h"
#include "gis/usecases/project_rules.h"

#include <catch2/catch.hpp>

using namespace fg;

namespace {

/// The sample's "now": its plan runs two weeks from Monday 2024-06-03.
const QDateTime kNow(QDate(2024, 6, 5), QTime(9, 0));

/// A project of its own for each test.
std::unique_ptr<test::MemoryProjectStore> sample()
{
    return test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), kNow);
}

gis::PatrolPlanRequest request(QDate start, QDate today, int days = 14)
{
    gis::PatrolPlanRequest r;
    r.options.start = start;
    r.options.days = days;
    r.today = today;
    return r;
}

/// (date, officer, cell) of the visits before @p day.
QStringList visitsBefore(const core::PatrolPlan &plan, QDate day)
{
    QStringList result;
    for (const core::PlannedVisit &v : plan.visits)
        if (v.date < day)
            result << v.date.toString(Qt::ISODate) + v.officer + v.cellId;
    return result;
}

} // namespace

TEST_CASE("Planning a project stores the plan and keeps the days before today", "[usecases][patrol][plan]")
{
    const auto store = sample();
    const std::optional<core::PatrolPlan> before = store->patrol().currentPlan();
    REQUIRE(before);
    const QDate today(2024, 6, 6);
    std::vector<double> fractions;
    const gis::PatrolPlanOutcome outcome = gis::PatrolPlanning::run(*store,
        request(before->start, today, int(before->start.daysTo(before->end)) + 1), [&fractions](double f) {
            fractions.push_back(f);
            return true;
        });
    CHECK(outcome.keptBefore == today);
    CHECK_FALSE(outcome.teamCreated);
    REQUIRE_FALSE(outcome.plan.visits.empty());
    const std::optional<core::PatrolPlan> stored = store->patrol().currentPlan();
    REQUIRE(stored);
    CHECK(stored->visits.size() == outcome.plan.visits.size());
    CHECK(visitsBefore(*stored, today) == visitsBefore(*before, today));
    CHECK_FALSE(visitsBefore(*before, today).isEmpty());
    REQUIRE(fractions.size() > 3);
    CHECK(std::is_sorted(fractions.begin(), fractions.end()));
    CHECK(fractions.front() == 0);
    CHECK(fractions.back() == 1);
    CHECK(store->verifyLog().intact());
}

TEST_CASE("Cancelling a patrol plan leaves the stored plan and officers as they were", "[usecases][patrol][plan]")
{
    const auto store = sample();
    const std::optional<core::PatrolPlan> before = store->patrol().currentPlan();
    const auto head = store->logHead();
    REQUIRE(before);
    for (const double cancelAt : { 0.0, 0.5, 0.9 }) {
        CHECK_THROWS_AS(gis::PatrolPlanning::run(*store, request(QDate(2024, 6, 10), QDate(2024, 6, 10)),
                            [cancelAt](double f) { return f < cancelAt || (cancelAt == 0 && f > 0); }),
            gis::ReadCancelled);
        CHECK(store->logHead()->seq == head->seq);
    }
    const std::optional<core::PatrolPlan> after = store->patrol().currentPlan();
    REQUIRE(after);
    CHECK(after->start == before->start);
    CHECK(visitsBefore(*after, after->end.addDays(1)) == visitsBefore(*before, before->end.addDays(1)));
}

TEST_CASE("A project without officers gets one per township, stored with the plan", "[usecases][patrol][plan]")
{
    const auto store = sample();
    // A second project with the sample's grid but no officers: the grid is copied over.
    const gis::PatrolGrid grid = store->patrol().grid();
    gis::NewProject spec;
    spec.workingEpsg = store->info().workingEpsg;
    const auto bare = test::MemoryProjectStore::create(spec, store->operatorIdentity(), QStringLiteral("bare"));
    bare->patrol().replaceGrid(grid, {});
    const gis::PatrolPlanOutcome outcome
        = gis::PatrolPlanning::run(*bare, request(QDate(2024, 6, 10), QDate(2024, 6, 10), 7));
    CHECK(outcome.teamCreated);
    const auto officers = bare->patrol().officers();
    REQUIRE(officers.size() == gis::ProjectGrid::totals(grid).size());
    for (const gis::PatrolOfficerRecord &r : officers)
        CHECK(r.officer.maxCellsPerDay == 6);
    CHECK(bare->patrol().currentPlan().has_value());
}

TEST_CASE("The grid use case counts cultivated land by the project's rules", "[usecases][patrol][grid]")
{
    const auto store = sample();
    gis::GridOptions options;
    options.cellSizeM = 2000;
    options.townships << QStringLiteral("石城镇");
    auto cultivated = [](const gis::PatrolGrid &grid) {
        double sum = 0;
        for (const gis::GridCell &c : grid.cells)
            sum += c.cell.cultivatedM2;
        return sum;
    };
    const double all = cultivated(gis::ProjectGrid::build(*store, options));
    store->setSetting(QString::fromLatin1(gis::ProjectRules::kSetting),
        QStringLiteral(R"({"cultivated_classes": ["0101"]})"));
    REQUIRE(gis::ProjectRules::read(*store).cultivatedClasses() == QStringList { QStringLiteral("0101") });
    const double paddy = cultivated(gis::ProjectGrid::build(*store, options));
    CHECK(all > 0);
    CHECK(paddy < all);
    store->setSetting(QString::fromLatin1(gis::ProjectRules::kSetting), QStringLiteral("{\"cultivated_classes\": 3}"));
    CHECK_THROWS_AS(gis::ProjectGrid::build(*store, options), core::InputError);
}

TEST_CASE("Making a grid can be cancelled: the stored grid stays", "[usecases][patrol][grid]")
{
    const auto store = sample();
    const size_t cells = store->patrol().grid().cells.size();
    gis::GridOptions options;
    options.cellSizeM = 3000;
    CHECK_THROWS_AS(gis::ProjectGrid::make(*store, options, false, [](double f) { return f < 0.3; }), gis::ReadCancelled);
    CHECK(store->patrol().grid().cells.size() == cells);
    const gis::PatrolGrid made = gis::ProjectGrid::make(*store, options);
    CHECK(store->patrol().grid().cells.size() == made.cells.size());
    CHECK(made.cellSizeM == 3000);
}
