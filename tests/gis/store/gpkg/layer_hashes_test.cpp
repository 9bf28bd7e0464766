// SPDX-License-Identifier: MIT
// Schema 11: each reference layer's content hash fixed when the layer is written, logged, checked
// by the open check against the log and by verify-log --full against the rows; what a project's
// provenance prints (docs/design/layer-hashes.md).
#include "store_fixture.h"

#include "gis/geos_context.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_project_store.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/layer_hash.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/provenance.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::exec;
using fg::gis::test::openProject;
using fg::gis::test::SampleProjectFixture;
using fg::gis::test::scalar;

namespace {

/// The layer hash's format written out again with Qt's own SHA-256: per feature its fid, each
/// field's text and its multipolygon ISO WKB, each part as "LENGTH:" and the bytes.
QString qtLayerHash(const VectorLayer &layer)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto part = [&hash](const QByteArray &bytes) {
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    for (int row = 0; row < layer.featureCount(); ++row) {
        part(QByteArray::number(layer.fid(row)));
        for (int field = 0; field < int(layer.fields.size()); ++field)
            part(layer.value(row, field).toString().toUtf8());
        part(toWkb(toMultiPolygon(layer.geometry(row)).get()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

/// Runs @p sql on the file outside any store, with the GeoPackage functions its R-tree triggers
/// call (as GDAL or QGIS would have them).
void execWithGpkg(const QString &path, const QString &sql, const SqlParams &params = {})
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle());
    db.execute(sql, params);
}

/// The "layer" / "hash" events of the log, by layer.
QMap<QString, QJsonObject> hashEvents(const ProjectStore &store)
{
    QMap<QString, QJsonObject> found;
    for (const core::AuditEvent &e : store.events())
        if (e.entity == QLatin1String("layer") && e.action == QLatin1String("hash"))
            found.insert(e.entityId, e.newValue.toObject());
    return found;
}

} // namespace

TEST_CASE("A new project keeps each reference layer's content hash, logged, equal to the layer hashed from its rows, and "
          "the provenance prints it byte for byte as a fresh hash",
    "[store][layer_hashes]")
{
    SampleProjectFixture fixture(false);
    ProjectStore &store = *fixture.store;
    CHECK(store.info().schemaVersion == ProjectSchema::kCurrentVersion);
    const std::vector<ReferenceLayerInfo> layers = store.referenceLayers();
    REQUIRE(layers.size() == 4); // landuse, basic farmland, villages, townships of the sample
    const QMap<QString, QJsonObject> logged = hashEvents(store);
    CHECK(logged.size() == 4);
    for (const ReferenceLayerInfo &info : layers) {
        INFO(info.table.toStdString());
        const VectorLayer rows = store.readReference(info.table);
        REQUIRE(info.contentSha256.size() == 64);
        CHECK(info.contentSha256 == qtLayerHash(rows));
        CHECK(info.contentSha256 == LayerHash::of(rows));
        CHECK(logged.value(info.table).value(QStringLiteral("sha256")).toString() == info.contentSha256);
        CHECK(logged.value(info.table).value(QStringLiteral("features")).toInteger() == rows.featureCount());
        CHECK(scalar(fixture.path, QStringLiteral("SELECT features FROM layer_hashes WHERE table_name = '%1'").arg(info.table))
            == QString::number(rows.featureCount()));
    }
    // The provenance reads the kept hashes: the same bytes as hashing every layer again.
    const Provenance p = ProvenanceBuilder::ofProject(store, ProjectRules::record(store), AreaMethod::Ellipsoidal);
    REQUIRE(p.layers.size() == 4);
    for (const ProvenanceLayer &l : p.layers) {
        qint64 features = 0;
        CHECK(l.sha256 == ProvenanceBuilder::layerHash(store, l.table, &features));
        CHECK(l.features == features);
    }
    const LogCheck check = store.checkLog();
    CHECK(check.passed());
    CHECK(check.rowsChecked.value(QStringLiteral("layer_hashes")) == 4);
    // Written once: the table refuses a change.
    CHECK_THROWS(exec(fixture.path, QStringLiteral("UPDATE layer_hashes SET sha256 = 'x'")));
    CHECK_THROWS(exec(fixture.path, QStringLiteral("DELETE FROM layer_hashes")));
}

TEST_CASE("verify-log --full recomputes each layer's hash: a parcel's geometry edited behind the store's back fails it "
          "naming the layer, and the open check still checks the kept hashes against the log",
    "[store][layer_hashes]")
{
    SampleProjectFixture fixture(false);
    const QString kept = scalar(fixture.path, QStringLiteral("SELECT sha256 FROM layer_hashes WHERE table_name = 'landuse'"));
    fixture.store.reset();
    LogCheckOptions full;
    full.fullIntegrity = true;
    full.layerContent = true;
    CHECK(GpkgProjectStore::verify(fixture.path, full).passed());

    // Parcel 1 takes parcel 2's polygon: a change no log event records.
    execWithGpkg(fixture.path, QStringLiteral("UPDATE landuse SET geom = (SELECT geom FROM landuse WHERE fid = 2) WHERE fid = 1"));
    const LogCheck check = GpkgProjectStore::verify(fixture.path, full);
    CHECK_FALSE(check.passed());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].table == QStringLiteral("layer_hashes"));
    CHECK(check.findings[0].id == QStringLiteral("landuse"));
    CHECK(check.findings[0].logged == kept);
    CHECK(check.findings[0].stored != kept);
    CHECK(check.findings[0].message().contains(QStringLiteral("landuse")));
    // The open check reads no layer (as before schema 11): the project still opens for writing.
    CHECK_FALSE(openProject(fixture.path)->rights().readOnly);

