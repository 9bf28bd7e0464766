// SPDX-License-Identifier: MIT
#include "pg_test_server.h"

#include "core/store_errors.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/usecases/sample_project.h"
#include "gis/store/project_dump.h"
#include "gis/store/project_stores.h"
#include "gis/store/project_tables.h"
#include "gis/geometry/geometry_box.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUrl>

#include <cstring>
#include <map>

using fg::gis::OperatorIdentity;
using fg::gis::ProjectLocation;
using fg::gis::ProjectStores;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

namespace {

/// A project's dump reduced to a SHA-256 (every value with its kind, reals bit for bit) and
/// row counts per table, for comparing two projects on any backends.
class DigestSink : public fg::gis::ProjectDumpSink
{
public:
    void begin(int epsg, int version) override { add(QStringLiteral("begin %1 %2").arg(epsg).arg(version).toUtf8()); }
    void table(const fg::gis::DumpTable &table) override
    {
        m_table = table.name;
        m_rows[m_table] = 0;
        QByteArray header = "table " + table.name.toUtf8() + (table.role == fg::gis::DumpTable::Role::Reference ? " R" : " D");
        for (const fg::gis::DumpColumn &column : table.columns)
            header += ' ' + column.name.toUtf8() + ':' + QByteArray::number(int(column.kind));
        add(header);
    }
    void row(const std::vector<QVariant> &values) override
    {
        ++m_rows[m_table];
        QByteArray line;
        for (const QVariant &value : values) {
            if (value.isNull() || !value.isValid()) {
                line += "N|";
            } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                line += "I" + QByteArray::number(value.toLongLong()) + '|';
            } else if (value.typeId() == QMetaType::Double) {
                const double d = value.toDouble();
                quint64 bits;
                std::memcpy(&bits, &d, sizeof bits);
                line += "R" + QByteArray::number(bits, 16) + '|';
            } else if (value.typeId() == QMetaType::QByteArray) {
                line += "B" + QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex() + '|';
            } else {
                line += "T" + value.toString().toUtf8().toHex() + '|';
            }
        }
        add(line);
    }
    void end() override { add("end"); }

    QByteArray digest() const { return m_hash.result().toHex(); }
    const std::map<QString, qint64> &rows() const { return m_rows; }

private:
    void add(const QByteArray &bytes)
    {
        m_hash.addData(bytes);
        m_hash.addData("\n");
    }
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QString m_table;
    std::map<QString, qint64> m_rows;
};

OperatorIdentity analyst()
{
    return { QStringLiteral("赵分析"), QStringLiteral("county bureau analyst") };
}

struct Digest
{
    QByteArray hash;
    std::map<QString, qint64> rows;
};

Digest digestOf(const ProjectLocation &location)
{
    auto store = ProjectStores::open(location, analyst(), fg::gis::OpenMode::ReadOnly);
    DigestSink sink;
    store->dump(sink);
    return { sink.digest(), sink.rows() };
}

ProjectLocation pgLocation(const ScratchSchema &schema)
{
    return ProjectLocation::parse(schema.uri() + QStringLiteral("?schema=") + schema.name());
}

} // namespace

TEST_CASE("A GeoPackage project copied to PostGIS and back is identical, and its log verifies on all three", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation gpkg = fg::gis::test::sampleGeoPackage(dir.filePath(QStringLiteral("county.gpkg")));
    const ProjectLocation back = ProjectLocation::parse(dir.filePath(QStringLiteral("back.gpkg")));
    const ProjectLocation pg = pgLocation(schema);
    {
        auto store = ProjectStores::open(gpkg, analyst());
        store->addAttachment(QStringLiteral("现场照片.jpg"), QStringLiteral("image/jpeg"), QByteArray("\xff\xd8\x00photo", 8));
    }

    ProjectStores::copy(gpkg, pg);
    CHECK_THROWS_AS(ProjectStores::copy(gpkg, pg), fg::core::InputError); // never replaces a project
    ProjectStores::copy(pg, back);

    const Digest original = digestOf(gpkg);
    const Digest shared = digestOf(pg);
    const Digest returned = digestOf(back);
    CHECK(shared.rows == original.rows);
    CHECK(original.rows.at(QStringLiteral("event_log")) > 10);
    CHECK(original.rows.at(QStringLiteral("basic_farmland")) > 10);
    CHECK(original.rows.at(QStringLiteral("attachments")) == 1);
    CHECK(shared.hash == original.hash);
    CHECK(returned.hash == original.hash);
    for (const ProjectLocation &location : { gpkg, pg, back }) {
        const fg::gis::LogCheck check = ProjectStores::verify(location);
        INFO(location.display().toStdString());
        CHECK(check.report.intact());
        CHECK(check.integrity == QStringLiteral("ok"));
        CHECK(check.events == original.rows.at(QStringLiteral("event_log")));
    }
}

