// SPDX-License-Identifier: MIT
// Store contract: one event per change, the chain and its head, the operator on every event,
// two stores on one project, and the dump.
#include "contract_fixture.h"
#include "core/cases/case_workflow.h"
#include "dump_layout.h"
#include "gis/patrol/grid_cell.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_tables.h"
#include "recording_sink.h"

#include <QIODevice> // digest_sink.h uses it without including it

#include "digest_sink.h"

#include <functional>

using namespace fg;
using namespace fg::test::contract;

namespace {

struct Change
{
    const char *what;
    qsizetype events; ///< how many events the change appends
    std::function<void(gis::ProjectStore &)> run;
};

/// Every kind of change, each with the number of events the contract says it appends.
std::vector<Change> everyChange()
{
    const core::CaseWorkflow workflow;
    const QString c = QStringLiteral("C-1");
    const QByteArray gpx("<gpx>contract</gpx>");
    return {
        { "addIncident", 1,
            [](auto &s) { s.addIncident(incident(QStringLiteral("I-0"), 500, 0, 600, 100), std::nullopt); } },
        { "addIncident with its case", 2, [](auto &s) { addIncidentWithCase(s); } },
        { "updateIncidentGeometry", 1,
            [](auto &s) { s.updateIncidentGeometry(incident(QStringLiteral("I-1"), 0, 0, 200, 100), 1); } },
        { "openCase", 1,
            [](auto &s) { s.openCase(clueCase(QStringLiteral("C-2"), { QStringLiteral("I-0") })); } },
        { "advanceCase accepted", 1,
            [=](auto &s) { s.advanceCase(c, step(core::CaseAction::Verify, at(2)), workflow, 1); } },
        { "advanceCase refused", 0,
            [=](auto &s) { s.advanceCase(c, step(core::CaseAction::Close, at(3)), workflow, 2); } },
        { "setCaseFacts", 1,
            [=](auto &s) {
                gis::CaseFacts facts;
                facts.thresholdFlag = core::ThresholdFlag::Below;
                s.setCaseFacts(c, facts, 2);
            } },
        { "addTransfer", 1,
            [=](auto &s) {
                s.addTransfer(c, transfer(QStringLiteral("T1"), core::Department::Court, at(3)), 3);
            } },
        { "recordTransferReply", 1,
            [=](auto &s) { s.recordTransferReply(c, QStringLiteral("T1"), QStringLiteral("收到"), at(4)); } },
        { "addAccountability", 1,
            [=](auto &s) {
                s.addAccountability(
                    c, { QStringLiteral("赵某"), QStringLiteral("警告"), QDate(2024, 6, 1), core::AccountabilityOrgan::DisciplineInspection, QString() }, 5);
            } },
        { "addAttachment", 1,
            [](auto &s) { s.addAttachment(QStringLiteral("a.txt"), QStringLiteral("text/plain"), "a"); } },
        { "addAttachment, same bytes", 0,
            [](auto &s) { s.addAttachment(QStringLiteral("b.txt"), QStringLiteral("text/plain"), "a"); } },
        { "setSetting", 1, [](auto &s) { s.setSetting(QStringLiteral("k"), QStringLiteral("v")); } },
        { "replaceGrid, no officers", 1,
            [](auto &s) {
                s.patrol().replaceGrid(grid({ QStringLiteral("a"), QStringLiteral("b") }), {});
            } },
        { "setOfficer", 1,
            [](auto &s) {
                s.patrol().setOfficer(officer(QStringLiteral("王明"), { QStringLiteral("a") }));
            } },
        { "setVillagePatroller", 1,
            [](auto &s) {
                s.patrol().setVillagePatroller({ QStringLiteral("刘村"), QStringLiteral("龙溪镇"),
                    QStringLiteral("东庄村"), std::nullopt, false, {} });
            } },
        { "replaceGrid with one officer: grid and officer", 2,
            [](auto &s) {
                s.patrol().replaceGrid(grid({ QStringLiteral("x"), QStringLiteral("y") }),
                    { { QStringLiteral("王明"), { QStringLiteral("y") } } });
            } },
        { "savePlan", 1,
            [](auto &s) {
                s.patrol().savePlan(plan(QStringLiteral("王明"), { QStringLiteral("y") }), {}, {});
            } },
        { "addTrack", 1,
            [=](auto &s) {
                gis::StoredTrack t;
                t.officer = QStringLiteral("王明");
                t.fileName = QStringLiteral("t.gpx");
                s.patrol().addTrack(t, gpx,
                    { { QStringLiteral("x"), QStringLiteral("王明"), QDate(2024, 5, 2), 10000, 5000 } });
            } },
        { "markVisit", 1,
            [](auto &s) {
                s.patrol().markVisit(QStringLiteral("y"), QStringLiteral("王明"), QDate(2024, 5, 3));
            } },
    };
}

/// Runs every change on @p store, then dumps it.
RecordingSink changedAndDumped(gis::ProjectStore &store)
{
    for (const Change &change : everyChange())
        change.run(store);
    RecordingSink sink;
    store.dump(sink);
    return sink;
}

QByteArray digest(const gis::ProjectStore &store)
{
    gis::test::DigestSink sink;
    store.dump(sink);
    return sink.digest();
}

} // namespace

