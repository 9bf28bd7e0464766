// SPDX-License-Identifier: MIT
// Store contract: the patrol tables (gis/store/patrol_records.h).
#include "contract_fixture.h"
#include "core/input_error.h"
#include "gis/store/patrol_records.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace fg;
using namespace fg::test::contract;

namespace {

QStringList cellIds(const gis::PatrolGrid &g)
{
    QStringList result;
    for (const gis::GridCell &c : g.cells)
        result << c.cell.id;
    return result;
}

/// A project with grid cells a, b, c (东庄村) and d (西沟村), and officer 王明 with cell a.
std::unique_ptr<gis::ProjectStore> patrolProject(fg::test::StoreBackend &backend)
{
    auto store = newProject(backend);
    gis::PatrolGrid g = grid({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    gis::PatrolGrid west = grid({ QStringLiteral("d") }, QStringLiteral("西沟村"));
    g.cells.push_back(std::move(west.cells.front()));
    store->patrol().replaceGrid(g, {});
    store->patrol().setOfficer(officer(QStringLiteral("王明"), { QStringLiteral("a") }));
    return store;
}

gis::StoredTrack track(const QString &officerName)
{
    gis::StoredTrack t;
    t.officer = officerName;
    t.fileName = QStringLiteral("20240502.gpx");
    t.points = 120;
    t.startedAt = QDateTime(QDate(2024, 5, 2), QTime(0, 30), Qt::UTC);
    t.endedAt = QDateTime(QDate(2024, 5, 2), QTime(2, 0), Qt::UTC);
    t.gaps = { QStringLiteral("gap") };
    t.sightM = 100;
    return t;
}

} // namespace

STORE_CONTRACT("replaceGrid stores the cells and gives each officer the cells named, logged per officer")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    CHECK(patrol.hasGrid());
    gis::PatrolGrid stored = patrol.grid();
    CHECK(stored.epsg == kEpsg);
    CHECK(stored.cellSizeM == 100);
    CHECK(cellIds(stored)
        == QStringList {
            QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") });
    CHECK(stored.cells[1].cell.cultivatedM2 == 10000);
    CHECK(stored.cells[1].cell.village == QStringLiteral("东庄村"));
    CHECK(area(stored.cells[1].geometry.get()) == Approx(10000.0).epsilon(1e-12));
    CHECK(stored.cells[0].cell.openCases == 0);
    CHECK_FALSE(stored.cells[0].cell.lastPatrol.isValid());

    patrol.setOfficer(officer(QStringLiteral("李华")));
    const qsizetype before = eventCount(*store);
    patrol.replaceGrid(grid({ QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3") }),
        { { QStringLiteral("王明"), { QStringLiteral("n1"), QStringLiteral("n3") } } });
    CHECK(eventCount(*store) == before + 3); // the grid, 李华 and 王明
    const std::vector<gis::PatrolOfficerRecord> team = patrol.officers();
    REQUIRE(team.size() == 2);
    CHECK(team[0].officer.name == QStringLiteral("李华")); // by name
    CHECK(team[0].officer.cellIds.isEmpty());
    CHECK(team[1].officer.cellIds == QStringList { QStringLiteral("n1"), QStringLiteral("n3") });
    CHECK(cellIds(patrol.grid())
        == QStringList { QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3") });
}

STORE_CONTRACT(
    "replaceGrid refuses another CRS, repeated cell ids and officer cells the grid lacks, and writes nothing")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    const qsizetype before = eventCount(*store);
    gis::PatrolGrid other = grid({ QStringLiteral("n1") });
    other.epsg = 4546;
    CHECK_THROWS_AS(patrol.replaceGrid(other, {}), core::InputError);
    CHECK_THROWS_AS(
        patrol.replaceGrid(grid({ QStringLiteral("n1"), QStringLiteral("n1") }), {}), core::InputError);
    CHECK_THROWS_AS(patrol.replaceGrid(grid({ QStringLiteral("n1") }),
                        { { QStringLiteral("王明"), { QStringLiteral("zz") } } }),
        core::InputError);
    CHECK(eventCount(*store) == before);
    CHECK(patrol.grid().cells.size() == 4);
    CHECK(patrol.officers().front().officer.cellIds == QStringList { QStringLiteral("a") });
}

STORE_CONTRACT("setOfficer refuses unknown cells and villages, a village's cells join the officer's own")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(
        patrol.setOfficer(officer(QStringLiteral("李华"), { QStringLiteral("zz") })), core::InputError);
    CHECK_THROWS_AS(
        patrol.setOfficer(officer(QStringLiteral("李华")), { QStringLiteral("北村") }), core::InputError);
    core::Officer idle = officer(QStringLiteral("李华"));
    idle.maxCellsPerDay = 0;
    CHECK_THROWS_AS(patrol.setOfficer(idle), core::InputError);
    CHECK(eventCount(*store) == before);
    patrol.setOfficer(officer(QStringLiteral("王明"), { QStringLiteral("d") }), { QStringLiteral("东庄村") });
    CHECK(eventCount(*store) == before + 1);
    CHECK(store->events().last().action == QStringLiteral("update"));
    const std::vector<gis::PatrolOfficerRecord> team = patrol.officers();
    REQUIRE(team.size() == 1);
    CHECK(team[0].villages == QStringList { QStringLiteral("东庄村") });
    CHECK(team[0].officer.cellIds
        == QStringList {
            QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
}

STORE_CONTRACT("a village has one patroller, a village no cell lies in, or a nameless patroller, is refused")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    core::VillagePatroller p { QStringLiteral("刘村"), QStringLiteral("龙溪镇"), QStringLiteral("东庄村"),
        std::nullopt, true, {} };
    patrol.setVillagePatroller(p);
    p.name = QStringLiteral("陈村");
    p.base = QPointF(kX + 10, kY + 10);
    patrol.setVillagePatroller(p); // replaces 刘村
    const qsizetype before = eventCount(*store);
    core::VillagePatroller nowhere = p;
    nowhere.village = QStringLiteral("北村");
    CHECK_THROWS_AS(patrol.setVillagePatroller(nowhere), core::InputError);
    core::VillagePatroller nameless = p;
    nameless.name.clear();
    CHECK_THROWS_AS(patrol.setVillagePatroller(nameless), core::InputError);
    CHECK(eventCount(*store) == before);
    const std::vector<core::VillagePatroller> patrollers = patrol.villagePatrollers();
    REQUIRE(patrollers.size() == 1);
    CHECK(patrollers[0].name == QStringLiteral("陈村"));
    CHECK(patrollers[0].weekendsOff);
    REQUIRE(patrollers[0].base);
    CHECK(patrollers[0].base->x() == kX + 10);
}

STORE_CONTRACT("savePlan keeps past days: a plan that changes a day before keptBefore is refused")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    CHECK_FALSE(patrol.currentPlan());
    const QStringList first { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    const qint64 id1
        = patrol.savePlan(plan(QStringLiteral("王明"), first), {}, { { QStringLiteral("days"), 3 } });
    // Re-planned on 3 May: 1 and 2 May stay as planned, 3 May changes.
    const qint64 id2 = patrol.savePlan(
        plan(QStringLiteral("王明"), { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") }),
        QDate(2024, 5, 3), {});
    CHECK(id2 > id1);
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(
        patrol.savePlan(plan(QStringLiteral("王明"), { QStringLiteral("c"), QStringLiteral("b") }),
            QDate(2024, 5, 3), {}),
        core::InputError);
    CHECK(eventCount(*store) == before);
    const std::optional<core::PatrolPlan> current = patrol.currentPlan();
    REQUIRE(current);
    REQUIRE(current->visits.size() == 3);
    CHECK(current->visits[0].cellId == QStringLiteral("a"));
    CHECK(current->visits[2].cellId == QStringLiteral("a"));
    CHECK(current->visits[2].date == QDate(2024, 5, 3));
    CHECK(current->start == QDate(2024, 5, 1));
    CHECK(current->end == QDate(2024, 5, 3));
    REQUIRE(current->routes.size() == 3);
    CHECK(current->routes[1].cellIds == QStringList { QStringLiteral("b") });
    CHECK(store->events().last().entity == QStringLiteral("patrol_plan"));
}

STORE_CONTRACT("addTrack keeps the GPX bytes once, with its records, the same bytes, an unknown officer or "
               "cell are refused")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    const QByteArray gpx("<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk/></gpx>");
    const gis::StoredTrack stored = patrol.addTrack(track(QStringLiteral("王明")), gpx,
        { { QStringLiteral("a"), QStringLiteral("王明"), QDate(2024, 5, 2), 10000, 2500 } });
    CHECK(stored.id > 0);
    CHECK(stored.sha256
        == QString::fromLatin1(QCryptographicHash::hash(gpx, QCryptographicHash::Sha256).toHex()));
    const std::vector<gis::StoredTrack> all = patrol.tracks();
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == stored.id);
    CHECK(all[0].officer == QStringLiteral("王明"));
    CHECK(all[0].fileName == QStringLiteral("20240502.gpx"));
    CHECK(all[0].sha256 == stored.sha256);
    CHECK(all[0].points == 120);
    CHECK(all[0].startedAt == track(QString()).startedAt);
    CHECK(all[0].gaps == QStringList { QStringLiteral("gap") });
    CHECK(patrol.trackGpx(stored.id) == gpx);
    CHECK(patrol.records().size() == 1);
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(patrol.addTrack(track(QStringLiteral("王明")), gpx, {}), core::InputError);
    CHECK_THROWS_AS(patrol.addTrack(track(QStringLiteral("无名")), gpx + " ", {}), core::InputError);
    CHECK_THROWS_AS(patrol.addTrack(track(QStringLiteral("王明")), gpx + " ",
                        { { QStringLiteral("zz"), QStringLiteral("王明"), QDate(2024, 5, 2), 1, 1 } }),
        core::InputError);
    CHECK_THROWS_AS(patrol.trackGpx(stored.id + 100), core::InputError);
    CHECK(eventCount(*store) == before);
    CHECK(patrol.tracks().size() == 1);
    CHECK(patrol.records().size() == 1);
}

STORE_CONTRACT("markVisit counts the cell's whole farmland as seen, records select by date range, by day")
{
    const auto store = patrolProject(backend);
    gis::PatrolRecords &patrol = store->patrol();
    patrol.markVisit(QStringLiteral("c"), QStringLiteral("王明"), QDate(2024, 5, 5));
    patrol.markVisit(QStringLiteral("a"), QStringLiteral("王明"), QDate(2024, 5, 1));
    patrol.markVisit(QStringLiteral("b"), QStringLiteral("王明"), QDate(2024, 5, 3));
    CHECK(store->events().last().entity == QStringLiteral("patrol_record"));
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(
        patrol.markVisit(QStringLiteral("zz"), QStringLiteral("王明"), QDate(2024, 5, 3)), core::InputError);
    CHECK_THROWS_AS(patrol.markVisit(QStringLiteral("a"), QStringLiteral("王明"), QDate()), core::InputError);
    CHECK(eventCount(*store) == before);
    const std::vector<core::CellCoverage> all = patrol.records();
    REQUIRE(all.size() == 3);
    CHECK(all[0].cellId == QStringLiteral("a")); // by day
    CHECK(all[0].farmlandM2 == 10000);
    CHECK(all[0].seenM2 == 10000);
    CHECK(all[0].share() == 1.0);
    CHECK(all[2].date == QDate(2024, 5, 5));
    CHECK(patrol.records(QDate(2024, 5, 1), QDate(2024, 5, 3)).size() == 2); // both ends included
    CHECK(patrol.records(QDate(2024, 5, 2), {}).size() == 2);
    CHECK(patrol.records({}, QDate(2024, 5, 2)).size() == 1);
    CHECK(patrol.records(QDate(2024, 5, 6), {}).empty());
}