    // A kept hash changed behind the store's back disagrees with the log: the open check sees it.
    exec(fixture.path, QStringLiteral("DROP TRIGGER layer_hashes_no_update; UPDATE layer_hashes SET sha256 = "
                                      "'0000' WHERE table_name = 'townships'"));
    const auto reopened = openProject(fixture.path);
    CHECK(reopened->rights().readOnly);
    CHECK(reopened->rights().logBroken);
    CHECK(reopened->rights().readOnlyReason.contains(QStringLiteral("townships")));
}

TEST_CASE("The provenance takes each layer's feature count from its kept hash, not by counting the rows: a parcel "
          "deleted behind the store's back leaves the pair as it was hashed, and verify-log --full names the layer",
    "[store][layer_hashes]")
{
    SampleProjectFixture fixture(false);
    const QString table = QStringLiteral("landuse");
    const qint64 hashed
        = scalar(fixture.path, QStringLiteral("SELECT features FROM layer_hashes WHERE table_name = 'landuse'")).toLongLong();
    const QString kept = scalar(fixture.path, QStringLiteral("SELECT sha256 FROM layer_hashes WHERE table_name = 'landuse'"));
    REQUIRE(hashed > 1);
    fixture.store.reset();
    execWithGpkg(fixture.path, QStringLiteral("DELETE FROM landuse WHERE fid = (SELECT MIN(fid) FROM landuse)"));
    REQUIRE(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM landuse")).toLongLong() == hashed - 1);

    const auto store = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
    for (const ReferenceLayerInfo &info : store->referenceLayersUncounted())
        if (info.table == table) {
            CHECK(info.contentSha256 == kept);
            CHECK(info.contentFeatures == hashed);
        }
    const Provenance p = ProvenanceBuilder::ofProject(*store, ProjectRules::record(*store), AreaMethod::Ellipsoidal);
    int found = 0;
    for (const ProvenanceLayer &l : p.layers)
        if (l.table == table) {
            ++found;
            CHECK(l.sha256 == kept);
            CHECK(l.features == hashed); // the count the hash was taken over, not the rows' count now
        }
    CHECK(found == 1);

    LogCheckOptions full;
    full.fullIntegrity = true;
    full.layerContent = true;
    const LogCheck check = GpkgProjectStore::verify(fixture.path, full);
    CHECK_FALSE(check.passed());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].id == table);
    CHECK(check.findings[0].logged == kept);
}

TEST_CASE("A version 10 project is read as it is (its provenance hashes the layers) and migrates to 11: the hashes "
          "computed once, logged after the migration, equal to a fresh hash",
    "[store][schema][layer_hashes]")
{
    SampleProjectFixture fixture;
    fixture.store.reset();
    fg::gis::test::downgradeToVersion10(fixture.path);
    QStringList before;
    {
        const auto reader = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
        CHECK(reader->info().schemaVersion == 10);
        for (const ReferenceLayerInfo &info : reader->referenceLayers())
            CHECK(info.contentSha256.isEmpty());
        CHECK(reader->checkLog().passed());
        const Provenance p = ProvenanceBuilder::ofProject(*reader, ProjectRules::record(*reader), AreaMethod::Ellipsoidal);
        for (const ProvenanceLayer &l : p.layers)
            before << l.table + QLatin1Char('=') + l.sha256 + QLatin1Char('/') + QString::number(l.features);
    }
    const qsizetype eventsBefore = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly)->events().size();
    const auto store = openProject(fixture.path);
    CHECK(store->info().schemaVersion == ProjectSchema::kCurrentVersion);
    const QList<core::AuditEvent> events = store->events();
    // The step (10 → 11), then one hash per layer, then only the later steps (12 → …).
    const int later = ProjectSchema::kCurrentVersion - 11;
    REQUIRE(events.size() == eventsBefore + 1 + 4 + later);
    const core::AuditEvent &step = events[eventsBefore];
    CHECK(step.action == QLatin1String("migrate"));
    CHECK(step.oldValue.toObject().value(QStringLiteral("schema_version")).toInt() == 10);
    CHECK(step.newValue.toObject().value(QStringLiteral("schema_version")).toInt() == 11);
    for (qsizetype k = eventsBefore + 1; k < eventsBefore + 5; ++k) {
        CHECK(events[k].entity == QLatin1String("layer"));
        CHECK(events[k].action == QLatin1String("hash"));
    }
    for (qsizetype k = eventsBefore + 5; k < events.size(); ++k) {
        CHECK(events[k].action == QLatin1String("migrate"));
        CHECK(events[k].newValue.toObject().value(QStringLiteral("schema_version")).toInt() == 12 + (k - eventsBefore - 5));
    }
    CHECK(scalar(fixture.path, QStringLiteral("SELECT note FROM schema_version WHERE version = 11")).contains(QStringLiteral("hashes")));
    const Provenance p = ProvenanceBuilder::ofProject(*store, ProjectRules::record(*store), AreaMethod::Ellipsoidal);
    QStringList after;
    for (const ProvenanceLayer &l : p.layers)
        after << l.table + QLatin1Char('=') + l.sha256 + QLatin1Char('/') + QString::number(l.features);
    CHECK(after == before);
    for (const ReferenceLayerInfo &info : store->referenceLayers())
        CHECK(info.contentSha256 == LayerHash::of(store->readReference(info.table)));
    CHECK(store->checkLog().passed());
}

