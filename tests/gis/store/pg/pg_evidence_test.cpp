// SPDX-License-Identifier: MIT
// The server's side of issue 13: a schema 5 project gains the receipts table when its owner opens
// it, receipt copies are append-only for everyone, verify reads one snapshot, and a township login
// (which sees only part of the log) seals the server's head.
#include "pg_test_server.h"

#include "core/store_errors.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using fg::gis::OpenMode;
using fg::gis::ProjectLocation;
using fg::gis::ProjectStores;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

namespace {

const fg::gis::OperatorIdentity kAnalyst { QStringLiteral("赵分析"), QStringLiteral("县自然资源局") };

ProjectLocation sampleOn(const ScratchSchema &schema, QTemporaryDir &dir, bool approvals = true)
{
    return fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")), approvals);
}

} // namespace

TEST_CASE("A schema 5 PostGIS project gains the receipts table when its owner opens it, logged", "[pg][evidence]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation pg = sampleOn(schema, dir, false); // downgraded below 9: no approvals
    {
        auto db = schema.connect();
        // As FarmGuard with schema 5 made it: no receipts (the case records' columns of schema 7
        // stay with their data, which the version row hides until the upgrade).
        fg::gis::test::downgradePostgis(*db, 5, true);
        REQUIRE(fg::gis::PgSchema::version(*db) == 5);
    }
    CHECK(ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly)->info().schemaVersion == 5); // read-only: no upgrade
    const auto store = ProjectStores::open(pg, kAnalyst);
    CHECK(store->info().schemaVersion == fg::gis::PgSchema::kVersion); // 5 → 6 → … each logged
    // Step 11's event is followed by its hash of each reference layer; the last step's event ends the log.
    const QList<fg::core::AuditEvent> events = store->events();
    const auto toVersion = [](const fg::core::AuditEvent &e) {
        return e.action == QLatin1String("migrate") ? e.newValue.toObject().value(QStringLiteral("schema_version")).toInt() : 0;
    };
    qsizetype toEleven = events.size();
    for (qsizetype i = 0; i < events.size(); ++i)
        if (toVersion(events[i]) == 11)
            toEleven = i;
    REQUIRE(toEleven < events.size());
    qsizetype hashes = 0;
    while (toEleven + 1 + hashes < events.size() && events[toEleven + 1 + hashes].entity == QLatin1String("layer"))
        ++hashes;
    CHECK(hashes == qsizetype(store->referenceLayers().size()));
    CHECK(toVersion(events.last()) == fg::gis::PgSchema::kVersion);
    CHECK(store->checkLog().passed());
    const fg::core::LogReceipt receipt = store->seal();
    const fg::gis::LogCheck check = ProjectStores::verify(pg);
    CHECK(check.passed());
    CHECK(check.receiptsKept == 1);
    CHECK(receipt.headSeq == check.head->seq);
}

TEST_CASE("Receipt copies on the server are append-only, also for the bureau, a township seals the server's head",
    "[pg][evidence]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation pg = sampleOn(schema, dir);
    ProjectStores::open(pg, kAnalyst)->seal();
    const QString officer = schema.login(QStringLiteral("longxi"));
    fg::gis::ProjectGrant grant;
    grant.kind = fg::gis::ProjectGrant::Kind::Township;
    grant.login = officer;
    grant.township = QStringLiteral("龙溪镇");
    ProjectStores::grant(pg, grant);
    const ProjectLocation asOfficer
        = ProjectLocation::parse(fg::gis::test::pgUriAs(*server, officer) + QStringLiteral("?schema=") + schema.name());
    {
        const auto township = ProjectStores::open(asOfficer, { QStringLiteral("李建国"), QStringLiteral("龙溪镇国土所") });
        CHECK_FALSE(township->rights().readOnly);
        const fg::core::LogReceipt receipt = township->seal();
        CHECK(receipt.headSeq == township->logHead()->seq);
        CHECK_THROWS_AS(ProjectStores::verify(asOfficer), fg::core::PermissionDenied);
    }
    auto owner = schema.connect();
    CHECK_THROWS(owner->execute(QStringLiteral("UPDATE receipts SET head_seq = 1")));
    CHECK_THROWS(owner->execute(QStringLiteral("DELETE FROM receipts")));
    CHECK_THROWS(owner->script(QStringLiteral("TRUNCATE receipts")));
    const fg::gis::LogCheck check = ProjectStores::verify(pg);
    CHECK(check.passed());
    CHECK(check.receiptsKept == 2);
}