STORE_CONTRACT(
    "every change appends exactly its events, stamped with the operator, the chain and its head follow")
{
    const auto store = newProject(backend);
    for (const Change &change : everyChange()) {
        INFO(change.what);
        const qsizetype before = eventCount(*store);
        const std::optional<core::ChainAnchor> head = store->logHead();
        REQUIRE(head); // a new project's birth is logged
        change.run(*store);
        const QList<core::AuditEvent> events = store->events();
        REQUIRE(events.size() == before + change.events);
        CHECK(store->verifyLog().intact());
        const std::optional<core::ChainAnchor> now = store->logHead();
        REQUIRE(now);
        CHECK(now->seq == events.last().seq);
        CHECK(now->hash == events.last().hash);
        CHECK(now->seq == head->seq + change.events);
        for (qsizetype i = before; i < events.size(); ++i) {
            CHECK(events[i].who == analyst().name);
            CHECK(events[i].role == analyst().role);
            CHECK(events[i].seq == events[i - 1].seq + 1);
            CHECK(events[i].prevHash == events[i - 1].hash);
        }
    }
}

STORE_CONTRACT(
    "two stores on one project see each other's changes and write one chain, each event naming its operator")
{
    const auto first = newProject(backend);
    const auto second = backend.openAgain(*first, townshipOfficer());
    addIncidentWithCase(*first);
    REQUIRE(second->incidents().size() == 1);
    REQUIRE(second->caseFile(QStringLiteral("C-1")));
    second->advanceCase(
        QStringLiteral("C-1"), step(core::CaseAction::Verify, at(2)), core::CaseWorkflow(), 1);
    first->setSetting(QStringLiteral("k"), QStringLiteral("v"));
    CHECK(first->caseFile(QStringLiteral("C-1"))->status() == core::CaseStatus::Verified);
    CHECK(second->setting(QStringLiteral("k")) == QStringLiteral("v"));
    const QList<core::AuditEvent> events = first->events();
    REQUIRE(events.size() >= 4);
    CHECK(events[events.size() - 2].who == townshipOfficer().name);
    CHECK(events[events.size() - 2].role == townshipOfficer().role);
    CHECK(events.last().who == analyst().name);
    CHECK(first->logHead()->hash == second->logHead()->hash);
    CHECK(first->verifyLog().intact());
    CHECK(second->verifyLog().intact());
    CHECK(second->operatorIdentity().name == townshipOfficer().name);
}

STORE_CONTRACT("dump gives the same digest twice, the same after a refused edit, and another after an edit")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const QByteArray first = digest(*store);
    CHECK(first.size() == 64);
    CHECK(digest(*store) == first);
    store->advanceCase(QStringLiteral("C-1"), step(core::CaseAction::Close, at(2)), core::CaseWorkflow(), 1);
    CHECK_THROWS(store->addIncident(incident(QStringLiteral("I-1"), 0, 0, 1, 1), std::nullopt));
    CHECK(digest(*store) == first);
    store->setSetting(QStringLiteral("k"), QStringLiteral("v"));
    CHECK(digest(*store) != first);
}

