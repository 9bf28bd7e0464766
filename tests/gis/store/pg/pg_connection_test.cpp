// SPDX-License-Identifier: MIT
#include "pg_test_server.h"

#include "core/store_errors.h"
#include "gis/store/pg/pg_connection_p.h"

#include <catch2/catch.hpp>

#include <QUrl>

#include <cmath>
#include <limits>

using fg::gis::PgConnection;
using fg::gis::SqlParams;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

TEST_CASE("Numbered and bare SQLite parameters become $N outside literals, identifiers and comments", "[pg]")
{
    CHECK(PgConnection::rewritePlaceholders(QStringLiteral("SELECT ?1, ?2 WHERE a = ?1"))
        == QStringLiteral("SELECT $1, $2 WHERE a = $1"));
    CHECK(PgConnection::rewritePlaceholders(QStringLiteral("VALUES (?, ?, ?)")) == QStringLiteral("VALUES ($1, $2, $3)"));
    CHECK(PgConnection::rewritePlaceholders(QStringLiteral("VALUES (?3, ?)")) == QStringLiteral("VALUES ($3, $4)"));
    CHECK(PgConnection::rewritePlaceholders(QStringLiteral("SELECT '?1 it''s ?', \"a?b\", ?1 -- ?2\n, ?2"))
        == QStringLiteral("SELECT '?1 it''s ?', \"a?b\", $1 -- ?2\n, $2"));
    CHECK(PgConnection::rewritePlaceholders(QStringLiteral("SELECT E'\\'?', $$ ? $$, $t$ ?1 $t$, /* ? */ ?1"))
        == QStringLiteral("SELECT E'\\'?', $$ ? $$, $t$ ?1 $t$, /* ? */ $1"));
    CHECK(PgConnection::rewritePlaceholders(QStringLiteral("SELECT $1")) == QStringLiteral("SELECT $1"));
}

TEST_CASE("Parameters of every kind travel to the server and back unchanged", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    const QByteArray bytes("\x00\x01\xff binary\x7f", 12);
    const double awkward = 0.1 + 0.2;
    auto rows = db->query(QStringLiteral("SELECT ?1::bigint, ?2::float8, ?3::text, ?4::bytea, ?5::text IS NULL, ?6 + 1, "
                                         "?7::text, ?8::float8, ?3 = '龙溪镇'"),
        { qint64(1) << 40, awkward, QStringLiteral("龙溪镇"), bytes, QVariant(), 41, QStringLiteral("it's ?1"),
            -0.0 });
    REQUIRE(rows->next());
    CHECK(rows->integer(0) == (qint64(1) << 40));
    CHECK(rows->real(1) == awkward); // exact, not 0.30000000000000004 rounded
    CHECK(rows->text(2) == QStringLiteral("龙溪镇"));
    CHECK(rows->blob(3) == bytes);
    CHECK(rows->integer(4) == 1);
    CHECK(rows->integer(5) == 42);
    CHECK(rows->text(6) == QStringLiteral("it's ?1"));
    CHECK(std::signbit(rows->real(7)));
    CHECK(rows->integer(8) == 1);
    CHECK_FALSE(rows->next());
}

