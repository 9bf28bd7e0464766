// SPDX-License-Identifier: MIT
// Builds small GeoPackage projects from the committed sample county for the store tests, and
// reaches into a file with SQL as an older FarmGuard (or someone with the sqlite3 shell) would.
#pragma once

#include "core/cases/canonical_json.h"
#include "core/cases/case_workflow.h"
#include "core/input_error.h"
#include "core/cases/hash_chain.h"
#include "gis/usecases/incident_importer.h"
#include "gis/usecases/project_builder.h"
#include "gis/store/gpkg/gpkg_file_p.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_stores.h"
#include "gis/store/project_tables.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace fg::gis::test {

inline OperatorIdentity tester()
{
    return { QStringLiteral("王测试"), QStringLiteral("county land officer") };
}

inline ProjectSources sampleSources()
{
    const QDir dir(QStringLiteral(FG_SAMPLE_DIR));
    ProjectSources sources;
    sources.basicFarmland = dir.filePath(QStringLiteral("basic_farmland.shp"));
    sources.cultivated = dir.filePath(QStringLiteral("landuse.shp"));
    sources.boundaries = dir.filePath(QStringLiteral("townships.shp"));
    sources.villages = dir.filePath(QStringLiteral("villages.shp"));
    return sources;
}

/// Opens the project file @p path through the one door.
inline std::unique_ptr<ProjectStore> openProject(
    const QString &path, const OperatorIdentity &who = tester(), OpenMode mode = OpenMode::ReadWrite)
{
    return ProjectStores::open(ProjectLocation::parse(path), who, mode);
}

/// The first column of the first row of @p sql on the file (read-write, as a tool would).
inline QString scalar(const QString &path, const QString &sql)
{
    const SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    auto rows = db.query(sql);
    return rows->next() ? rows->text(0) : QString();
}

/// Runs @p sql on the file outside any store.
inline void exec(const QString &path, const QString &sql)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    db.script(sql);
}

/// A GeoPackage with the empty incidents layer a project builder makes and no domain tables
/// yet: the start of every older project.
inline void makeBareProjectFile(const QString &path, int epsg = 4547)
{
    GpkgFile::create(path);
    GpkgFile::addLayer(path, QString::fromLatin1(ProjectTables::kIncidents), epsg, GpkgFile::incidentFields(),
        QStringLiteral("farmguard:incidents"));
}

/// Appends a sealed event to @p db's log as an older FarmGuard did (the first event of a log),
/// with the head recorded in settings.
inline void appendFirstEvent(SqlConnection &db, const OperatorIdentity &who, const QString &entity,
    const QString &entityId, const QString &action, const QJsonObject &newValue)
{
    core::AuditEvent draft;
    draft.when = core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc());
    draft.who = who.name;
    draft.role = who.role;
    draft.entity = entity;
    draft.entityId = entityId;
    draft.action = action;
    draft.newValue = newValue;
    const core::AuditEvent e = core::HashChain::seal(draft, nullptr);
    const auto text = [](const QJsonValue &v) { return QString::fromUtf8(core::CanonicalJson::serialize(v)); };
    db.execute(QStringLiteral("INSERT INTO event_log VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
        { e.seq, e.when, e.who, e.role, e.entity, e.entityId, e.action, text(e.oldValue), text(e.newValue), e.prevHash,
            e.hash });
    db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('log_head_seq', ?1), ('log_head_hash', ?2)"),
        { QString::number(e.seq), e.hash });
}

/// A project file as FarmGuard with schema @p version left it: its domain tables, one party
/// (冯金锁) and its first event, by 老用户 ("township officer").
inline void makeOldProject(const QString &path, int version)
{
    makeBareProjectFile(path);
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    ProjectSchema::upgrade(db, version);
    SqlTransaction transaction(db);
    db.script(QStringLiteral("INSERT INTO parties (name) VALUES ('冯金锁')"));
    appendFirstEvent(db, { QStringLiteral("老用户"), QStringLiteral("township officer") }, QStringLiteral("project"),
        QStringLiteral("old"), QStringLiteral("create"), QJsonObject { { QStringLiteral("schema_version"), version } });
    transaction.commit();
}