STORE_CONTRACT(
    "dump sends the reference layers in map order, then the schema-5 domain tables with their columns")
{
    const auto store = newProject(backend);
    const RecordingSink sink = changedAndDumped(*store);
    CHECK(sink.ended());
    CHECK(sink.workingEpsg == kEpsg);
    CHECK(sink.schemaVersion == store->info().schemaVersion);
    CHECK(sink.schemaVersion >= 5);
    const std::vector<gis::ReferenceLayerInfo> reference = store->referenceLayers();
    const std::vector<ExpectedTable> &domain = expectedDomainTables();
    REQUIRE(sink.tables.size() == reference.size() + domain.size());
    for (size_t k = 0; k < reference.size(); ++k) {
        const RecordingSink::Table &t = sink.tables[k];
        CHECK(t.table.name == reference[k].table);
        CHECK(t.table.role == gis::DumpTable::Role::Reference);
        REQUIRE(t.table.columns.size() == reference[k].fields.size() + 2);
        CHECK(t.table.columns[0].name == QStringLiteral("fid"));
        CHECK(t.table.columns[1].kind == gis::DumpKind::Geometry);
        for (size_t f = 0; f < reference[k].fields.size(); ++f) {
            CHECK(t.table.columns[f + 2].name == reference[k].fields[f].name);
            CHECK(int(t.table.columns[f + 2].field) == int(reference[k].fields[f].type));
        }
        CHECK(qint64(t.rows.size()) == reference[k].featureCount);
    }
    for (size_t k = 0; k < domain.size(); ++k) {
        const RecordingSink::Table &t = sink.tables[reference.size() + k];
        INFO(domain[k].name);
        CHECK(t.table.name == QString::fromLatin1(domain[k].name));
        CHECK(t.table.role == gis::DumpTable::Role::Domain);
        const std::vector<gis::DumpColumn> columns = parseColumns(domain[k].columns);
        REQUIRE(t.table.columns.size() == columns.size());
        for (size_t c = 0; c < columns.size(); ++c) {
            CHECK(t.table.columns[c].name == columns[c].name);
            CHECK(int(t.table.columns[c].kind) == int(columns[c].kind));
        }
    }
}

STORE_CONTRACT("dump rows are the stored values: the log as stored, geometries as WKB, rows in key order")
{
    const auto store = newProject(backend);
    const RecordingSink sink = changedAndDumped(*store);
    const QList<core::AuditEvent> events = store->events();
    const RecordingSink::Table *log = sink.find(QStringLiteral("event_log"));
    REQUIRE(log);
    REQUIRE(log->rows.size() == size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i) {
        CHECK(log->rows[size_t(i)][0].toLongLong() == events[i].seq);
        CHECK(log->rows[size_t(i)][10].toString() == events[i].hash);
    }
    const RecordingSink::Table *incidents = sink.find(QStringLiteral("incidents"));
    REQUIRE(incidents);
    REQUIRE(incidents->rows.size() == 2);
    CHECK(incidents->rows[0][2].toString() == QStringLiteral("I-0"));
    const QByteArray wkb = incidents->rows[1][1].toByteArray();
    gis::GeosGeometryPtr reshaped(GEOSGeomFromWKB_buf_r(
        gis::geosContext(), reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size())));
    CHECK(area(reshaped.get()) == Approx(20000.0).epsilon(1e-12));
    CHECK(incidents->rows[1][18].toLongLong() == 2); // revision
    const RecordingSink::Table *transfers = sink.find(QStringLiteral("transfers"));
    REQUIRE(transfers);
    REQUIRE(transfers->rows.size() == 1);
    CHECK(transfers->rows[0][8].toString() == QStringLiteral("收到"));
    const RecordingSink::Table *tracks = sink.find(QStringLiteral("patrol_tracks"));
    REQUIRE(tracks);
    REQUIRE(tracks->rows.size() == 1);
    CHECK(tracks->rows[0][4].toByteArray() == QByteArray("<gpx>contract</gpx>"));
    const RecordingSink::Table *cells = sink.find(QStringLiteral("grid_cells"));
    REQUIRE(cells);
    REQUIRE(cells->rows.size() == 2);
    CHECK(cells->rows[0][2].toString() == QStringLiteral("x"));
}