TEST_CASE("A value is never SQL: quotes and semicolons in a parameter stay text", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    db->script(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE t (v text)").arg(db->identifier(schema.name())));
    const QString evil = QStringLiteral("x'); DROP TABLE t; --");
    CHECK(db->execute(QStringLiteral("INSERT INTO t VALUES (?1)"), { evil }) == 1);
    auto rows = db->query(QStringLiteral("SELECT v FROM t"));
    REQUIRE(rows->next());
    CHECK(rows->text(0) == evil);
    CHECK(db->identifier(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
}

TEST_CASE("A transaction rolled back leaves nothing, a failed statement aborts the commit", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    db->script(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE t (v bigint PRIMARY KEY)").arg(db->identifier(schema.name())));
    {
        fg::gis::SqlTransaction transaction(*db);
        db->execute(QStringLiteral("INSERT INTO t VALUES (1)"));
        CHECK(db->inTransaction());
    } // destroyed without commit
    CHECK_FALSE(db->inTransaction());
    db->begin();
    CHECK_THROWS_AS(db->execute(QStringLiteral("INSERT INTO t VALUES (?1), (?1)"), { 2 }), fg::core::InputError);
    CHECK_THROWS_AS(db->commit(), fg::core::InputError); // answers ROLLBACK: never a silent loss
    db->beginRead();
    CHECK_THROWS_AS(db->execute(QStringLiteral("INSERT INTO t VALUES (3)")), fg::core::InputError);
    db->rollback();
    auto rows = db->query(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(rows->next());
    CHECK(rows->integer(0) == 0);
}

TEST_CASE("Server errors name the project and the problem, a refused right is PermissionDenied naming the login", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto owner = schema.connect();
    const QString login = schema.login(QStringLiteral("nobody"));
    owner->script(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE %1.t (v text); CREATE ROLE %2 LOGIN")
                      .arg(owner->identifier(schema.name()), owner->identifier(login)));
    try {
        owner->query(QStringLiteral("SELEC 1"));
        FAIL("a syntax error was accepted");
    } catch (const fg::core::InputError &error) {
        CHECK(error.file().contains(schema.name()));
        CHECK(error.problem().contains(QStringLiteral("syntax error")));
    }
    auto stranger = schema.connectAs(login);
    CHECK(stranger->login() == login);
    try {
        stranger->execute(QStringLiteral("INSERT INTO %1.t VALUES ('x')").arg(owner->identifier(schema.name())));
        FAIL("a write without the right was accepted");
    } catch (const fg::core::PermissionDenied &error) {
        CHECK(error.problem().contains(login));
    }
    auto rows = owner->query(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(rows->next());
    CHECK(rows->integer(0) == 0);
}

TEST_CASE("A server that cannot be reached gives one line naming host and port", "[pg]")
{
    // Port 1 on loopback: nothing listens there; no test server is needed.
    try {
        PgConnection db(QStringLiteral("postgresql://nobody:secret@127.0.0.1:1/farmguard?connect_timeout=2"),
            QStringLiteral("x"), QStringLiteral("postgresql://nobody@127.0.0.1:1/farmguard?schema=x"));
        FAIL("connected to port 1");
    } catch (const fg::core::InputError &error) {
        const QString message = error.message();
        CHECK(message.contains(QStringLiteral("cannot reach the FarmGuard server at 127.0.0.1:1")));
        CHECK_FALSE(message.contains(QStringLiteral("secret")));
        CHECK_FALSE(message.contains(QLatin1Char('\n')));
    }
}

TEST_CASE("An unknown service gives one line naming the service, not an empty host", "[pg]")
{
    // libpq fails on the service file before it picks a host; no test server is needed.
    qputenv("PGSERVICEFILE", "/nonexistent/farmguard-test-pg_service.conf");
    try {
        PgConnection db(QStringLiteral("postgresql://127.0.0.1:1/farmguard?service=fg_no_such_service"),
            QStringLiteral("x"), QStringLiteral("postgresql://127.0.0.1:1/farmguard?service=fg_no_such_service"));
        FAIL("connected through an unknown service");
    } catch (const fg::core::InputError &error) {
        const QString message = error.message();
        CHECK(message.contains(QStringLiteral("cannot connect to the FarmGuard server")));
        CHECK(message.contains(QStringLiteral("fg_no_such_service")));
        CHECK_FALSE(message.contains(QStringLiteral("at :")));
        CHECK_FALSE(message.contains(QLatin1Char('\n')));
    }
    qunsetenv("PGSERVICEFILE");
}

TEST_CASE("A streamed result reads row by row in binary and can be left early", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    {
        auto rows = db->stream(QStringLiteral("SELECT g::int4, g::int8 * 1000000000, g / 4.0::float8, 'r' || g, "
                                              "ST_AsBinary(ST_MakePoint(g, 2)), NULL::text FROM generate_series(1, ?1) g"),
            { 5000 });
        qint64 count = 0;
        while (rows->next()) {
            ++count;
            REQUIRE(rows->integer(0) == count);
            REQUIRE(rows->integer(1) == count * 1000000000);
            REQUIRE(rows->real(2) == double(count) / 4.0);
            REQUIRE(rows->text(3) == QStringLiteral("r%1").arg(count));
            REQUIRE(rows->blob(4).size() == 21); // WKB point
            REQUIRE(rows->isNull(5));
        }
        CHECK(count == 5000);
    }
    {
        auto rows = db->stream(QStringLiteral("SELECT g FROM generate_series(1, 10000000) g"));
        REQUIRE(rows->next());
    } // left after one row of ten million: cancelled
    auto after = db->query(QStringLiteral("SELECT 7"));
    REQUIRE(after->next());
    CHECK(after->integer(0) == 7);
}

TEST_CASE("COPY FROM STDIN loads rows and a bad row fails the whole copy", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    db->script(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE t (a bigint, b text)").arg(db->identifier(schema.name())));
    int produced = 0;
    const qint64 copied = db->copyIn(QStringLiteral("COPY t FROM STDIN"), [&produced](QByteArray &chunk) {
        for (int i = 0; i < 100; ++i, ++produced)
            chunk += QByteArray::number(produced) + "\tline " + QByteArray::number(produced) + "\n";
        return produced < 1000;
    });
    CHECK(copied == 1000);
    CHECK_THROWS_AS(db->copyIn(QStringLiteral("COPY t FROM STDIN"),
                        [](QByteArray &chunk) {
                            chunk = "1\tok\nnot a number\tbad\n";
                            return false;
                        }),
        fg::core::InputError);
    auto rows = db->query(QStringLiteral("SELECT count(*), max(a) FROM t"));
    REQUIRE(rows->next());
    CHECK(rows->integer(0) == 1000);
    CHECK(rows->integer(1) == 999);
}
