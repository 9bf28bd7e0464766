// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "core/cases/case_workflow.h"
#include "core/input_error.h"
#include "core/patrol/patrol_planner.h"
#include "gis/io/layer_reader.h"
#include "gis/usecases/cell_status.h"
#include "gis/usecases/project_grid.h"
#include "gis/usecases/sample_patrol.h"
#include "gis/usecases/track_import.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_tables.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QFile>

#include <map>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;
using fg::gis::test::exec;
using fg::gis::test::openProject;
using fg::gis::test::scalar;
using fg::gis::test::tester;

namespace {

/// A 1 km grid of 石城镇 made once per run (the overlay takes a few seconds).
const PatrolGrid &shichengGrid()
{
    static const PatrolGrid grid = [] {
        GridOptions options;
        options.cellSizeM = 1000;
        options.townships << QStringLiteral("石城镇");
        return ProjectGrid::build(*openProject(SampleProjectFixture::templatePath(true), tester(), OpenMode::ReadOnly), options);
    }();
    return grid;
}

PatrolGrid copyOf(const PatrolGrid &grid)
{
    PatrolGrid copy;
    copy.epsg = grid.epsg;
    copy.cellSizeM = grid.cellSizeM;
    for (const GridCell &g : grid.cells)
        copy.cells.push_back({ g.cell, cloneGeometry(g.geometry.get()) });
    return copy;
}

double areaOf(const GEOSGeometry *g)
{
    double area = 0;
    GEOSArea_r(geosContext(), g, &area);
    return area;
}

core::Officer officer(const QString &name, const PatrolGrid &grid, size_t from, size_t to)
{
    core::Officer o;
    o.name = name;
    o.township = QStringLiteral("石城镇");
    o.maxCellsPerDay = 4;
    for (size_t i = from; i < to && i < grid.cells.size(); ++i)
        o.cellIds << grid.cells[i].cell.id;
    o.base = grid.cells[from].cell.centroid;
    o.calendar = core::WorkingCalendar({ QDate(2024, 6, 10) }, {});
    return o;
}

QStringList actions(const ProjectStore &store, const QString &entity)
{
    QStringList result;
    for (const core::AuditEvent &e : store.events())
        if (e.entity == entity)
            result << e.action;
    return result;
}

} // namespace