TEST_CASE("A PostGIS project takes edits on the shared code: incidents, cases, the chain and reference reads", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation gpkg = fg::gis::test::sampleGeoPackage(dir.filePath(QStringLiteral("county.gpkg")));
    const ProjectLocation pg = pgLocation(schema);
    ProjectStores::copy(gpkg, pg);

    auto store = ProjectStores::open(pg, analyst());
    CHECK(store->info().shared);
    CHECK(store->info().schemaVersion == fg::gis::PgSchema::kVersion);
    CHECK(store->info().workingEpsg == 4547);
    CHECK(store->rights().scope == fg::gis::StoreRights::Scope::All);
    const auto headBefore = store->logHead();
    REQUIRE(headBefore);
    store->setSetting(QStringLiteral("note"), QStringLiteral("共享"));
    const auto headAfter = store->logHead();
    REQUIRE(headAfter);
    CHECK(headAfter->seq == headBefore->seq + 1);
    CHECK(store->setting(QStringLiteral("note")) == QStringLiteral("共享"));
    CHECK(store->verifyLog().intact());

    const auto incidents = store->incidents(true);
    REQUIRE_FALSE(incidents.empty());
    fg::gis::FeatureQuery near;
    QRectF box;
    REQUIRE(fg::gis::geometryEnvelope(incidents.front().geometry.get(), &box));
    near.boxes = { box };
    const auto layers = store->referenceLayers();
    CHECK(layers.size() == 4);
    const fg::gis::VectorLayer parcels = store->readReference(QString::fromLatin1(fg::gis::ProjectTables::kLandUse), near);
    auto source = ProjectStores::open(gpkg, analyst(), fg::gis::OpenMode::ReadOnly);
    const fg::gis::VectorLayer expected = source->readReference(QString::fromLatin1(fg::gis::ProjectTables::kLandUse), near);
    REQUIRE(parcels.featureCount() == expected.featureCount());
    for (int row = 0; row < parcels.featureCount(); ++row)
        CHECK(parcels.fid(row) == expected.fid(row));

    // The interactive edit from a stale revision writes nothing.
    const QList<fg::core::CaseFile> cases = store->cases();
    REQUIRE_FALSE(cases.isEmpty());
    const fg::core::CaseFile first = cases.front();
    fg::gis::CaseFacts facts = fg::gis::CaseFacts::of(first); // the flag as judged: only the declaration changes
    facts.declaredMajor = true;
    store->setCaseFacts(first.id(), facts, first.revision());
    CHECK_THROWS_AS(store->setCaseFacts(first.id(), facts, first.revision()), fg::core::ConflictError);
    CHECK(store->caseFile(first.id())->revision() == first.revision() + 1);
    CHECK(store->verifyLog().intact());
}

TEST_CASE("A county's administrator without superuser rights copies a project in, owns it and grants on it", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    const QString admin = schema.login(QStringLiteral("admin"));
    const QString officer = schema.login(QStringLiteral("officer"));
    auto root = schema.connect();
    root->script(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE; GRANT CREATE ON DATABASE %2 TO %1")
                     .arg(root->identifier(admin), root->identifier(QUrl(*server).path().mid(1))));
    QTemporaryDir dir;
    const ProjectLocation gpkg = fg::gis::test::sampleGeoPackage(dir.filePath(QStringLiteral("county.gpkg")));
    const auto as = [&](const QString &login) {
        return ProjectLocation::parse(fg::gis::test::pgUriAs(*server, login) + QStringLiteral("?schema=") + schema.name());
    };
    ProjectStores::copy(gpkg, as(admin)); // COPY into tables whose row-level security is forced
    CHECK(digestOf(as(admin)).hash == digestOf(gpkg).hash);
    ProjectStores::grant(as(admin), { fg::gis::ProjectGrant::Kind::Township, officer, QStringLiteral("龙溪镇"), {} });
    auto township = ProjectStores::open(as(officer), analyst());
    CHECK(township->rights().scope == fg::gis::StoreRights::Scope::Township);
    CHECK_FALSE(township->incidents().empty());
    CHECK(ProjectStores::verify(as(admin)).report.intact());
    township.reset();
    ProjectStores::discard(as(admin));
    root->script(QStringLiteral("REVOKE CREATE ON DATABASE %2 FROM %1")
                     .arg(root->identifier(admin), root->identifier(QUrl(*server).path().mid(1))));
}

TEST_CASE("A copy into PostGIS analyzes its own tables and leaves another schema's alone", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    // A bare ANALYZE in the copy's transaction took every table of the database, held their
    // locks until the commit and deadlocked with other projects' DDL (a township's grant).
    ScratchSchema other(*server);
    auto root = other.connect();
    root->script(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE %1.parcels (id integer); INSERT INTO %1.parcels VALUES (1)")
                     .arg(root->identifier(other.name())));
    // reltuples is -1 until a table is first analyzed (PostgreSQL 14+), and ANALYZE sets it in
    // its own transaction: no statistics collector to wait for.
    const auto reltuples = [&root](const QString &schema, const QString &table) {
        auto rows = root->query(QStringLiteral("SELECT c.reltuples::float8 FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                               "c.relnamespace WHERE n.nspname = ?1 AND c.relname = ?2"),
            { schema, table });
        REQUIRE(rows->next());
        return rows->real(0);
    };
    REQUIRE(reltuples(other.name(), QStringLiteral("parcels")) == -1);
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")));
    CHECK(reltuples(other.name(), QStringLiteral("parcels")) == -1);
    CHECK(reltuples(schema.name(), QStringLiteral("incidents")) > 0);
    CHECK(reltuples(schema.name(), QStringLiteral("landuse")) > 2000);
}
