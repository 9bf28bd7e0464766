// SPDX-License-Identifier: MIT
// Store contract: addIncident with its pure part prepared ahead (an import prepares the next
// incidents on a second thread, docs/design/import-prepared-writes.md).
#include "contract_fixture.h"
#include "core/input_error.h"
#include "gis/store/prepared_incident.h"

#include <QJsonObject>

#include <thread>

using namespace fg;
using namespace fg::test::contract;

namespace {

/// The events after the first @p from, as (entity, id, action, new value) — what the two ways
/// of adding must log alike (times, seals and hashes follow from the times).
std::vector<std::tuple<QString, QString, QString, QJsonValue>> eventsAfter(
    const gis::ProjectStore &store, qsizetype from)
{
    std::vector<std::tuple<QString, QString, QString, QJsonValue>> result;
    const QList<core::AuditEvent> all = store.events();
    for (qsizetype i = from; i < all.size(); ++i)
        result.emplace_back(all[i].entity, all[i].entityId, all[i].action, all[i].newValue);
    return result;
}

} // namespace

STORE_CONTRACT(
    "addIncident with its values prepared on another thread logs and stores what addIncident alone does")
{
    const auto plain = newProject(backend);
    const auto prepared = newProject(backend);
    const qsizetype before = eventCount(*plain);
    REQUIRE(eventCount(*prepared) == before);
    for (int k = 1; k <= 3; ++k) {
        const QString id = QStringLiteral("I-%1").arg(k);
        const gis::IncidentRecord record = incident(id, 100.0 * k, 0, 100.0 * k + 80, 90);
        const core::CaseFile clue = clueCase(QStringLiteral("C-%1").arg(k), { id });
        plain->addIncident(record, clue);
        gis::PreparedIncident made;
        std::thread([&] { made = gis::prepareIncident(record, clue); }).join();
        CHECK(made.incidentId == id);
        CHECK(made.created.contains(QStringLiteral("geometry_sha256")));
        CHECK_FALSE(made.created.contains(QStringLiteral("fid"))); // known only once written
        prepared->addIncident(record, clue, made);
    }
    const auto logged = eventsAfter(*prepared, before);
    CHECK(logged.size() == 6);
    CHECK(logged == eventsAfter(*plain, before));
    CHECK(prepared->cases().size() == plain->cases().size());
    const std::vector<gis::IncidentRecord> a = plain->incidents(), b = prepared->incidents();
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].fid == b[i].fid);
        CHECK(a[i].attributesJson() == b[i].attributesJson());
    }
    CHECK(prepared->verifyLog().intact());
}

STORE_CONTRACT(
    "addIncident refuses values prepared for another incident or without its case, writing nothing")
{
    const auto store = newProject(backend);
    const qsizetype before = eventCount(*store);
    const gis::IncidentRecord first = incident(QStringLiteral("I-1"), 0, 0, 100, 100);
    const gis::IncidentRecord second = incident(QStringLiteral("I-2"), 200, 0, 300, 100);
    const core::CaseFile clue = clueCase(QStringLiteral("C-1"), { QStringLiteral("I-1") });
    CHECK_THROWS_AS(
        store->addIncident(first, clue, gis::prepareIncident(second, std::nullopt)), core::InputError);
    CHECK_THROWS_AS(
        store->addIncident(first, clue, gis::prepareIncident(first, std::nullopt)), core::InputError);
    CHECK_THROWS_AS(
        store->addIncident(first, std::nullopt, gis::prepareIncident(first, clue)), core::InputError);
    CHECK(eventCount(*store) == before);
    CHECK(store->incidents().empty());
    CHECK(store->cases().isEmpty());
    store->addIncident(first, clue, gis::prepareIncident(first, clue));
    CHECK(eventCount(*store) == before + 2);
}
