// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "core/store_errors.h"
#include "gis/geos_context.h"
#include "gis/store/assessment_records.h"
#include "gis/store/gpkg/gpkg_project_store.h"
#include "gis/store/gpkg/gpkg_schema_p.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::openProject;
using fg::gis::test::SampleProjectFixture;
using fg::gis::test::scalar;
using fg::gis::test::exec;

namespace {

/// The migrate events of @p events, oldest first, and the layer hashes logged after the last
/// of them (schema 11's).
QList<core::AuditEvent> migrations(const QList<core::AuditEvent> &events)
{
    QList<core::AuditEvent> found;
    for (const core::AuditEvent &e : events)
        if (e.action == QLatin1String("migrate"))
            found << e;
    return found;
}

int toVersion(const core::AuditEvent &e)
{
    return e.newValue.toObject().value(QStringLiteral("schema_version")).toInt();
}

/// The last migration events take the project from @p from to this build's version, one step each.
void checkMigratedFrom(const QList<core::AuditEvent> &migrated, int from)
{
    const int steps = ProjectSchema::kCurrentVersion - from;
    REQUIRE(migrated.size() >= steps);
    for (int k = 0; k < steps; ++k) {
        const core::AuditEvent &step = migrated[migrated.size() - steps + k];
        CHECK(step.oldValue.toObject().value(QStringLiteral("schema_version")).toInt() == from + k);
        CHECK(toVersion(step) == from + k + 1);
    }
}

} // namespace

TEST_CASE("A version 4 project migrates to version 5 (and on to 10): every row kept, revisions and townships filled, "
          "logged",
    "[store][schema]")
{
    SampleProjectFixture fixture;
    ProjectStore &live = *fixture.store;
    // A case with history, so the back-filled changed_by has something to name.
    core::CaseStep verify;
    verify.action = core::CaseAction::Verify;
    verify.when = live.caseFile(QStringLiteral("PS2024-002"))->steps().last().when.addDays(1);
    verify.actor = { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") };
    REQUIRE(live.advanceCase(QStringLiteral("PS2024-002"), verify, core::CaseWorkflow(), kAnyRevision).accepted);
    const size_t live_layers = live.referenceLayers().size();
    fixture.store.reset();
    fg::gis::test::downgradeToVersion4(fixture.path);
    REQUIRE(scalar(fixture.path, QStringLiteral("SELECT MAX(version) FROM schema_version")) == QLatin1String("4"));
    // What the version 4 file holds, table by table.
    const char *const tables[] = { "incidents", "cases", "case_events", "case_incidents", "event_log", "parties",
        "officers", "settings", "basic_farmland", "landuse" };
    std::vector<QString> counts;
    for (const char *table : tables)
        counts.push_back(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    const QString incidentsBefore = scalar(fixture.path,
        QStringLiteral("SELECT group_concat(incident_id || '|' || township || '|' || hex(geom), ';') FROM incidents"));

    // A read-only open refuses the older schema and leaves it alone.
    CHECK_THROWS_AS(openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly), core::InputError);
    CHECK(scalar(fixture.path, QStringLiteral("SELECT MAX(version) FROM schema_version")) == QLatin1String("4"));

    const auto store = openProject(fixture.path);
    CHECK(store->info().schemaVersion == ProjectSchema::kCurrentVersion);
    for (size_t i = 0; i < std::size(tables); ++i) {
        const QString now = scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(tables[i])));
        // The migrations' own events (to 5, … to this build's version) and step 11's hashes of
        // the sample's reference layers are the new rows.
        const qint64 added = qint64(ProjectSchema::kCurrentVersion - 4) + qint64(live_layers);
        CHECK(now.toLongLong() == counts[i].toLongLong() + (QLatin1String(tables[i]) == QLatin1String("event_log") ? added : 0));
    }
    CHECK(scalar(fixture.path,
              QStringLiteral("SELECT group_concat(incident_id || '|' || township || '|' || hex(geom), ';') FROM incidents"))
        == incidentsBefore);
    const QList<core::AuditEvent> migrated = migrations(store->events());
    checkMigratedFrom(migrated, 4);
    CHECK(store->verifyLog().intact());
    // The data re-derived from the log (with the migration's revisions) matches the tables.
    const LogCheck check = store->checkLog();
    INFO((check.findings.empty() ? QString() : check.findings.front().message()).toStdString());
    CHECK(check.passed());

    // Every case names its first incident's township; revisions start at 1; who changed it last
    // comes from the log.
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM cases WHERE township = ''")) == QLatin1String("0"));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT township FROM cases WHERE id = 'PS2024-002'")) == QStringLiteral("石城镇"));
    const core::CaseFile file = *store->caseFile(QStringLiteral("PS2024-002"));
    CHECK(file.revision() == 1);
    CHECK(file.changedBy() == fg::gis::test::tester().name);
    CHECK(file.changedAt().isValid());
    for (const IncidentRecord &r : store->incidents())
        CHECK(r.revision == 1);
}