/// Takes a project at the current schema back to version 8 (no approvals layer of issue 16 item 1,
/// no township targets and measures of item 3).
/// Takes a project at the current schema back to version 10 (no layer_hashes table; the log keeps
/// the hash events, which a version 10 project's check leaves aside).
inline void downgradeToVersion10(const QString &path)
{
    exec(path, QStringLiteral("DROP TABLE layer_hashes; DELETE FROM schema_version WHERE version > 10"));
}

/// Takes a project at the current schema back to version 11 (step 12 changes nothing in a
/// GeoPackage: only its version row goes).
inline void downgradeToVersion11(const QString &path)
{
    exec(path, QStringLiteral("DELETE FROM schema_version WHERE version > 11"));
}

inline void downgradeToVersion8(const QString &path)
{
    downgradeToVersion10(path);
    exec(path, QStringLiteral("DROP TABLE approvals; DELETE FROM gpkg_geometry_columns WHERE table_name = 'approvals'; "
                              "DELETE FROM gpkg_contents WHERE table_name = 'approvals'; "
                              "DROP TABLE township_targets; DROP TABLE township_measures; "
                              "DELETE FROM schema_version WHERE version > 8"));
}

/// Takes a project at the current schema back to version 7 (no party ID numbers and net figures
/// on incidents).
inline void downgradeToVersion7(const QString &path)
{
    downgradeToVersion8(path);
    exec(path, QStringLiteral("ALTER TABLE incidents DROP COLUMN party_id_number; ALTER TABLE incidents DROP COLUMN "
                              "cultivated_net_m2; ALTER TABLE incidents DROP COLUMN cultivated_outside_net_m2; "
                              "DELETE FROM schema_version WHERE version = 8"));
}

/// Takes a project at the current schema back to version 6 (no case records' columns of issue 12).
inline void downgradeToVersion6(const QString &path)
{
    downgradeToVersion7(path);
    exec(path, QStringLiteral("ALTER TABLE accountability DROP COLUMN organ; ALTER TABLE accountability DROP COLUMN "
                              "document_no; ALTER TABLE cases DROP COLUMN declared_major_at; ALTER TABLE case_events "
                              "DROP COLUMN joint_acceptor; DELETE FROM schema_version WHERE version = 7"));
}

/// Takes a project at the current schema back to version 5 as an older FarmGuard left it (no
/// receipts table, no case records' columns); everything else stays.
inline void downgradeToVersion5(const QString &path)
{
    downgradeToVersion6(path);
    exec(path, QStringLiteral("DROP TABLE receipts; DELETE FROM schema_version WHERE version = 6"));
}

/// Takes a project at the current schema back to version 4 as an older FarmGuard left it (no
/// revisions, no case township); everything else stays.
inline void downgradeToVersion4(const QString &path)
{
    downgradeToVersion5(path);
    exec(path, QStringLiteral(
        "DROP INDEX cases_township; DROP INDEX event_log_entity; "
        "ALTER TABLE cases DROP COLUMN township; ALTER TABLE cases DROP COLUMN changed_at; "
        "ALTER TABLE cases DROP COLUMN changed_by; ALTER TABLE cases DROP COLUMN revision; "
        "ALTER TABLE incidents DROP COLUMN changed_at; ALTER TABLE incidents DROP COLUMN changed_by; "
        "ALTER TABLE incidents DROP COLUMN revision; DELETE FROM schema_version WHERE version = 5"));
}

/// A project of the sample county in a temporary directory, optionally with the sample's 36
/// incidents imported (each with its case opened at the clue).
struct SampleProjectFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("county.gpkg"));
    std::unique_ptr<ProjectStore> store;

    explicit SampleProjectFixture(bool withIncidents = true)
    {
        QFile::copy(templatePath(withIncidents), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        store = openProject(path);
    }

    /// Built once per test run (about a second each), then copied: a closed project is one file.
    static QString templatePath(bool withIncidents)
    {
        static QTemporaryDir templates;
        const QString path = templates.filePath(withIncidents ? QStringLiteral("incidents.gpkg") : QStringLiteral("layers.gpkg"));
        if (!QFile::exists(path)) {
            auto built = ProjectBuilder::create(ProjectLocation::parse(path), sampleSources(), tester()).store;
            if (withIncidents)
                IncidentImporter::run(*built, QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp")), {});
        }
        return path;
    }
};

} // namespace fg::gis::test
