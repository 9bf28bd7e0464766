// SPDX-License-Identifier: MIT
// The connection's kept statements (SqliteConnection::prepared/release): a statement given back
// is kept under the text it was prepared from and handed out again, a few per text, with nothing
// of its last use left bound. An import runs the same ~20 texts once per incident through it.
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/sql/sql_rows_p.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace fg::gis;

namespace {

/// Statements alive on @p db (handed out or kept) whose text is @p sql.
int alive(const SqliteConnection &db, const QString &sql)
{
    int count = 0;
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(db.handle(), nullptr); stmt; stmt = sqlite3_next_stmt(db.handle(), stmt))
        count += QString::fromUtf8(sqlite3_sql(stmt)) == sql ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("A statement given back is kept under its text and handed out again, unbound", "[store][gpkg]")
{
    QTemporaryDir dir;
    SqliteConnection db(dir.filePath(QStringLiteral("cache.gpkg")), SqliteConnection::Mode::Create);
    db.script(QStringLiteral("CREATE TABLE t (name TEXT)"));
    // Non-ASCII text: the key must be the text as prepared, not a re-decoding of SQLite's copy.
    const QString insert = QStringLiteral("INSERT INTO t (name) VALUES (?1) -- 乡镇");
    const QString select = QStringLiteral("SELECT count(*), max(name) FROM t WHERE name = ?1 OR ?1 IS NULL");
    db.execute(insert, { QStringLiteral("红岩乡") });
    CHECK(alive(db, insert) == 1); // kept after use
    db.execute(insert, { QStringLiteral("东山镇") });
    CHECK(alive(db, insert) == 1); // the kept one again, not a second
    {
        auto rows = db.query(select, { QStringLiteral("红岩乡") });
        REQUIRE(rows->next());
        CHECK(rows->integer(0) == 1);
    }
    {
        // Handed out again with no parameter bound: ?1 is NULL, not the last use's value.
        auto rows = db.query(select);
        REQUIRE(rows->next());
        CHECK(rows->integer(0) == 2);
    }
    CHECK(alive(db, select) == 1);
}

TEST_CASE("Several statements of one text in use at once: a few are kept, the rest finalized", "[store][gpkg]")
{
    QTemporaryDir dir;
    SqliteConnection db(dir.filePath(QStringLiteral("cache.gpkg")), SqliteConnection::Mode::Create);
    const QString sql = QStringLiteral("SELECT ?1 + 1");
    std::vector<std::unique_ptr<SqlRows>> open;
    for (int i = 0; i < 6; ++i) {
        open.push_back(db.query(sql, { i }));
        REQUIRE(open.back()->next());
        CHECK(open.back()->integer(0) == i + 1);
    }
    CHECK(alive(db, sql) == 6);
    open.clear();
    CHECK(alive(db, sql) == 4); // kKeptPerStatement
    for (int i = 0; i < 4; ++i)
        open.push_back(db.query(sql, { 10 * i }));
    CHECK(alive(db, sql) == 4); // all four taken from the kept ones
    for (int i = 0; i < 4; ++i) {
        REQUIRE(open[size_t(i)]->next());
        CHECK(open[size_t(i)]->integer(0) == 10 * i + 1);
    }
}

TEST_CASE("Placeholders are numbered from the first for the count asked", "[store]")
{
    CHECK(sql_rows::placeholders(1, 0).isEmpty());
    CHECK(sql_rows::placeholders(1, 1) == QStringLiteral("?1"));
    CHECK(sql_rows::placeholders(1, 3) == QStringLiteral("?1, ?2, ?3"));
    CHECK(sql_rows::placeholders(2, 14)
        == QStringLiteral("?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15"));
    CHECK(sql_rows::placeholders(998, 3) == QStringLiteral("?998, ?999, ?1000"));
    QStringList marks;
    for (int i = 0; i < 500; ++i)
        marks << QStringLiteral("?%1").arg(7 + i);
    CHECK(sql_rows::placeholders(7, 500) == marks.join(QStringLiteral(", ")));
}

TEST_CASE("An edit's savepoints are named by depth, kept prepared, and a failed part rolls back alone", "[store][gpkg]")
{
    QTemporaryDir dir;
    SqliteConnection db(dir.filePath(QStringLiteral("cache.gpkg")), SqliteConnection::Mode::Create);
    db.script(QStringLiteral("CREATE TABLE t (n INTEGER)"));
    const auto count = [&db] {
        auto rows = db.query(QStringLiteral("SELECT count(*), total(n) FROM t"));
        rows->next();
        return std::make_pair(rows->integer(0), qint64(rows->real(1)));
    };
    {
        SqlTransaction edit(db);
        for (int i = 1; i <= 10; ++i) { // ten store calls of one edit, one savepoint each
            SqlTransaction part(db);
            db.execute(QStringLiteral("INSERT INTO t (n) VALUES (?1)"), { i });
            part.commit();
        }
        try {
            SqlTransaction part(db);
            db.execute(QStringLiteral("INSERT INTO t (n) VALUES (100)"));
            {
                SqlTransaction inner(db); // a store call inside a store call: the next depth
                db.execute(QStringLiteral("INSERT INTO t (n) VALUES (1000)"));
                inner.commit();
            }
            throw std::runtime_error("the part fails after its inner part");
        } catch (const std::runtime_error &) {
        }
        {
            SqlTransaction part(db);
            db.execute(QStringLiteral("INSERT INTO t (n) VALUES (?1)"), { 11 });
            part.commit();
        }
        edit.commit();
    }
    CHECK(count() == std::make_pair(qint64(11), qint64(66))); // 1..11; 100 and 1000 rolled back together
    CHECK(alive(db, QStringLiteral("SAVEPOINT fg_part_1")) == 1);
    CHECK(alive(db, QStringLiteral("RELEASE SAVEPOINT fg_part_1")) == 1);
    CHECK(alive(db, QStringLiteral("RELEASE SAVEPOINT fg_part_2")) == 1);
    CHECK(alive(db, QStringLiteral("SAVEPOINT fg_part_3")) == 0); // never deeper than two
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("A savepoint that cannot be released fails as the same script would", "[store][gpkg]")
{
    QTemporaryDir dir;
    SqliteConnection db(dir.filePath(QStringLiteral("cache.gpkg")), SqliteConnection::Mode::Create);
    const auto failure = [&db](const QString &sql) {
        try {
            db.script(sql);
        } catch (const std::exception &e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    db.script(QStringLiteral("BEGIN"));
    const std::string kept = failure(QStringLiteral("RELEASE SAVEPOINT fg_part_9")); // the prepared way
    const std::string parsed = failure(QStringLiteral("RELEASE SAVEPOINT fg_part_9;")); // sqlite3_exec
    CHECK_THAT(kept, Catch::Contains("no such savepoint: fg_part_9"));
    CHECK(kept == parsed);
    CHECK(db.inTransaction());
    db.script(QStringLiteral("ROLLBACK"));
}

TEST_CASE("Past the kept texts' limit a statement is made anew and finalized, the kept texts still come back",
    "[store][gpkg]")
{
    QTemporaryDir dir;
    SqliteConnection db(dir.filePath(QStringLiteral("cache.gpkg")), SqliteConnection::Mode::Create);
    // Each statement finds its text's list when it is made (the text hashed once per use): the
    // lists are made for the first 256 texts only, whatever the order of their release.
    auto text = [](int k) { return QStringLiteral("SELECT %1 + ?1").arg(k); };
    std::vector<std::unique_ptr<SqlRows>> open;
    for (int k = 0; k < 300; ++k)
        open.push_back(db.query(text(k), { 1 }));
    for (int k = 299; k >= 0; --k) { // given back last first
        REQUIRE(open[size_t(k)]->next());
        CHECK(open[size_t(k)]->integer(0) == k + 1);
        open[size_t(k)].reset();
    }
    CHECK(alive(db, text(0)) == 1);
    CHECK(alive(db, text(255)) == 1);
    CHECK(alive(db, text(256)) == 0); // no room: finalized when given back
    CHECK(alive(db, text(299)) == 0);
    for (int round = 0; round < 3; ++round) {
        auto kept = db.query(text(7), { round });
        REQUIRE(kept->next());
        CHECK(kept->integer(0) == 7 + round);
        auto fresh = db.query(text(280), { round });
        REQUIRE(fresh->next());
        CHECK(fresh->integer(0) == 280 + round);
    }
    CHECK(alive(db, text(7)) == 1); // the kept one each time
    CHECK(alive(db, text(280)) == 0);
}