TEST_CASE("A version 6 project is read as it is and migrates to 7, 8, 9 and 10: the case records' columns arrive empty, "
          "the log still proves the data",
    "[store][schema]")
{
    SampleProjectFixture fixture;
    const qsizetype cases = fixture.store->cases().size();
    fixture.store.reset();
    fg::gis::test::downgradeToVersion6(fixture.path);
    {
        const auto reader = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 6);
        const QList<core::CaseFile> files = reader->cases();
        REQUIRE(files.size() == cases);
        CHECK_FALSE(files.first().declaredMajorAt().isValid());
        CHECK(reader->checkLog().passed());
    }
    const auto store = openProject(fixture.path);
    CHECK(store->info().schemaVersion == ProjectSchema::kCurrentVersion);
    const QList<core::AuditEvent> migrated = migrations(store->events());
    checkMigratedFrom(migrated, 6);
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 7")).contains(QStringLiteral("organ")));
    CHECK(store->checkLog().passed());
}

TEST_CASE("A version 7 project is read as it is and migrates to 8: incidents keep the party's ID number and the net "
          "figures from then on",
    "[store][schema]")
{
    SampleProjectFixture fixture;
    const size_t incidents = fixture.store->incidents().size();
    fixture.store.reset();
    fg::gis::test::downgradeToVersion7(fixture.path);
    {
        const auto reader = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 7);
        CHECK(reader->incidents().size() == incidents);
        CHECK(reader->checkLog().passed());
    }
    const auto store = openProject(fixture.path);
    CHECK(store->info().schemaVersion == ProjectSchema::kCurrentVersion);
    const QList<core::AuditEvent> migrated = migrations(store->events());
    checkMigratedFrom(migrated, 7);
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 8")).contains(QStringLiteral("ID number")));
    // The net figures the log recorded before the columns existed are restored from it.
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE cultivated_net_m2 IS NOT NULL")).toInt() > 0);
    for (const IncidentRecord &r : store->incidents())
        CHECK(r.revision == 1); // a restore, not an edit
    const std::vector<IncidentRecord> existing = store->incidents(true);
    REQUIRE_FALSE(existing.empty());
    IncidentRecord added;
    added.id = QStringLiteral("NEW-1");
    added.township = existing.front().township;
    added.geometry = cloneGeometry(existing.front().geometry.get());
    added.partyIdNumber = QStringLiteral("140425199001011234");
    store->addIncident(added, std::nullopt);
    CHECK(scalar(fixture.path, QStringLiteral("SELECT party_id_number FROM incidents WHERE incident_id = 'NEW-1'"))
        == QStringLiteral("140425199001011234"));
    CHECK(store->checkLog().passed());
}

