// SPDX-License-Identifier: MIT
#include "pg_test_server.h"

#include "core/cases/hash_chain.h"
#include "core/store_errors.h"
#include "gis/store/pg/pg_schema_p.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <atomic>
#include <thread>

using fg::gis::PgConnection;
using fg::gis::PgSchema;
using fg::gis::SqlTransaction;
using fg::gis::test::appendEvent;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

namespace {

void createProject(PgConnection &db)
{
    SqlTransaction transaction(db);
    PgSchema::create(db, 4547);
    transaction.commit();
}

qint64 count(const PgConnection &db, const QString &sql)
{
    auto rows = db.query(sql);
    return rows->next() ? rows->integer(0) : -1;
}

} // namespace

TEST_CASE("A new PostGIS project has the GeoPackage's tables and columns in the same order", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    createProject(*db);
    CHECK(PgSchema::isProject(*db));
    CHECK(PgSchema::version(*db) == PgSchema::kVersion);
    CHECK(PgSchema::workingEpsg(*db) == 4547);
    auto columns = [&db](const QString &table) {
        auto rows = db->query(QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                                             "information_schema.columns WHERE table_schema = ?1 AND table_name = ?2"),
            { db->schema(), table });
        return rows->next() ? rows->text(0) : QString();
    };
    CHECK(columns(QStringLiteral("incidents"))
        == QStringLiteral("fid,geom,incident_id,source,discovery_date,township,village,party,violation_type,description,"
                          "area_m2,basic_farmland_m2,cultivated_m2,cultivated_outside_m2,basic_farmland_mu,cultivated_mu,"
                          "verdict,area_method,revision,changed_by,changed_at,party_id_number,cultivated_net_m2,"
                          "cultivated_outside_net_m2"));
    CHECK(columns(QStringLiteral("cases"))
        == QStringLiteral("id,party_id,violation_type,threshold_flag,declared_major,crime_suspected_at,"
                          "misconduct_suspected_at,status,opened_seq,revision,changed_by,changed_at,township,declared_major_at"));
    CHECK(columns(QStringLiteral("accountability")).endsWith(QStringLiteral(",organ,document_no")));
    CHECK(columns(QStringLiteral("case_events")).endsWith(QStringLiteral(",joint_acceptor")));
    CHECK(columns(QStringLiteral("event_log"))
        == QStringLiteral("seq,at,who,role,entity,entity_id,action,old_value,new_value,prev_hash,hash,row_no"));
    // The GiST indexes of this schema only: pg_indexes decompiles every index of the database
    // (pg_get_indexdef) and fails when a parallel test drops another schema's table meanwhile.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM pg_class i JOIN pg_namespace n ON n.oid = i.relnamespace "
                                    "JOIN pg_am am ON am.oid = i.relam WHERE n.nspname = '%1' AND i.relkind = 'i' "
                                    "AND am.amname = 'gist'")
                         .arg(db->schema()))
        == 3); // incidents, grid_cells, approvals
    CHECK(columns(QStringLiteral("approvals"))
        == QStringLiteral("fid,geom,document_no,kind,approved_on,valid_from,valid_to,approved_use,township,source,"
                          "added_at,added_by"));
    CHECK_THROWS_AS(createProject(*db), fg::core::InputError); // the schema exists
}

