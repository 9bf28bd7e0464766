// SPDX-License-Identifier: MIT
#include "pg_test_server.h"

#include "core/store_errors.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/project_stores.h"
#include "gis/store/store_types.h"

#include <catch2/catch.hpp>

using fg::gis::PgConnection;
using fg::gis::PgRights;
using fg::gis::PgSchema;
using fg::gis::ProjectGrant;
using fg::gis::SqlTransaction;
using fg::gis::StoreRights;
using fg::gis::test::appendEvent;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

namespace {

qint64 count(const PgConnection &db, const QString &sql)
{
    auto rows = db.query(sql);
    return rows->next() ? rows->integer(0) : -1;
}

/// An incident and its case, in one edit with its event, as the store writes them.
void addIncidentAndCase(PgConnection &db, const QString &id, const QString &township)
{
    SqlTransaction transaction(db);
    db.execute(QStringLiteral("INSERT INTO incidents (geom, incident_id, township) VALUES "
                              "(ST_Multi(ST_MakeEnvelope(0, 0, 10, 10, 4547)), ?1, ?2)"),
        { id, township });
    db.execute(QStringLiteral("INSERT INTO cases (id, violation_type, threshold_flag, status, opened_seq, township) "
                              "VALUES (?1, 'other', 'not_assessed', 'clue', 1, ?2)"),
        { QStringLiteral("C-") + id, township });
    db.execute(QStringLiteral("INSERT INTO case_incidents SELECT ?1, fid FROM incidents WHERE incident_id = ?2"),
        { QStringLiteral("C-") + id, id });
    db.execute(QStringLiteral("INSERT INTO case_events (case_id, step_no, action, from_status, to_status, at, actor) "
                              "VALUES (?1, 0, 'record_clue', 'clue', 'clue', '2024-01-01', 'x')"),
        { QStringLiteral("C-") + id });
    appendEvent(db, QStringLiteral("officer"), QStringLiteral("incident"), id);
    transaction.commit();
}

void grant(PgConnection &owner, ProjectGrant::Kind kind, const QString &login, const QString &what = {})
{
    ProjectGrant g;
    g.kind = kind;
    g.login = login;
    if (kind == ProjectGrant::Kind::Township)
        g.township = what;
    if (kind == ProjectGrant::Kind::Department)
        g.department = what;
    PgRights::grant(owner, g);
}

} // namespace