TEST_CASE("A version 2 project upgrades to version 3: patrol tables, the grid as a GeoPackage layer, logged", "[project][patrol]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.gpkg"));
    fg::gis::test::makeOldProject(path, 2);
    CHECK(scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'grid_cells'")) == QLatin1String("0"));
    const auto project = openProject(path);
    PatrolRecords &store = project->patrol();
    CHECK(project->info().schemaVersion == ProjectSchema::kCurrentVersion);
    const auto events = project->events();
    // Created, then one migrate per step of this build above 2 (step 9 is another branch's).
    const auto steps = std::count_if(std::begin(ProjectSchema::kSteps), std::end(ProjectSchema::kSteps),
        [](int step) { return step > 2; });
    REQUIRE(events.size() == 1 + steps);
    CHECK(events[1].action == QLatin1String("migrate"));
    CHECK(events[1].oldValue.toObject().value(QStringLiteral("schema_version")).toInt() == 2);
    CHECK(events[1].newValue.toObject().value(QStringLiteral("schema_version")).toInt() == 3);
    CHECK(project->verifyLog().intact());
    CHECK_FALSE(store.hasGrid());
    CHECK(store.officers().empty());
    CHECK_FALSE(store.currentPlan().has_value());
    const SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
    for (const char *table : { "grid_cells", "patrol_officers", "patrol_plans", "patrol_visits", "patrol_routes",
             "patrol_tracks", "patrol_records" })
        CHECK(db.hasTable(QString::fromLatin1(table)));
    CHECK(scalar(path, QStringLiteral("SELECT name FROM parties")) == QStringLiteral("冯金锁"));
    CHECK(scalar(path, QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'grid_cells'"))
        == QLatin1String("4547"));
}

TEST_CASE("A version 3 project with a grid and a plan upgrades to version 4: village patrol tables, data kept", "[project][patrol]")
{
    SampleProjectFixture fixture(true);
    fixture.store.reset();
    // Take the fresh project back to version 3 as an older FarmGuard left it.
    fg::gis::test::downgradeToVersion4(fixture.path);
    exec(fixture.path, QStringLiteral("DROP TABLE patrol_village_patrols; DROP TABLE village_patrollers; "
                                      "DELETE FROM schema_version WHERE version = 4"));
    REQUIRE(scalar(fixture.path, QStringLiteral("SELECT MAX(version) FROM schema_version")) == QLatin1String("3"));
    {
        const auto v3 = openProject(fixture.path);
        CHECK(v3->info().schemaVersion == ProjectSchema::kCurrentVersion); // upgraded on opening
    }
    const SqliteConnection db(fixture.path, SqliteConnection::Mode::ReadOnly);
    CHECK(db.hasTable(QStringLiteral("village_patrollers")));
    CHECK(db.hasTable(QStringLiteral("patrol_village_patrols")));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 4")).contains(QStringLiteral("village")));
    const auto project = openProject(fixture.path);
    const auto events = project->events();
    // One logged step each, every step of this build from 4 up to the current version, last in
    // the log; step 11 hashes the reference layers right after its own event.
    std::vector<int> applied;
    for (int step : ProjectSchema::kSteps)
        if (step > 3)
            applied.push_back(step);
    const int hashes = int(project->referenceLayers().size());
    const qsizetype tail = qsizetype(applied.size()) + hashes;
    REQUIRE(events.size() >= tail);
    std::vector<int> logged;
    int hashedAfterEleven = 0;
    for (qsizetype i = events.size() - tail; i < events.size(); ++i) {
        const core::AuditEvent &e = events[i];
        if (e.action == QLatin1String("migrate"))
            logged.push_back(e.newValue.toObject().value(QStringLiteral("schema_version")).toInt());
        else if (e.entity == QLatin1String("layer") && !logged.empty() && logged.back() == 11)
            ++hashedAfterEleven;
    }
    CHECK(logged == applied);
    CHECK(hashedAfterEleven == hashes);
    CHECK(project->verifyLog().intact());
    CHECK(project->patrol().villagePatrollers().empty());
}

TEST_CASE("Village patrollers and the villages' daily patrols round-trip, a village without one stays a shortfall", "[project][patrol]")
{
    SampleProjectFixture fixture(true);
    ProjectStore &project = *fixture.store;
    PatrolRecords &store = project.patrol();
    ProjectGrid::replace(project, copyOf(shichengGrid()));
    const PatrolGrid read = store.grid();
    std::vector<core::PatrolCell> cells;
    std::map<QString, QString> villages;
    for (const GridCell &g : read.cells) {
        cells.push_back(g.cell);
        if (!g.cell.village.isEmpty())
            villages.emplace(g.cell.village, g.cell.township);
    }
    REQUIRE(villages.size() >= 2);
    core::VillagePatroller p { QStringLiteral("陈建国"), villages.begin()->second, villages.begin()->first,
        QPointF(read.cells[0].cell.centroid), true, { QDate(2024, 6, 5) } };
    store.setVillagePatroller(p);
    CHECK_THROWS_AS(store.setVillagePatroller({ QStringLiteral("x"), {}, QStringLiteral("无此村"), {}, false, {} }),
        core::InputError);
    const auto stored = store.villagePatrollers();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].name == p.name);
    CHECK(stored[0].village == p.village);
    CHECK(stored[0].weekendsOff);
    CHECK(stored[0].daysOff == p.daysOff);
    REQUIRE(stored[0].base.has_value());
    CHECK(stored[0].base->x() == Approx(p.base->x()));

    core::PlanOptions options;
    options.start = QDate(2024, 6, 3);
    options.days = 7;
    const core::PatrolPlanner planner(options);
    const core::PatrolPlan plan = planner.plan(cells, {}, stored);
    CHECK(plan.villagePatrols.size() == 4); // Mon, Tue, Thu, Fri: Wed off, weekend off
    store.savePlan(plan, {}, {});
    const auto back = store.currentPlan();
    REQUIRE(back.has_value());
    REQUIRE(back->villagePatrols.size() == plan.villagePatrols.size());
    for (size_t i = 0; i < plan.villagePatrols.size(); ++i) {
        CHECK(back->villagePatrols[i].date == plan.villagePatrols[i].date);
        CHECK(back->villagePatrols[i].village == plan.villagePatrols[i].village);
        CHECK(back->villagePatrols[i].patroller == plan.villagePatrols[i].patroller);
        CHECK(back->villagePatrols[i].cellIds == plan.villagePatrols[i].cellIds);
        CHECK(back->villagePatrols[i].lengthM == Approx(plan.villagePatrols[i].lengthM));
        CHECK(back->villagePatrols[i].reason == plan.villagePatrols[i].reason);
    }
    REQUIRE(back->villageShortfalls.size() == plan.villageShortfalls.size());
    CHECK(back->villageShortfalls.size() == villages.size() - 1 + 3); // the unstaffed villages, 3 days off
    for (size_t i = 0; i < plan.villageShortfalls.size(); ++i) {
        CHECK(back->villageShortfalls[i].village == plan.villageShortfalls[i].village);
        CHECK(back->villageShortfalls[i].from == plan.villageShortfalls[i].from);
        CHECK(back->villageShortfalls[i].to == plan.villageShortfalls[i].to);
    }
    CHECK(back->shortfalls.size() == plan.shortfalls.size());
    // Re-planning from Thursday must keep Monday–Wednesday's village patrols.
    const QDate today(2024, 6, 6);
    core::PatrolPlan tampered = planner.replan(*back, cells, {}, today, stored);
    store.savePlan(tampered, today, {});
    tampered.villagePatrols.front().cellIds.removeLast();
    CHECK_THROWS_AS(store.savePlan(tampered, today, {}), core::InputError);
    CHECK_THROWS_AS(exec(fixture.path, QStringLiteral("DELETE FROM patrol_village_patrols")), core::InputError);
    CHECK(actions(project, QStringLiteral("village_patroller")) == QStringList { QStringLiteral("create") });
}

