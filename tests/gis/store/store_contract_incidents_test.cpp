// SPDX-License-Identifier: MIT
// Store contract: incidents, their queries, geometry edits and revisions.
#include "contract_fixture.h"
#include "core/store_errors.h"
#include "gis/store/log_check.h"

#include <QJsonObject>

using namespace fg;
using namespace fg::test::contract;

namespace {

std::vector<QString> ids(const std::vector<gis::IncidentRecord> &incidents)
{
    std::vector<QString> result;
    for (const gis::IncidentRecord &i : incidents)
        result.push_back(i.id);
    return result;
}

std::vector<QString> ids(std::initializer_list<const char *> names)
{
    std::vector<QString> result;
    for (const char *n : names)
        result.push_back(QString::fromLatin1(n));
    return result;
}

/// The last event in @p store's log.
core::AuditEvent lastEvent(const gis::ProjectStore &store)
{
    const QList<core::AuditEvent> events = store.events();
    REQUIRE_FALSE(events.isEmpty());
    return events.last();
}

} // namespace

STORE_CONTRACT("addIncident stores the incident and opens its case in the same edit: two events")
{
    const auto store = newProject(backend);
    const qsizetype before = eventCount(*store);
    const qint64 fid = store->addIncident(incident(QStringLiteral("I-1"), 0, 0, 100, 100),
        clueCase(QStringLiteral("C-1"), { QStringLiteral("I-1") }));
    CHECK(fid > 0);
    const std::vector<gis::IncidentRecord> all = store->incidents(true);
    REQUIRE(all.size() == 1);
    CHECK(all[0].fid == fid);
    CHECK(all[0].id == QStringLiteral("I-1"));
    CHECK(all[0].revision == 1);
    CHECK(all[0].changedBy == analyst().name);
    CHECK(all[0].changedAt.isValid());
    CHECK(all[0].township == QStringLiteral("龙溪镇"));
    CHECK(all[0].measures.measured);
    CHECK(all[0].measures.areaM2 == 10000.0);
    CHECK(area(all[0].geometry.get()) == Approx(10000.0).epsilon(1e-12));
    const std::optional<core::CaseFile> opened = store->caseFile(QStringLiteral("C-1"));
    REQUIRE(opened);
    CHECK(opened->incidentIds() == QStringList { QStringLiteral("I-1") });
    CHECK(opened->status() == core::CaseStatus::Clue);
    CHECK(opened->revision() == 1);
    CHECK(opened->changedBy() == analyst().name);
    const QList<core::AuditEvent> events = store->events();
    REQUIRE(events.size() == before + 2);
    CHECK(events[before].entity == QStringLiteral("incident"));
    CHECK(events[before].action == QStringLiteral("create"));
    CHECK(events[before + 1].entity == QStringLiteral("case"));
    CHECK(events[before + 1].action == QStringLiteral("open"));
    CHECK(store->verifyLog().intact());
}

STORE_CONTRACT("addIncident with an invalid case stores neither the incident nor the case")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store, QStringLiteral("I-0"), QStringLiteral("C-0"));
    const qsizetype before = eventCount(*store);
    const auto head = store->logHead();
    const auto refuse = [&](const core::CaseFile &file) {
        CHECK_THROWS_AS(
            store->addIncident(incident(QStringLiteral("I-1"), 0, 0, 100, 100), file), core::InputError);
        CHECK(store->incidents().size() == 1);
        CHECK(store->cases().size() == 1);
        CHECK(eventCount(*store) == before);
        CHECK(store->logHead()->hash == head->hash);
    };
    SECTION("the case does not list the incident")
    {
        refuse(clueCase(QStringLiteral("C-1"), { QStringLiteral("I-0") }));
    }
    SECTION("the case lists an incident the project does not have")
    {
        refuse(clueCase(QStringLiteral("C-1"), { QStringLiteral("I-1"), QStringLiteral("I-9") }));
    }
    SECTION("the case id is taken")
    {
        refuse(clueCase(QStringLiteral("C-0"), { QStringLiteral("I-1") }));
    }
    SECTION("the case has more than its clue")
    {
        core::CaseFile file = clueCase(QStringLiteral("C-1"), { QStringLiteral("I-1") });
        file.addTransfer(transfer(QStringLiteral("T1"), core::Department::PublicSecurity, at(2)));
        refuse(file);
    }
    CHECK(store->verifyLog().intact());
}