TEST_CASE("LayerHash hashes the store's own WKB as stored only when it is byte for byte what GEOS writes back",
    "[store][layer_hashes]")
{
    const GeosGeometryPtr square = fromWkt(QStringLiteral("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), "
                                                          "((20 0, 30 0, 30 10, 20 0)))"));
    const QByteArray wkb = toWkb(square.get());
    CHECK(LayerHash::isCanonicalMultiPolygon(wkb));
    CHECK(toWkb(toMultiPolygon(fromWkb(wkb).get()).get()) == wkb);
    // A polygon (GEOS writes it as a multipolygon), big-endian, a byte too many, cut short.
    const GeosGeometryPtr polygon = fromWkt(QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 0))"));
    CHECK_FALSE(LayerHash::isCanonicalMultiPolygon(toWkb(polygon.get())));
    QByteArray big = wkb;
    big[0] = 0;
    CHECK_FALSE(LayerHash::isCanonicalMultiPolygon(big));
    CHECK_FALSE(LayerHash::isCanonicalMultiPolygon(wkb + QByteArray(1, '\0')));
    CHECK_FALSE(LayerHash::isCanonicalMultiPolygon(wkb.left(wkb.size() - 8)));
    CHECK_FALSE(LayerHash::isCanonicalMultiPolygon(QByteArray()));
    // A ring that does not close (GEOS refuses to read it): the last point's x moved.
    QByteArray open = wkb;
    const double moved = 1.0;
    // The first polygon's ring: 1+4+4 (multi) + 1+4+4 (polygon) + 4 (points) = byte 22; 5 points.
    std::memcpy(open.data() + 22 + 4 * 16, &moved, sizeof moved);
    CHECK_FALSE(LayerHash::isCanonicalMultiPolygon(open));
    CHECK(fromWkb(open) == nullptr);
}

TEST_CASE("A parcel stored in another WKB form of the same polygon keeps its layer's hash (verify-log --full passes), and "
          "the kept hash is the hash of the layer read through GEOS",
    "[store][layer_hashes]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    QByteArray blob, wkb;
    {
        const SqliteConnection db(fixture.path, SqliteConnection::Mode::ReadOnly);
        auto row = db.query(QStringLiteral("SELECT geom FROM townships ORDER BY fid LIMIT 1"));
        REQUIRE(row->next());
        blob = row->blob(0);
        wkb = wkbFromGpkgBlob(blob);
    }
    REQUIRE(LayerHash::isCanonicalMultiPolygon(wkb));
    const GeosGeometryPtr multi = fromWkb(wkb);
    REQUIRE(GEOSGetNumGeometries_r(geosContext(), multi.get()) == 1);
    // The same township as a bare Polygon after the same GeoPackage header.
    const QByteArray polygon = toWkb(GEOSGetGeometryN_r(geosContext(), multi.get(), 0));
    execWithGpkg(fixture.path, QStringLiteral("UPDATE townships SET geom = ?1 WHERE fid = (SELECT MIN(fid) FROM townships)"),
        { blob.left(blob.size() - wkb.size()) + polygon });
    LogCheckOptions full;
    full.layerContent = true;
    const LogCheck check = GpkgProjectStore::verify(fixture.path, full);
    INFO((check.findings.empty() ? QString() : check.findings.front().message()).toStdString());
    CHECK(check.passed());
    const auto store = openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
    for (const ReferenceLayerInfo &info : store->referenceLayers())
        CHECK(info.contentSha256 == LayerHash::of(store->readReference(info.table)));
}
