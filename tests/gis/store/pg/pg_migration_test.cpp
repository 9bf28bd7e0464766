// SPDX-License-Identifier: MIT
// Schema steps on the server: a PostGIS project of an older schema is read as it is by anyone and
// taken up one logged step at a time when its owner opens it (the GeoPackage's migrations are
// tests/gis/store/gpkg/schema_migration_test.cpp).
#include "pg_test_server.h"

#include "gis/store/assessment_records.h"
#include "gis/store/log_check.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QTemporaryDir>

using fg::gis::OpenMode;
using fg::gis::PgSchema;
using fg::gis::ProjectStores;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

namespace {

const fg::gis::OperatorIdentity kAnalyst { QStringLiteral("赵分析"), QStringLiteral("县自然资源局") };

int migratedTo(const fg::core::AuditEvent &event)
{
    return event.newValue.toObject().value(QStringLiteral("schema_version")).toInt();
}

/// Steps naming a joint reclamation acceptor (a column of step 7).
int jointAcceptors(const QList<fg::core::CaseFile> &files)
{
    int count = 0;
    for (const fg::core::CaseFile &file : files)
        for (const fg::core::CaseStep &step : file.steps())
            count += step.jointAcceptor.isEmpty() ? 0 : 1;
    return count;
}

} // namespace

TEST_CASE("A schema 6 PostGIS project is read as it is and gains the case records' columns (step 7) and the "
          "incidents' ID number and net figures (step 8) when its owner opens it, logged",
    "[pg][schema]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const fg::gis::ProjectLocation pg = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")), false); // downgraded below 9
    qsizetype cases = 0;
    {
        const auto store = ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly);
        cases = store->cases().size();
        REQUIRE(jointAcceptors(store->cases()) > 0); // the sample's reclamation: the step's column carries data
    }
    {
        auto db = schema.connect();
        fg::gis::test::downgradePostgis(*db, 6);
        REQUIRE(PgSchema::version(*db) == 6);
    }
    {
        const auto reader = ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 6);
        const QList<fg::core::CaseFile> files = reader->cases();
        REQUIRE(files.size() == cases);
        CHECK(jointAcceptors(files) == 0);
        CHECK(reader->checkLog().passed());
    }
    const auto store = ProjectStores::open(pg, kAnalyst);
    CHECK(store->info().schemaVersion == PgSchema::kVersion);
    const QList<fg::core::AuditEvent> events = store->events();
    int firstStep = 0;
    for (const fg::core::AuditEvent &event : events)
        if (event.action == QLatin1String("migrate") && migratedTo(event) == 7)
            firstStep = 7;
    CHECK(firstStep == 7);
    int lastStep = 0;
    for (const fg::core::AuditEvent &event : events)
        if (event.action == QLatin1String("migrate"))
            lastStep = migratedTo(event);
    CHECK(lastStep == PgSchema::kVersion);
    auto db = schema.connect();
    auto note = db->query(QStringLiteral("SELECT note FROM schema_version WHERE version = 7"));
    REQUIRE(note->next());
    CHECK(note->text(0).contains(QStringLiteral("organ")));
    note.reset();
    // Step 8 restores the net-of-田坎 figures the log recorded before the columns existed.
    auto net = db->query(QStringLiteral("SELECT count(*) FROM incidents WHERE cultivated_net_m2 IS NOT NULL"));
    REQUIRE(net->next());
    CHECK(net->integer(0) > 0);
    net.reset();
    // The log still holds the case records and the townships' targets and measure the downgrade
    // threw away (this sample was made at the current schema); the check names exactly those,
    // and nothing else differs.
    const fg::gis::LogCheck check = store->checkLog();
    QStringList findings;
    for (const fg::gis::DataFinding &f : check.findings)
        if (!f.table.startsWith(QLatin1String("township_")))
            findings << f.table + QLatin1Char('.') + f.field;
    findings.sort();
    CHECK(findings
        == QStringList { QStringLiteral("accountability.document_no"), QStringLiteral("accountability.organ"),
            QStringLiteral("case_events.joint_acceptor") });
    int lostTargets = 0, lostMeasures = 0;
    for (const fg::gis::DataFinding &f : check.findings) {
        lostTargets += f.table == QLatin1String("township_targets") && f.field.isEmpty();
        lostMeasures += f.table == QLatin1String("township_measures") && f.field.isEmpty();
    }
    CHECK(lostTargets == 8);
    CHECK(lostMeasures == 1);
}

TEST_CASE("A schema 6 PostGIS project whose step 7 columns survived keeps their data through the upgrade",
    "[pg][schema]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const fg::gis::ProjectLocation pg = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")), false); // downgraded below 9
    {
        auto db = schema.connect();
        fg::gis::test::downgradePostgis(*db, 6, true);
    }
    CHECK(ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly)->checkLog().passed());
    const auto store = ProjectStores::open(pg, kAnalyst);
    CHECK(store->info().schemaVersion == PgSchema::kVersion);
    CHECK(jointAcceptors(store->cases()) > 0);
    CHECK(store->checkLog().passed());
}

