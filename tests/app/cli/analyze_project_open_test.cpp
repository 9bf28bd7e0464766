// SPDX-License-Identifier: MIT
// `analyze --project` opens the project once for the analysis and the cases judged after it
// (issue 15): an older project is migrated first and its provenance hashes are the kept ones; a
// project that fails its open check is analysed as before and nothing is written to it.
#include "cli_json.h"
#include "cli_runner.h"
#include "sample_project.h"

#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/provenance.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const fg::gis::OperatorIdentity kReader { QStringLiteral("reader"), QStringLiteral("test") };

/// SQL on the file behind FarmGuard's back (with the functions the GeoPackage's triggers call).
void onFile(const QString &path, const QString &sql)
{
    fg::gis::SqliteConnection db(path, fg::gis::SqliteConnection::Mode::ReadWrite);
    fg::gis::registerGpkgFunctions(db.handle());
    db.script(sql);
}

qsizetype eventsOf(const QString &project)
{
    return fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project), kReader, fg::gis::OpenMode::ReadOnly)
        ->events()
        .size();
}

CliResult analyzeJson(const QString &project)
{
    return runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project, QStringLiteral("--format"),
        QStringLiteral("json") });
}

} // namespace

TEST_CASE("analyze --project on a schema 10 project migrates it in its one open: the JSON's log head is the file's "
          "last event and its layer hashes the ones kept",
    "[cli][layer_hashes]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    onFile(project, QStringLiteral("DROP TABLE layer_hashes; DELETE FROM schema_version WHERE version > 10"));
    const qsizetype before = eventsOf(project);
    const CliResult r = analyzeJson(project);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("not judged again")));
    const QJsonObject provenance = cliJson(r).value(QStringLiteral("provenance")).toObject();
    const auto store
        = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project), kReader, fg::gis::OpenMode::ReadOnly);
    CHECK(store->info().schemaVersion == fg::gis::ProjectSchema::kCurrentVersion);
    // The steps from 10 up, and one hash per reference layer, before the analysis read the head.
    const QList<fg::core::AuditEvent> events = store->events();
    CHECK(events.size()
        == before + (fg::gis::ProjectSchema::kCurrentVersion - 10) + qsizetype(store->referenceLayers().size()));
    CHECK(provenance.value(QStringLiteral("log_head")).toObject().value(QStringLiteral("seq")).toInteger()
        == events.last().seq);
    const QJsonArray layers = provenance.value(QStringLiteral("layers")).toArray();
    REQUIRE(layers.size() == int(store->referenceLayers().size()));
    for (const QJsonValue &value : layers) {
        const QJsonObject layer = value.toObject();
        const QString table = layer.value(QStringLiteral("table")).toString();
        qint64 features = 0;
        CHECK(layer.value(QStringLiteral("sha256")).toString()
            == fg::gis::ProvenanceBuilder::layerHash(*store, table, &features));
        CHECK(layer.value(QStringLiteral("features")).toInteger() == features);
    }
}

TEST_CASE("analyze --project on a project that fails its open check prints the analysis with the warning and "
          "writes nothing",
    "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    onFile(project, QStringLiteral("UPDATE incidents SET basic_farmland_mu = 1.0 WHERE incident_id = 'PS2024-003'"));
    const qsizetype before = eventsOf(project);
    const CliResult r = analyzeJson(project);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = cliJson(r);
    CHECK(root.value(QStringLiteral("warnings")).toArray().first().toString().contains(
        QStringLiteral("failed its audit log check")));
    CHECK(root.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("log_broken")).toBool());
    CHECK(analysedIncident(root, QStringLiteral("PS2024-003")).value(QStringLiteral("basic_farmland_mu")).toDouble()
        == 4.01); // measured from the polygon, not the edited column
    CHECK(eventsOf(project) == before);
}