TEST_CASE("Township, department and bureau logins see and write exactly their records", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto owner = schema.connect();
    {
        SqlTransaction transaction(*owner);
        PgSchema::create(*owner, 4547);
        transaction.commit();
    }
    const QString longxi = schema.login(QStringLiteral("longxi")), shicheng = schema.login(QStringLiteral("shicheng")),
                  police = schema.login(QStringLiteral("police")), analyst = schema.login(QStringLiteral("analyst"));
    grant(*owner, ProjectGrant::Kind::Township, longxi, QStringLiteral("龙溪镇"));
    grant(*owner, ProjectGrant::Kind::Township, shicheng, QStringLiteral("石城镇"));
    grant(*owner, ProjectGrant::Kind::Department, police, QStringLiteral("public_security"));
    grant(*owner, ProjectGrant::Kind::Bureau, analyst);
    auto t1 = schema.connectAs(longxi);
    auto t2 = schema.connectAs(shicheng);
    auto d = schema.connectAs(police);
    auto b = schema.connectAs(analyst);

    CHECK(PgRights::rights(*owner).scope == StoreRights::Scope::All);
    CHECK(PgRights::rights(*b).scope == StoreRights::Scope::All);
    CHECK(PgRights::rights(*t1).scope == StoreRights::Scope::Township);
    CHECK(PgRights::rights(*t1).township == QStringLiteral("龙溪镇"));
    CHECK(PgRights::rights(*d).scope == StoreRights::Scope::Department);
    CHECK(PgRights::rights(*d).department == QStringLiteral("public_security"));

    SECTION("a township writes its own records and nothing of another township")
    {
        addIncidentAndCase(*t1, QStringLiteral("I1"), QStringLiteral("龙溪镇"));
        CHECK_THROWS_AS(addIncidentAndCase(*t1, QStringLiteral("I2"), QStringLiteral("石城镇")), fg::core::PermissionDenied);
        CHECK(count(*owner, QStringLiteral("SELECT count(*) FROM incidents")) == 1);
        CHECK(count(*owner, QStringLiteral("SELECT count(*) FROM event_log")) == 1);
        CHECK(count(*t2, QStringLiteral("SELECT count(*) FROM incidents")) == 0);
        CHECK(count(*t2, QStringLiteral("SELECT count(*) FROM cases")) == 0);
        CHECK(count(*t2, QStringLiteral("SELECT count(*) FROM case_events")) == 0);
        CHECK(count(*t2, QStringLiteral("SELECT count(*) FROM event_log")) == 0);
        CHECK(count(*t1, QStringLiteral("SELECT count(*) FROM event_log")) == 1);
        CHECK(t2->execute(QStringLiteral("UPDATE incidents SET description = 'x'")) == 0);
        CHECK(count(*owner, QStringLiteral("SELECT count(*) FROM incidents WHERE description IS NULL")) == 1);
        // Moving its incident to another township is refused too.
        CHECK_THROWS_AS(t1->execute(QStringLiteral("UPDATE incidents SET township = '石城镇'")), fg::core::PermissionDenied);
        CHECK_THROWS_AS(t1->execute(QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")), fg::core::PermissionDenied);
        // Echoing the head the server moved is harmless; moving it elsewhere is refused.
        CHECK(t1->execute(QStringLiteral("INSERT INTO settings VALUES ('log_head_seq', '1') ON CONFLICT (key) DO UPDATE "
                                         "SET value = excluded.value")) == 1);
        CHECK_THROWS_AS(t1->execute(QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'log_head_seq'")),
            fg::core::InputError); // the server's head guard, before the township's policy
        CHECK(count(*owner, QStringLiteral("SELECT value::bigint FROM settings WHERE key = 'log_head_seq'")) == 1);
        CHECK(count(*t1, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'log_head_seq'")) == 1);
    }

    SECTION("a department reads only the cases transferred to it and adds its reply once")
    {
        addIncidentAndCase(*t1, QStringLiteral("I1"), QStringLiteral("龙溪镇"));
        addIncidentAndCase(*t2, QStringLiteral("I3"), QStringLiteral("石城镇"));
        CHECK(count(*b, QStringLiteral("SELECT count(*) FROM incidents")) == 2);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM cases")) == 0);
        b->execute(QStringLiteral("INSERT INTO transfers (case_id, id, department, sent_at, sent_by) "
                                  "VALUES ('C-I1', 'T1', 'public_security', '2024-01-02', 'analyst')"));
        b->execute(QStringLiteral("INSERT INTO transfers (case_id, id, department, sent_at, sent_by) "
                                  "VALUES ('C-I3', 'T2', 'agriculture', '2024-01-02', 'analyst')"));
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM cases")) == 1);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM cases WHERE id = 'C-I1'")) == 1);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM incidents WHERE incident_id = 'I1'")) == 1);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM incidents")) == 1);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM case_events")) == 1);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM transfers")) == 1);
        CHECK(count(*d, QStringLiteral("SELECT count(*) FROM accountability")) == 0);

        CHECK(d->execute(QStringLiteral("UPDATE transfers SET reply = '已立案', replied_at = '2024-01-03' "
                                        "WHERE case_id = 'C-I1' AND id = 'T1'"))
            == 1);
        CHECK(d->execute(QStringLiteral("UPDATE transfers SET reply = '改', replied_at = '2024-01-04' "
                                        "WHERE case_id = 'C-I1' AND id = 'T1'"))
            == 0); // answered already: not its to change any more
        CHECK_THROWS_AS(d->execute(QStringLiteral("UPDATE transfers SET note = 'x'")), fg::core::PermissionDenied);
        CHECK_THROWS_AS(d->execute(QStringLiteral("UPDATE cases SET status = 'closed'")), fg::core::PermissionDenied);
        CHECK_THROWS_AS(addIncidentAndCase(*d, QStringLiteral("I9"), QStringLiteral("龙溪镇")), fg::core::PermissionDenied);
        auto rows = owner->query(QStringLiteral("SELECT reply, note FROM transfers WHERE id = 'T1'"));
        REQUIRE(rows->next());
        CHECK(rows->text(0) == QStringLiteral("已立案"));
        CHECK(rows->text(1).isEmpty());
        CHECK(count(*owner, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'clue'")) == 2);
        // The server refuses a second reply even to the bureau.
        CHECK_THROWS_AS(b->execute(QStringLiteral("UPDATE transfers SET reply = 'y' WHERE id = 'T1'")), fg::core::InputError);
    }

    SECTION("a revoked login has no rights left")
    {
        grant(*owner, ProjectGrant::Kind::Revoke, shicheng);
        auto again = schema.connectAs(shicheng);
        CHECK_THROWS_AS(PgRights::rights(*again), fg::core::PermissionDenied);
        CHECK_THROWS_AS(again->query(QStringLiteral("SELECT count(*) FROM %1.incidents").arg(schema.name())),
            fg::core::PermissionDenied);
    }
}

TEST_CASE("A login never granted on the project is told so, naming it", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto owner = schema.connect();
    {
        SqlTransaction transaction(*owner);
        PgSchema::create(*owner, 4547);
        transaction.commit();
    }
    const QString stranger = schema.login(QStringLiteral("stranger"));
    owner->script(QStringLiteral("CREATE ROLE %1 LOGIN").arg(owner->identifier(stranger)));
    auto db = schema.connectAs(stranger);
    try {
        PgRights::rights(*db);
        FAIL("a stranger got rights");
    } catch (const fg::core::PermissionDenied &error) {
        CHECK(error.problem().contains(stranger));
    }
}