TEST_CASE("A schema 8 PostGIS project is read as it is and gains the approvals layer (step 9) and the township "
          "targets and measures (step 10) when its owner opens it, logged 8 → 9 → 10, the bureau adds an "
          "approval and a target and verify-log checks them",
    "[pg][schema][approvals][assessment]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const fg::gis::ProjectLocation pg = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")), false); // downgraded below 9
    {
        auto db = schema.connect();
        fg::gis::test::downgradePostgis(*db, 8);
        REQUIRE(PgSchema::version(*db) == 8);
    }
    {
        const auto reader = ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 8);
        CHECK(reader->assessment().targets().empty());
        CHECK(reader->approvals().empty());
        // Below step 10 neither side compares the targets: the older layout checks.
        CHECK(reader->checkLog().passed());
    }
    const auto store = ProjectStores::open(pg, kAnalyst);
    CHECK(store->info().schemaVersion == PgSchema::kVersion);
    fg::core::AuditEvent last;
    for (const fg::core::AuditEvent &e : store->events())
        if (e.action == QLatin1String("migrate") && migratedTo(e) == 10)
            last = e;
    CHECK(last.oldValue.toObject().value(QStringLiteral("schema_version")).toInt() == 9);
    CHECK(migratedTo(last) == 10);
    auto db = schema.connect();
    auto steps = db->query(QStringLiteral("SELECT count(*) FROM schema_version WHERE version = 9"));
    REQUIRE(steps->next());
    CHECK(steps->integer(0) == 1);
    steps.reset();
    fg::core::TownshipTarget target { QStringLiteral("龙溪镇"), 2030 };
    target.cultivatedM2 = 123456.5;
    store->assessment().setTarget(target);
    REQUIRE(store->assessment().targets(2030).size() == 1);
    CHECK(*store->assessment().targets(2030).front().cultivatedM2 == 123456.5);
    const std::vector<fg::gis::IncidentRecord> incidents = store->incidents(true);
    REQUIRE_FALSE(incidents.empty());
    std::vector<fg::gis::ApprovalRecord> records(1);
    records[0].approval.documentNumber = QStringLiteral("平政转批〔2024〕78号");
    records[0].approval.kind = fg::core::ApprovalKind::Conversion;
    records[0].approval.approvedOn = QDate(2024, 2, 1);
    records[0].geometry = fg::gis::cloneGeometry(incidents.front().geometry.get());
    store->addApprovals(records);
    CHECK(store->approvals().size() == 1);
    // The sample was made at the current schema: the log still holds the townships' targets and
    // measure the downgrade to 8 threw away. The check names exactly those (not the target added
    // since), and the approval, the chain and everything else agree.
    const fg::gis::LogCheck check = store->checkLog();
    CHECK(check.report.intact());
    CHECK(check.integrity == QLatin1String("ok"));
    QStringList findings, lostTargets;
    int lostMeasures = 0;
    for (const fg::gis::DataFinding &f : check.findings) {
        if (f.table == QLatin1String("township_targets") && f.field.isEmpty())
            lostTargets << f.id;
        else if (f.table == QLatin1String("township_measures") && f.field.isEmpty())
            ++lostMeasures;
        else
            findings << f.message();
    }
    INFO(findings.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.isEmpty());
    CHECK(lostTargets.size() == 8);
    CHECK_FALSE(lostTargets.contains(QStringLiteral("龙溪镇/2030")));
    CHECK(lostMeasures == 1);
    CHECK(check.rowsChecked.value(QStringLiteral("approvals")) == 1);
}

