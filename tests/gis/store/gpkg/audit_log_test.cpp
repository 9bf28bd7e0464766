// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;

namespace {

/// Tampering as someone with the file and the sqlite3 shell would: drop the guards first.
void tamper(const QString &path, const QString &sql)
{
    fg::gis::test::exec(path, QStringLiteral("DROP TRIGGER event_log_no_update; DROP TRIGGER event_log_no_delete;"));
    fg::gis::test::exec(path, sql);
}

core::ChainReport verify(const QString &path)
{
    return ProjectStores::verify(ProjectLocation::parse(path)).report;
}

} // namespace

TEST_CASE("Every change is a chained event naming who, role, what, old and new", "[project][log]")
{
    SampleProjectFixture fixture;
    const auto events = fixture.store->events();
    REQUIRE(events.size() > 78); // creation, settings, 39 incidents, 39 cases
    const auto incident = std::find_if(events.begin(), events.end(), [](const core::AuditEvent &e) {
        return e.entity == QLatin1String("incident") && e.entityId == QLatin1String("PS2024-002");
    });
    REQUIRE(incident != events.end());
    CHECK(incident->who == fg::gis::test::tester().name);
    CHECK(incident->role == fg::gis::test::tester().role);
    CHECK(incident->oldValue.isNull());
    CHECK(incident->newValue.toObject().value(QStringLiteral("party")).toString() == QStringLiteral("段俊峰"));
    CHECK(verify(fixture.path).intact());
}

TEST_CASE("verify names an edited event", "[project][log]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    tamper(fixture.path, QStringLiteral("UPDATE event_log SET new_value = '\"9999\"' WHERE seq = 3"));
    const auto report = verify(fixture.path);
    CHECK(report.problem == core::ChainReport::Problem::Edited);
    CHECK(report.seq == 3);
}

TEST_CASE("verify names a deleted event, also from the end", "[project][log]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    const QString copy = fixture.dir.filePath(QStringLiteral("b.gpkg"));
    QFile::copy(fixture.path, copy);
    tamper(fixture.path, QStringLiteral("DELETE FROM event_log WHERE seq = 2"));
    auto report = verify(fixture.path);
    CHECK(report.problem == core::ChainReport::Problem::Deleted);
    CHECK(report.seq == 3);
    CHECK(report.message.contains(QStringLiteral("2")));

    tamper(copy, QStringLiteral("DELETE FROM event_log WHERE seq = (SELECT MAX(seq) FROM event_log)"));
    report = verify(copy);
    CHECK(report.problem == core::ChainReport::Problem::Truncated);
}

TEST_CASE("verify names a reordered event", "[project][log]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    // Rewrite the table with events 2 and 3 swapped in storage order.
    tamper(fixture.path, QStringLiteral("CREATE TEMP TABLE saved AS SELECT * FROM event_log ORDER BY rowid;"
                                        "DELETE FROM event_log;"
                                        "INSERT INTO event_log SELECT * FROM saved WHERE seq = 1;"
                                        "INSERT INTO event_log SELECT * FROM saved WHERE seq = 3;"
                                        "INSERT INTO event_log SELECT * FROM saved WHERE seq = 2;"
                                        "INSERT INTO event_log SELECT * FROM saved WHERE seq > 3 ORDER BY seq;"));
    const auto report = verify(fixture.path);
    CHECK(report.problem == core::ChainReport::Problem::Reordered);
    CHECK(report.index == 1);
    CHECK(report.seq == 3);
}