STORE_CONTRACT("a duplicate incident id, a missing id or a missing polygon is refused and changes nothing")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(store->addIncident(incident(QStringLiteral("I-1"), 500, 0, 600, 100), std::nullopt),
        core::InputError);
    CHECK_THROWS_AS(
        store->addIncident(incident(QString(), 500, 0, 600, 100), std::nullopt), core::InputError);
    gis::IncidentRecord empty = incident(QStringLiteral("I-2"), 500, 0, 600, 100);
    empty.geometry.reset();
    CHECK_THROWS_AS(store->addIncident(empty, std::nullopt), core::InputError);
    CHECK(store->incidents().size() == 1);
    CHECK(eventCount(*store) == before);
}

STORE_CONTRACT("incidents are selected by boxes (envelopes, touching counts) and by fids")
{
    const auto store = newProject(backend);
    const qint64 a = store->addIncident(incident(QStringLiteral("A"), 0, 0, 100, 100), std::nullopt);
    const qint64 b = store->addIncident(incident(QStringLiteral("B"), 300, 0, 400, 100), std::nullopt);
    const qint64 c = store->addIncident(incident(QStringLiteral("C"), 0, 300, 100, 400), std::nullopt);
    CHECK(ids(store->incidents()) == ids({ "A", "B", "C" }));
    gis::FeatureQuery query;
    query.boxes = { box(50, 50, 60, 60) };
    CHECK(ids(store->incidents(false, query)) == ids({ "A" }));
    query.boxes = { box(100, 0, 300, 10) }; // touches A's east edge and B's west edge
    CHECK(ids(store->incidents(false, query)) == ids({ "A", "B" }));
    query.boxes = { box(350, 50, 360, 60), box(50, 350, 60, 360) };
    CHECK(ids(store->incidents(false, query)) == ids({ "B", "C" }));
    // Boxes asked together (one statement on PostGIS): one that meets A twice over, one drawn
    // from its far corner, and one that meets nothing give A and B once each.
    query.boxes = { box(10, 10, 20, 20), box(15, 15, 90, 90), box(390, 90, 310, 10),
        box(5000, 5000, 5001, 5001) };
    CHECK(ids(store->incidents(false, query)) == ids({ "A", "B" }));
    query.boxes = { box(5000, 5000, 5100, 5100) };
    CHECK(store->incidents(false, query).empty());
    query.boxes.clear();
    query.fids = { c, a };
    CHECK(ids(store->incidents(false, query)) == ids({ "A", "C" }));
    query.boxes = { box(0, 0, 400, 100) }; // A and B by box, A and C by fid: A
    CHECK(ids(store->incidents(false, query)) == ids({ "A" }));
    CHECK_FALSE(store->incidents(false).front().geometry);
    query = {};
    query.fids = { b };
    const std::vector<gis::IncidentRecord> found = store->incidents(true, query);
    REQUIRE(found.size() == 1);
    CHECK(area(found[0].geometry.get()) == Approx(10000.0).epsilon(1e-12));
}