TEST_CASE("A schema 10 PostGIS project gains the reference layers' content hashes (step 11) when its owner opens it: "
          "computed once, logged, the GeoPackage's own, and verify-log --full recomputes them and names a layer edited "
          "behind the store's back",
    "[pg][schema][layer_hashes]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("county.gpkg"));
    const fg::gis::ProjectLocation pg = fg::gis::test::samplePostgis(schema, gpkg, false);
    // The hashes the GeoPackage source fixed when its layers were written.
    QMap<QString, QString> fromGpkg;
    for (const fg::gis::ReferenceLayerInfo &info :
        ProjectStores::open(fg::gis::ProjectLocation::parse(gpkg), kAnalyst, OpenMode::ReadOnly)->referenceLayers())
        fromGpkg.insert(info.table, info.contentSha256);
    REQUIRE(fromGpkg.size() == 4);
    {
        auto db = schema.connect();
        fg::gis::test::downgradePostgis(*db, 10);
        REQUIRE(PgSchema::version(*db) == 10);
    }
    qsizetype eventsBefore = 0;
    {
        const auto reader = ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 10);
        for (const fg::gis::ReferenceLayerInfo &info : reader->referenceLayers())
            CHECK(info.contentSha256.isEmpty());
        CHECK(reader->checkLog().passed());
        eventsBefore = reader->events().size();
    }
    {
        const auto store = ProjectStores::open(pg, kAnalyst);
        CHECK(store->info().schemaVersion == PgSchema::kVersion);
        const QList<fg::core::AuditEvent> events = store->events();
        REQUIRE(events.size() == eventsBefore + 1 + 4 + 1); // step 11, its 4 layer hashes, step 12
        CHECK(migratedTo(events[eventsBefore]) == 11);
        CHECK(migratedTo(events.last()) == 12);
        for (const fg::gis::ReferenceLayerInfo &info : store->referenceLayers()) {
            INFO(info.table.toStdString());
            CHECK(info.contentSha256 == fromGpkg.value(info.table));
        }
        const fg::gis::LogCheck check = store->checkLog();
        CHECK(check.passed());
        CHECK(check.rowsChecked.value(QStringLiteral("layer_hashes")) == 4);
    }
    fg::gis::LogCheckOptions full;
    full.layerContent = true;
    CHECK(ProjectStores::verify(pg, full).passed());
    {
        auto db = schema.connect();
        db->script(QStringLiteral("UPDATE landuse SET geom = (SELECT geom FROM landuse WHERE fid = 2) WHERE fid = 1"));
    }
    const fg::gis::LogCheck check = ProjectStores::verify(pg, full);
    CHECK_FALSE(check.passed());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].id == QStringLiteral("landuse"));
    CHECK(check.findings[0].logged == fromGpkg.value(QStringLiteral("landuse")));
    // The plain check (no layer read) still passes, as before schema 11.
    CHECK(ProjectStores::verify(pg, {}).passed());
}

namespace {

/// Whether the project's event_log has the deferred trigger that moves the head rows (step 12).
bool hasSettleTrigger(fg::gis::PgConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?1 "
                                        "AND c.relname = 'event_log' AND t.tgname = 'event_log_settle'"),
        { db.schema() });
    return rows->next() && rows->integer(0) == 1;
}

/// The head rows of settings, as a reader of the GeoPackage layout reads them.
std::pair<QString, QString> headRows(fg::gis::PgConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT (SELECT value FROM settings WHERE key = 'log_head_seq'), "
                                        "(SELECT value FROM settings WHERE key = 'log_head_hash')"));
    REQUIRE(rows->next());
    return { rows->text(0), rows->text(1) };
}

} // namespace

TEST_CASE("A schema 11 PostGIS project gains the chain that reads its head from the log (step 12) when its owner "
          "opens it, logged, and its head rows then move once per edit, at the commit, to the edit's last event",
    "[pg][schema][chain]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const fg::gis::ProjectLocation pg = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")), false);
    {
        auto db = schema.connect();
        REQUIRE(hasSettleTrigger(*db)); // a new project has it
        fg::gis::test::downgradePostgis(*db, 11);
        REQUIRE(PgSchema::version(*db) == 11);
        REQUIRE_FALSE(hasSettleTrigger(*db));
    }
    qsizetype eventsBefore = 0;
    {
        const auto reader = ProjectStores::open(pg, kAnalyst, OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 11); // read as it is
        CHECK(reader->checkLog().passed());
        eventsBefore = reader->events().size();
    }
    {
        const auto store = ProjectStores::open(pg, kAnalyst);
        CHECK(store->info().schemaVersion == 12);
        const QList<fg::core::AuditEvent> events = store->events();
        REQUIRE(events.size() == eventsBefore + 1);
        CHECK(migratedTo(events.last()) == 12);
        // One edit of several events: each chains after the last, the head rows name the last.
        store->inOneEdit([&] {
            for (int k = 0; k < 5; ++k)
                store->setSetting(QStringLiteral("note_%1").arg(k), QStringLiteral("v%1").arg(k));
        });
        const fg::core::AuditEvent last = store->events().last();
        CHECK(last.seq == events.last().seq + 5);
        auto db = schema.connect();
        CHECK(hasSettleTrigger(*db));
        CHECK(headRows(*db) == std::make_pair(QString::number(last.seq), last.hash));
        CHECK(store->checkLog().passed());
    }
    // A writer that skips the lock and forks the chain is still refused by the server.
    auto db = schema.connect();
    const std::pair<QString, QString> head = headRows(*db);
    CHECK_THROWS(db->execute(QStringLiteral("INSERT INTO event_log (seq, at, who, role, entity, entity_id, action, "
                                            "old_value, new_value, prev_hash, hash) VALUES (?1, 'x', 'x', 'x', 'x', "
                                            "'x', 'x', 'null', 'null', ?2, ?3)"),
        { head.first.toLongLong(), QStringLiteral("0"), QString(64, QLatin1Char('a')) }));
    // Nor can anyone but the server move the head rows.
    CHECK_THROWS(db->execute(QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'log_head_seq'")));
    CHECK(ProjectStores::verify(pg, {}).passed());
}