TEST_CASE("Grid, officers and plans round-trip through the project, past days of a plan are kept", "[project][patrol]")
{
    SampleProjectFixture fixture(true);
    ProjectStore &project = *fixture.store;
    PatrolRecords &store = project.patrol();
    const PatrolGrid &made = shichengGrid();
    REQUIRE(made.cells.size() > 10);
    ProjectGrid::replace(project, copyOf(made));
    const PatrolGrid read = store.grid();
    REQUIRE(read.cells.size() == made.cells.size());
    CHECK(read.cellSizeM == 1000);
    for (size_t i = 0; i < made.cells.size(); ++i) {
        const core::PatrolCell &a = made.cells[i].cell, &b = read.cells[i].cell;
        CHECK(b.id == a.id);
        CHECK(b.village == a.village);
        CHECK(b.basicFarmlandM2 == Approx(a.basicFarmlandM2).margin(1e-6));
        CHECK(b.cultivatedM2 == Approx(a.cultivatedM2).margin(1e-6));
        CHECK(b.homesteadDistanceM.has_value() == a.homesteadDistanceM.has_value());
        CHECK(b.incidentDates == a.incidentDates);
        CHECK(areaOf(read.cells[i].geometry.get()) == Approx(areaOf(made.cells[i].geometry.get())).epsilon(1e-9));
    }
    // GDAL (and so QGIS) reads the grid as a layer of the project.
    ReadOptions layerOptions;
    layerOptions.layerName = QStringLiteral("grid_cells");
    CHECK(readLayer(fixture.path, layerOptions).featureCount() == int(made.cells.size()));

    const size_t half = made.cells.size() / 2;
    store.setOfficer(officer(QStringLiteral("王明"), made, 0, half));
    core::Officer zhao = officer(QStringLiteral("赵丽"), made, half, made.cells.size());
    const QString village = made.cells.back().cell.village;
    zhao.cellIds.clear();
    store.setOfficer(zhao, { village });
    const auto team = store.officers();
    REQUIRE(team.size() == 2);
    CHECK(team[0].officer.name == QStringLiteral("王明"));
    CHECK(team[0].officer.calendar.holidays().contains(QDate(2024, 6, 10)));
    CHECK(team[0].officer.cellIds.size() == int(half));
    CHECK(team[1].villages == QStringList { village });
    for (const QString &id : team[1].officer.cellIds) {
        const auto it = std::find_if(made.cells.begin(), made.cells.end(), [&](const GridCell &g) { return g.cell.id == id; });
        REQUIRE(it != made.cells.end());
        CHECK(it->cell.village == village);
    }
    CHECK_THROWS_AS(store.setOfficer(officer(QStringLiteral("x"), made, 0, 1), { QStringLiteral("无此村") }), core::InputError);

    std::vector<core::Officer> officers;
    std::vector<core::PatrolCell> cells;
    for (const auto &r : team)
        officers.push_back(r.officer);
    for (const GridCell &g : read.cells)
        cells.push_back(g.cell);
    core::PlanOptions options;
    options.start = QDate(2024, 6, 3);
    const core::PatrolPlanner planner(options);
    const core::PatrolPlan plan = planner.plan(cells, officers);
    store.savePlan(plan, {}, {});
    const auto stored = store.currentPlan();
    REQUIRE(stored.has_value());
    CHECK(stored->visits.size() == plan.visits.size());
    CHECK(stored->routes.size() == plan.routes.size());
    CHECK(stored->shortfalls.size() == plan.shortfalls.size());
    for (const core::DayRoute &r : plan.routes) {
        QStringList storedCells;
        for (const core::PlannedVisit &v : stored->day(r.officer, r.date))
            storedCells << v.cellId;
        CHECK(storedCells == r.cellIds);
    }
    // Re-planning from 6 June keeps 3–5 June as they were; a plan that changes them is refused.
    const QDate today(2024, 6, 6);
    const core::PatrolPlan again = planner.replan(*stored, cells, officers, today);
    store.savePlan(again, today, {});
    core::PatrolPlan tampered = again;
    REQUIRE(!tampered.visits.empty());
    tampered.visits.front().cellId = tampered.visits.back().cellId + QStringLiteral("x");
    CHECK_THROWS_AS(store.savePlan(tampered, today, {}), core::InputError);
    CHECK_THROWS_AS(exec(fixture.path, QStringLiteral("UPDATE patrol_visits SET cell_id = 'x'")), core::InputError);
    CHECK(actions(project, QStringLiteral("patrol_grid")) == QStringList { QStringLiteral("create") });
    CHECK(actions(project, QStringLiteral("patrol_officer"))
        == (QStringList { QStringLiteral("create"), QStringLiteral("create") }));
    CHECK(actions(project, QStringLiteral("patrol_plan")).size() == 2);
    CHECK(project.verifyLog().intact());
}