STORE_CONTRACT(
    "updateIncidentGeometry replaces the polygon and figures, bumps the revision and logs old and new")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const QJsonObject created
        = findEvent(*store, QStringLiteral("incident"), QStringLiteral("I-1"), QStringLiteral("create"))
              .newValue.toObject();
    const qsizetype before = eventCount(*store);
    gis::IncidentRecord reshaped = incident(QStringLiteral("I-1"), 0, 0, 200, 100); // 20000 m²
    reshaped.village = QStringLiteral("西沟村");
    store->updateIncidentGeometry(reshaped, 1);
    REQUIRE(eventCount(*store) == before + 1);
    const core::AuditEvent event = lastEvent(*store);
    CHECK(event.entity == QStringLiteral("incident"));
    CHECK(event.entityId == QStringLiteral("I-1"));
    CHECK(event.action == QStringLiteral("geometry"));
    const QJsonObject old = event.oldValue.toObject(), now = event.newValue.toObject();
    CHECK(old.value(QStringLiteral("geometry_sha256")).toString()
        == created.value(QStringLiteral("geometry_sha256")).toString());
    CHECK(old.value(QStringLiteral("geometry_sha256")).toString().size() == 64);
    CHECK(now.value(QStringLiteral("geometry_sha256")).toString()
        != old.value(QStringLiteral("geometry_sha256")).toString());
    CHECK(area(gis::fromWkt(old.value(QStringLiteral("geometry_wkt")).toString()).get())
        == Approx(10000.0).epsilon(1e-9));
    CHECK(area(gis::fromWkt(now.value(QStringLiteral("geometry_wkt")).toString()).get())
        == Approx(20000.0).epsilon(1e-9));
    CHECK(old.value(QStringLiteral("measures")).toObject().value(QStringLiteral("area_m2")).toDouble()
        == 10000.0);
    CHECK(now.value(QStringLiteral("measures")).toObject().value(QStringLiteral("area_m2")).toDouble()
        == 20000.0);
    CHECK(now.value(QStringLiteral("village")).toString() == QStringLiteral("西沟村"));
    const std::vector<gis::IncidentRecord> stored = store->incidents(true);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].revision == 2);
    CHECK(stored[0].village == QStringLiteral("西沟村"));
    CHECK(stored[0].measures.areaM2 == 20000.0);
    CHECK(area(stored[0].geometry.get()) == Approx(20000.0).epsilon(1e-12));
    CHECK(stored[0].party == QStringLiteral("张三")); // attributes outside the edit stay
    // The geometry hashes chain: the next edit's old hash is this edit's new one.
    store->updateIncidentGeometry(incident(QStringLiteral("I-1"), 0, 0, 100, 100), 2);
    const QJsonObject again = lastEvent(*store).oldValue.toObject();
    CHECK(again.value(QStringLiteral("geometry_sha256")).toString()
        == now.value(QStringLiteral("geometry_sha256")).toString());
    CHECK(lastEvent(*store).newValue.toObject().value(QStringLiteral("geometry_sha256")).toString()
        == created.value(QStringLiteral("geometry_sha256")).toString());
    CHECK(store->verifyLog().intact());
}

STORE_CONTRACT("updateIncidentGeometry refuses an unknown incident and a missing polygon")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(
        store->updateIncidentGeometry(incident(QStringLiteral("I-9"), 0, 0, 10, 10), gis::kAnyRevision),
        core::InputError);
    gis::IncidentRecord empty = incident(QStringLiteral("I-1"), 0, 0, 10, 10);
    empty.geometry.reset();
    CHECK_THROWS_AS(store->updateIncidentGeometry(empty, gis::kAnyRevision), core::InputError);
    CHECK(eventCount(*store) == before);
    CHECK(store->incidents().front().revision == 1);
}

STORE_CONTRACT("a stale incident revision is refused naming who changed it and when, and nothing is written")
{
    const auto first = newProject(backend);
    addIncidentWithCase(*first);
    const auto second = backend.openAgain(*first, townshipOfficer());
    const qint64 seen = first->incidents().front().revision;
    second->updateIncidentGeometry(incident(QStringLiteral("I-1"), 0, 0, 200, 100), seen);
    const gis::IncidentRecord winner = std::move(first->incidents().front());
    CHECK(winner.revision == seen + 1);
    CHECK(winner.changedBy == townshipOfficer().name);
    const qsizetype before = eventCount(*first);
    try {
        first->updateIncidentGeometry(incident(QStringLiteral("I-1"), 0, 0, 300, 100), seen);
        FAIL("a stale revision was written");
    } catch (const core::ConflictError &conflict) {
        CHECK(conflict.changedBy() == townshipOfficer().name);
        CHECK(conflict.changedAt() == winner.changedAt);
        CHECK(conflict.feature() == QStringLiteral("I-1"));
    }
    CHECK(eventCount(*first) == before);
    const std::vector<gis::IncidentRecord> now = first->incidents(true);
    CHECK(now.front().revision == winner.revision);
    CHECK(area(now.front().geometry.get()) == Approx(20000.0).epsilon(1e-12));
    // kAnyRevision (imports, generators) is not checked.
    first->updateIncidentGeometry(incident(QStringLiteral("I-1"), 0, 0, 300, 100), gis::kAnyRevision);
    CHECK(first->incidents().front().revision == winner.revision + 1);
}

