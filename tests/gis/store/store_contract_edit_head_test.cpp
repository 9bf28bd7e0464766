// SPDX-License-Identifier: MIT
// Store contract: an edit's appends (inOneEdit, one transaction) chain after the head they left
// without reading it back, and write the head rows once at the end (EditLogHead,
// docs/design/edit-log-head.md). A head or key remembered wrongly — across a rollback, across
// edits, past another store's append — forks the chain: verifyLog() or the server catches it.
#include "contract_fixture.h"
#include "core/input_error.h"
#include "log_evidence_fixture.h"

using namespace fg;
using namespace fg::test::contract;

namespace {

QString key(int k)
{
    return QStringLiteral("edit-head-%1").arg(k);
}

/// Every event after the first one follows the one before it, the head rows name the last one,
/// and the log verifies.
void requireOneChain(const gis::ProjectStore &store)
{
    const QList<core::AuditEvent> events = store.events();
    REQUIRE_FALSE(events.isEmpty());
    for (qsizetype i = 1; i < events.size(); ++i) {
        CHECK(events[i].seq == events[i - 1].seq + 1);
        CHECK(events[i].prevHash == events[i - 1].hash);
    }
    const std::optional<core::ChainAnchor> head = store.logHead();
    REQUIRE(head);
    CHECK(head->seq == events.last().seq);
    CHECK(head->hash == events.last().hash);
    CHECK(store.verifyLog().intact());
}

} // namespace

STORE_CONTRACT("two edits in a row chain their events one after another, the head read inside each edit its last event")
{
    const auto store = newProject(backend);
    for (int edit = 0; edit < 2; ++edit) {
        store->inOneEdit([&] {
            store->setSetting(key(10 * edit), QStringLiteral("a"));
            addIncidentWithCase(*store, QStringLiteral("I-%1").arg(edit), QStringLiteral("C-%1").arg(edit));
            // Read inside the edit: the head rows already name the last event.
            const std::optional<core::ChainAnchor> head = store->logHead();
            REQUIRE(head);
            CHECK(head->seq == store->events().last().seq);
            CHECK(head->hash == store->events().last().hash);
            store->setSetting(key(10 * edit + 1), QStringLiteral("b"));
            CHECK(store->verifyLog().intact());
        });
        requireOneChain(*store);
    }
    CHECK(store->setting(key(11)) == QStringLiteral("b"));
}

STORE_CONTRACT("an edit that fails half-way leaves the head as it was, and the next edit chains after it")
{
    if (backend.name() == QLatin1String("memory"))
        return; // the memory double's inOneEdit runs the body alone: it has nothing to roll back
    const auto store = newProject(backend);
    store->setSetting(key(0), QStringLiteral("before"));
    const std::optional<core::ChainAnchor> before = store->logHead();
    const qsizetype count = eventCount(*store);
    CHECK_THROWS_AS(store->inOneEdit([&] {
        store->setSetting(key(1), QStringLiteral("lost"));
        addIncidentWithCase(*store);
        throw core::InputError(QStringLiteral("test"), QStringLiteral("half-way"));
    }),
        core::InputError);
    REQUIRE(store->logHead());
    CHECK(store->logHead()->seq == before->seq);
    CHECK(store->logHead()->hash == before->hash);
    CHECK(eventCount(*store) == count);
    CHECK(store->setting(key(1)).isNull());
    store->inOneEdit([&] {
        store->setSetting(key(2), QStringLiteral("after"));
        addIncidentWithCase(*store);
    });
    CHECK(eventCount(*store) == count + 3);
    CHECK(store->events()[count].prevHash == before->hash);
    requireOneChain(*store);
}

STORE_CONTRACT("a part of an edit that fails after logging takes its event back, and the edit chains on the event before it")
{
    const auto store = newProject(backend);
    const qsizetype count = eventCount(*store);
    store->inOneEdit([&] {
        addIncidentWithCase(*store); // I-1 with C-1: two events
        // I-2's create event is appended, then its case (C-1 again) is refused: the part rolls
        // back with the event, inside the edit that goes on.
        CHECK_THROWS_AS(store->addIncident(incident(QStringLiteral("I-2"), 200, 0, 300, 100),
                            clueCase(QStringLiteral("C-1"), { QStringLiteral("I-2") })),
            core::InputError);
        store->setSetting(key(1), QStringLiteral("on"));
        CHECK_THROWS_AS(store->addIncident(incident(QStringLiteral("I-3"), 400, 0, 500, 100),
                            clueCase(QStringLiteral("C-1"), { QStringLiteral("I-3") })),
            core::InputError);
    });
    const QList<core::AuditEvent> events = store->events();
    REQUIRE(events.size() == count + 3);
    CHECK(events.last().entityId == key(1));
    CHECK(store->incidents().size() == 1);
    requireOneChain(*store);
}

STORE_CONTRACT("another store's append between two edits is chained after, not forked")
{
    const auto first = newProject(backend);
    const auto second = backend.openAgain(*first, townshipOfficer());
    first->inOneEdit([&] { first->setSetting(key(1), QStringLiteral("first")); });
    second->setSetting(key(2), QStringLiteral("second"));
    second->inOneEdit([&] { second->setSetting(key(3), QStringLiteral("second, in an edit")); });
    first->inOneEdit([&] {
        first->setSetting(key(4), QStringLiteral("first again"));
        first->setSetting(key(5), QStringLiteral("and again"));
    });
    second->setSetting(key(6), QStringLiteral("second again"));
    const QList<core::AuditEvent> events = first->events();
    REQUIRE(events.size() >= 6);
    CHECK(events[events.size() - 5].entityId == key(2));
    CHECK(events[events.size() - 5].who == townshipOfficer().name);
    CHECK(events.last().entityId == key(6));
    requireOneChain(*first);
    requireOneChain(*second);
    CHECK(first->logHead()->hash == second->logHead()->hash);
}

STORE_CONTRACT("an edit that keys the log seals its later events with the key, read after the keying")
{
    if (backend.name() == QLatin1String("memory"))
        return; // the memory double keeps no key
    const auto store = newProject(backend);
    store->inOneEdit([&] {
        store->setSetting(key(1), QStringLiteral("plain"));
        store->keyLog(test::evidence::officeKey());
        store->setSetting(key(2), QStringLiteral("keyed"));
    });
    store->inOneEdit([&] { store->setSetting(key(3), QStringLiteral("keyed too")); });
    gis::LogCheckOptions options;
    options.key = test::evidence::officeKey();
    options.data = false;
    const gis::LogCheck check = store->checkLog(options);
    CHECK(check.report.intact());
    CHECK(check.report.keyId == test::evidence::officeKey().id());
    requireOneChain(*store);
}