TEST_CASE("Open cases per cell come from the store and drop when a case is dismissed", "[project][patrol]")
{
    SampleProjectFixture fixture(true); // every incident has its case open at the clue
    ProjectStore &project = *fixture.store;
    ProjectGrid::replace(project, copyOf(shichengGrid()));
    const PatrolGrid before = CellStatus::grid(project);
    int total = 0;
    const core::PatrolCell *withIncident = nullptr;
    for (const GridCell &g : before.cells) {
        // Each incident overlapping the cell has its own open case, so at least that many count.
        CHECK(g.cell.openCases >= int(g.cell.incidentDates.size()));
        total += g.cell.openCases;
        if (!withIncident && g.cell.incidentDates.size() == 1)
            withIncident = &g.cell;
    }
    CHECK(total > 0);
    REQUIRE(withIncident);
    // The incident in that cell, found by its geometry.
    QString caseId;
    for (const IncidentRecord &incident : project.incidents(true)) {
        const auto cellIt = std::find_if(before.cells.begin(), before.cells.end(),
            [&](const GridCell &g) { return g.cell.id == withIncident->id; });
        char overlaps = 0;
        overlaps = GEOSIntersects_r(geosContext(), cellIt->geometry.get(), incident.geometry.get());
        if (overlaps == 1 && incident.discoveryDate == withIncident->incidentDates.front())
            caseId = incident.id;
    }
    REQUIRE(!caseId.isEmpty());
    core::CaseStep dismiss;
    dismiss.action = core::CaseAction::Dismiss;
    dismiss.when = project.caseFile(caseId)->steps().last().when.addDays(1);
    dismiss.actor = { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") };
    const core::TransitionResult result = project.advanceCase(caseId, dismiss, core::CaseWorkflow(), kAnyRevision);
    INFO(result.message().toStdString());
    REQUIRE(result.accepted);
    const PatrolGrid after = CellStatus::grid(project);
    for (size_t i = 0; i < after.cells.size(); ++i)
        if (after.cells[i].cell.id == withIncident->id)
            CHECK(after.cells[i].cell.openCases == before.cells[i].cell.openCases - 1);
}

TEST_CASE("A GPX track walked along a planned route is stored, covers its cells and dates their last patrol", "[project][patrol]")
{
    SampleProjectFixture fixture(true);
    ProjectStore &project = *fixture.store;
    PatrolRecords &store = project.patrol();
    ProjectGrid::replace(project, copyOf(shichengGrid()));
    const PatrolGrid grid = store.grid();
    store.setOfficer(officer(QStringLiteral("王明"), grid, 0, 3)); // tracks are of the project's own officers
    // Through the centres of the first three cells, then back.
    const std::vector<QPointF> path { grid.cells[0].cell.centroid, grid.cells[1].cell.centroid,
        grid.cells[2].cell.centroid, grid.cells[0].cell.centroid };
    QTemporaryDir dir;
    const QString gpx = dir.filePath(QStringLiteral("walk.gpx"));
    QFile file(gpx);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(SamplePatrol::walkGpx(path, grid.epsg, QDateTime(QDate(2024, 6, 4), QTime(0, 30), Qt::UTC)));
    file.close();
    const TrackImport imported = TrackImporter::run(project, gpx, QStringLiteral("王明"));
    CHECK(imported.track.gaps.isEmpty()); // 25 m steps at walking pace: no jump, no hole
    REQUIRE(!imported.records.empty());
    CHECK_THROWS_AS(TrackImporter::run(project, gpx, QStringLiteral("王明")), core::InputError); // same bytes
    StoredTrack stranger = imported.track;
    stranger.officer = QStringLiteral("无名");
    CHECK_THROWS_AS(store.addTrack(stranger, "<gpx/>", {}), core::InputError); // nobody of the project
    const PatrolTrack back = TrackImporter::read(project, imported.track.id);
    CHECK(int(back.points.size()) == imported.track.points);
    // The walk reproduced: the first fix is the first centroid to a few millimetres.
    CHECK(back.points.front().xy.x() == Approx(path.front().x()).margin(0.01));
    CHECK(back.points.front().xy.y() == Approx(path.front().y()).margin(0.01));
    CHECK(store.records(QDate(2024, 6, 4), QDate(2024, 6, 4)).size() == imported.records.size());
    CHECK(store.records(QDate(2024, 6, 5), {}).empty());
    const PatrolGrid after = CellStatus::grid(project, QDate(2024, 6, 30), 0.0);
    std::map<QString, QDate> last;
    for (const GridCell &g : after.cells)
        last[g.cell.id] = g.cell.lastPatrol;
    for (const core::CellCoverage &r : imported.records)
        CHECK(last[r.cellId] == QDate(2024, 6, 4));
    const auto farmed = std::find_if(grid.cells.begin(), grid.cells.end(), [](const GridCell &g) { return g.cell.cultivatedM2 > 0; });
    REQUIRE(farmed != grid.cells.end());
    store.markVisit(farmed->cell.id, QStringLiteral("王明"), QDate(2024, 6, 7));
    CHECK(store.records(QDate(2024, 6, 7), {}).front().share() == Approx(1.0));
    CHECK(actions(project, QStringLiteral("patrol_track")) == QStringList { QStringLiteral("import") });
    CHECK(actions(project, QStringLiteral("patrol_record")) == QStringList { QStringLiteral("mark") });
    CHECK(project.verifyLog().intact());
}