TEST_CASE("The server keeps the chain: a stale or forged event is refused and the head moves with each append", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    createProject(*db);
    db->listen(PgSchema::channel(schema.name()));
    db->begin();
    const auto first = appendEvent(*db, QStringLiteral("甲"));
    db->commit();
    CHECK(first.seq == 1);
    CHECK(first.prevHash == fg::core::HashChain::genesis());
    CHECK(db->takeNotifications() == QStringList { QStringLiteral("1") });

    // A writer that did not look at the head: seq 1 again, after genesis.
    fg::core::AuditEvent stale = first;
    stale.who = QStringLiteral("乙");
    stale.hash = fg::core::HashChain::hashOf(stale);
    const auto insert = [&db](const fg::core::AuditEvent &e) {
        db->execute(QStringLiteral("INSERT INTO event_log VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'null', '{}', ?8, ?9)"),
            { e.seq, e.when, e.who, e.role, e.entity, e.entityId, e.action, e.prevHash, e.hash });
    };
    CHECK_THROWS_AS(insert(stale), fg::core::InputError);
    fg::core::AuditEvent forged = stale;
    forged.seq = 2; // right number, wrong link
    CHECK_THROWS_AS(insert(forged), fg::core::InputError);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM event_log")) == 1);

    db->begin();
    const auto second = appendEvent(*db, QStringLiteral("乙"));
    db->commit();
    CHECK(second.seq == 2);
    CHECK(second.prevHash == first.hash);
    auto head = db->query(QStringLiteral("SELECT seq, hash FROM fg_log_head()"));
    REQUIRE(head->next());
    CHECK(head->integer(0) == 2);
    CHECK(head->text(1) == second.hash);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('log_head_seq', 'log_head_hash')")) == 2);
    // The head moves with events only: an echo is harmless, a move by hand is refused.
    CHECK(db->execute(QStringLiteral("UPDATE settings SET value = value WHERE key = 'log_head_seq'")) == 1);
    CHECK_THROWS_AS(db->execute(QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'log_head_seq'")),
        fg::core::InputError);
    CHECK(count(*db, QStringLiteral("SELECT value::bigint FROM settings WHERE key = 'log_head_seq'")) == 2);
}

TEST_CASE("The audit log and case steps are append-only on the server too", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    createProject(*db);
    db->begin();
    appendEvent(*db, QStringLiteral("甲"));
    db->commit();
    try {
        db->execute(QStringLiteral("UPDATE event_log SET who = 'x'"));
        FAIL("the log was changed");
    } catch (const fg::core::InputError &error) {
        CHECK(error.problem().contains(QStringLiteral("append-only")));
    }
    CHECK_THROWS_AS(db->execute(QStringLiteral("DELETE FROM event_log")), fg::core::InputError);
    CHECK_THROWS_AS(db->script(QStringLiteral("TRUNCATE event_log")), fg::core::InputError);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM event_log WHERE who = '甲'")) == 1);
}

TEST_CASE("Concurrent appends queue on the head lock: the second writer gets seq + 1", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto a = schema.connect();
    auto b = schema.connect();
    createProject(*a);

    a->begin();
    const auto first = appendEvent(*a, QStringLiteral("A"));
    std::atomic<bool> bDone { false };
    fg::core::AuditEvent second;
    std::string bError;
    std::thread writer([&] {
        try {
            b->begin();
            second = appendEvent(*b, QStringLiteral("B")); // blocks on A's lock until A commits
            b->commit();
        } catch (const std::exception &error) {
            bError = error.what();
        }
        bDone = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const bool bWaited = !bDone; // B must still be waiting: A holds the head
    a->commit();
    writer.join();
    CHECK(bWaited);
    CHECK(bError.empty());
    CHECK(first.seq == 1);
    CHECK(second.seq == 2);
    CHECK(second.prevHash == first.hash);
    CHECK(count(*a, QStringLiteral("SELECT count(*) FROM event_log")) == 2);
}

TEST_CASE("Many writers on many connections make one unbroken chain", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto owner = schema.connect();
    createProject(*owner);
    constexpr int kWriters = 4, kEach = 25;
    std::vector<std::thread> writers;
    std::atomic<int> failures { 0 };
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&schema, &failures, w] {
            try {
                auto db = schema.connect();
                for (int i = 0; i < kEach; ++i) {
                    SqlTransaction transaction(*db);
                    appendEvent(*db, QStringLiteral("writer %1").arg(w));
                    transaction.commit();
                }
            } catch (...) {
                ++failures;
            }
        });
    }
    for (auto &writer : writers)
        writer.join();
    CHECK(failures == 0);
    QList<fg::core::AuditEvent> events;
    auto rows = owner->query(QStringLiteral("SELECT seq, at, who, role, entity, entity_id, action, prev_hash, hash "
                                            "FROM event_log ORDER BY seq"));
    while (rows->next()) {
        fg::core::AuditEvent e;
        e.seq = rows->integer(0);
        e.when = rows->text(1);
        e.who = rows->text(2);
        e.role = rows->text(3);
        e.entity = rows->text(4);
        e.entityId = rows->text(5);
        e.action = rows->text(6);
        e.oldValue = QJsonValue();
        e.newValue = QJsonObject { { QStringLiteral("n"), 1 } };
        e.prevHash = rows->text(7);
        e.hash = rows->text(8);
        events << e;
    }
    REQUIRE(events.size() == kWriters * kEach);
    const auto report = fg::core::HashChain::verify(events, fg::core::ChainAnchor { events.last().seq, events.last().hash });
    CHECK(report.intact());
}