STORE_CONTRACT("partyIncidents gives each incident's party and the status of its newest case")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    store->addIncident(
        incident(QStringLiteral("I-2"), 300, 0, 400, 100, QStringLiteral("龙溪镇"), QString()), std::nullopt);
    store->advanceCase(QStringLiteral("C-1"), step(core::CaseAction::Dismiss, at(2)), core::CaseWorkflow(),
        gis::kAnyRevision);
    store->openCase(clueCase(QStringLiteral("C-2"), { QStringLiteral("I-1") })); // taken up again
    const QList<core::PartyIncident> parties = store->partyIncidents();
    REQUIRE(parties.size() == 2);
    CHECK(parties[0].incidentId == QStringLiteral("I-1"));
    CHECK(parties[0].partyId == QStringLiteral("张三"));
    REQUIRE(parties[0].caseStatus);
    CHECK(*parties[0].caseStatus == core::CaseStatus::Clue);
    CHECK(parties[1].incidentId == QStringLiteral("I-2"));
    CHECK(parties[1].partyId.isEmpty());
    CHECK_FALSE(parties[1].caseStatus);
}

STORE_CONTRACT("an incident keeps its party's ID number and its net-of-田坎 figures, through a reshape and in the log")
{
    const auto store = newProject(backend);
    gis::IncidentRecord first = incident(QStringLiteral("I-1"), 0, 0, 100, 100);
    first.partyIdNumber = QStringLiteral("91140425MA0K0000XX");
    first.measures.netKnown = true;
    first.measures.cultivatedNetM2 = 4321.5;
    first.measures.cultivatedOutsideNetM2 = 1234.25;
    store->addIncident(first, std::nullopt);
    store->addIncident(incident(QStringLiteral("I-2"), 200, 0, 300, 100), std::nullopt); // neither known
    std::vector<gis::IncidentRecord> all = store->incidents(true);
    REQUIRE(all.size() == 2);
    CHECK(all[0].partyIdNumber == QStringLiteral("91140425MA0K0000XX"));
    CHECK(all[0].measures.netKnown);
    CHECK(all[0].measures.cultivatedNetM2 == 4321.5);
    CHECK(all[0].measures.cultivatedOutsideNetM2 == 1234.25);
    CHECK(all[1].partyIdNumber.isEmpty());
    CHECK_FALSE(all[1].measures.netKnown);
    // ID matching reads it through partyIncidents().
    bool matched = false;
    for (const core::PartyIncident &p : store->partyIncidents())
        matched = matched || (p.incidentId == QStringLiteral("I-1") && p.partyIdNumber == first.partyIdNumber);
    CHECK(matched);
    // A reshape measures again: the net figures follow the new shape, the ID number stays.
    gis::IncidentRecord reshaped = incident(QStringLiteral("I-1"), 0, 0, 50, 100);
    reshaped.measures.netKnown = true;
    reshaped.measures.cultivatedNetM2 = 2000;
    reshaped.measures.cultivatedOutsideNetM2 = 600;
    store->updateIncidentGeometry(reshaped, 1);
    all = store->incidents(true);
    CHECK(all[0].partyIdNumber == QStringLiteral("91140425MA0K0000XX"));
    CHECK(all[0].measures.cultivatedNetM2 == 2000);
    CHECK(all[0].measures.cultivatedOutsideNetM2 == 600);
    CHECK(store->verifyLog().intact());
    const gis::LogCheck check = store->checkLog();
    INFO((check.findings.empty() ? QString() : check.findings.front().message()).toStdString());
    CHECK(check.findings.empty());
}