TEST_CASE("A version 8 project is read as it is and migrates to 10 (and 11): the approvals layer (step 9, registered "
          "for QGIS, its rows checked against the log) and the township targets and measures (step 10) arrive "
          "empty, the log records 8 → 9 → 10",
    "[store][schema][approvals][assessment]")
{
    SampleProjectFixture fixture;
    fixture.store.reset();
    fg::gis::test::downgradeToVersion8(fixture.path);
    {
        const auto reader = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 8);
        CHECK(reader->approvals().empty());
        CHECK(reader->assessment().targets().empty());
        CHECK(reader->checkLog().passed());
        // A project that has not gained the tables refuses a target instead of losing it.
        core::TownshipTarget target { QStringLiteral("龙溪镇"), 2026 };
        target.basicFarmlandM2 = 1000;
        CHECK_THROWS_AS(reader->assessment().setTarget(target), core::ProjectReadOnly);
    }
    auto store = openProject(fixture.path);
    CHECK(store->info().schemaVersion == ProjectSchema::kCurrentVersion);
    const QList<core::AuditEvent> migrated = migrations(store->events());
    checkMigratedFrom(migrated, 8);
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 9")).contains(QStringLiteral("approvals")));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 10")).contains(QStringLiteral("township")));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM township_targets")) == QLatin1String("0"));
    core::TownshipTarget target { QStringLiteral("龙溪镇"), 2026 };
    target.basicFarmlandM2 = 1000;
    store->assessment().setTarget(target);
    CHECK(store->assessment().targets(2026).size() == 1);
    CHECK(store->checkLog().passed());
    CHECK(ProjectSchema::hasStep(9));
    CHECK(ProjectSchema::hasStep(10));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = "
                                              "'approvals'"))
        == QStringLiteral("MULTIPOLYGON"));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = 'approvals'"))
        == QStringLiteral("features"));
    const std::vector<IncidentRecord> incidents = store->incidents(true);
    REQUIRE_FALSE(incidents.empty());
    std::vector<ApprovalRecord> records(1);
    records[0].approval.documentNumber = QStringLiteral("平政转批〔2024〕77号");
    records[0].approval.kind = fg::core::ApprovalKind::Homestead;
    records[0].approval.approvedOn = QDate(2024, 2, 1);
    records[0].geometry = cloneGeometry(incidents.front().geometry.get());
    store->addApprovals(records);
    CHECK(store->checkLog().passed());
    // Someone edits the row behind the store's back (dropping the trigger that forbids it):
    // verify-log names the row and the field that disagree with the log.
    store.reset();
    exec(fixture.path, QStringLiteral("DROP TRIGGER approvals_no_update; UPDATE approvals SET valid_to = '2030-01-01'"));
    const LogCheck check = GpkgProjectStore::verify(fixture.path, {});
    CHECK_FALSE(check.passed());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].table == QStringLiteral("approvals"));
    CHECK(check.findings[0].id == QStringLiteral("平政转批〔2024〕77号"));
    CHECK(check.findings[0].field == QStringLiteral("valid_to"));
}

TEST_CASE("A version 11 project migrates to 12 with nothing changed but its version and one logged step (the step "
          "is PostGIS's, the number shared: a PostGIS copy at 12 reads here)",
    "[store][schema]")
{
    SampleProjectFixture fixture;
    fixture.store.reset();
    fg::gis::test::downgradeToVersion11(fixture.path);
    // Every table's layout and row count, but for the two the step writes to.
    const QString layout = QStringLiteral("SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM "
                                          "sqlite_master WHERE name NOT IN ('event_log', 'schema_version') ORDER BY name)");
    const auto rowCounts = [&] {
        QStringList counts;
        const QStringList tables = scalar(fixture.path, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                                                       "sqlite_master WHERE type = 'table' AND name NOT IN "
                                                                       "('event_log', 'schema_version') ORDER BY name)"))
                                       .split(QLatin1Char(','));
        for (const QString &table : tables)
            counts << table + QLatin1Char('=') + scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table));
        return counts;
    };
    const QString layoutBefore = scalar(fixture.path, layout);
    const QStringList countsBefore = rowCounts();
    qsizetype eventsBefore = 0;
    {
        const auto reader = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 11);
        CHECK(reader->checkLog().passed());
        eventsBefore = reader->events().size();
    }
    {
        const auto store = openProject(fixture.path);
        CHECK(store->info().schemaVersion == 12);
        const QList<core::AuditEvent> events = store->events();
        REQUIRE(events.size() == eventsBefore + 1);
        CHECK(events.last().action == QLatin1String("migrate"));
        CHECK(events.last().oldValue.toObject().value(QStringLiteral("schema_version")).toInt() == 11);
        CHECK(toVersion(events.last()) == 12);
        CHECK(store->checkLog().passed());
    }
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 12")).contains(QStringLiteral("PostGIS")));
    CHECK(scalar(fixture.path, layout) == layoutBefore);
    CHECK(rowCounts() == countsBefore);
}
