// SPDX-License-Identifier: MIT
// Store contract: attachments, settings, reference layers.
#include "contract_fixture.h"
#include "core/input_error.h"
#include "gis/geos_context.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"
#include "gis/store/reference_reads.h"

#include <QCryptographicHash>

#include <functional>

using namespace fg;
using namespace fg::test::contract;

namespace {

std::vector<qint64> fids(const gis::VectorLayer &layer)
{
    std::vector<qint64> result;
    for (int row = 0; row < layer.featureCount(); ++row)
        result.push_back(layer.fid(row));
    return result;
}

const QString kLandUse = QString::fromLatin1(gis::ProjectTables::kLandUse);

} // namespace

STORE_CONTRACT("an attachment's id is the SHA-256 of its bytes, the same bytes are stored and logged once")
{
    const auto store = newProject(backend);
    const QByteArray photo("\x89PNG\r\n\x1a\n site photo", 20);
    const qsizetype events = eventCount(*store);
    const QString id
        = store->addAttachment(QStringLiteral("现场照片.png"), QStringLiteral("image/png"), photo);
    CHECK(id == QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
    CHECK(eventCount(*store) == events + 1);
    CHECK(store->events().last().entity == QStringLiteral("attachment"));
    CHECK(store->addAttachment(QStringLiteral("copy.png"), QStringLiteral("image/png"), photo) == id);
    CHECK(eventCount(*store) == events + 1);
    CHECK(store->attachment(id) == photo);
    CHECK_THROWS_AS(store->attachment(QString(64, QLatin1Char('0'))), core::InputError);
}

STORE_CONTRACT(
    "settings: unset is null, each change is one event with old and new, the log head keys are the store's")
{
    const auto store = newProject(backend);
    CHECK(store->setting(QStringLiteral("rules")).isNull());
    CHECK(store->setting(QStringLiteral("source.landuse"))
        == QStringLiteral("hand/dltb.shp")); // given at creation
    const qsizetype events = eventCount(*store);
    store->setSetting(QStringLiteral("rules"), QStringLiteral("{\"reading\":\"judicial\"}"));
    store->setSetting(QStringLiteral("rules"), QStringLiteral("{}"));
    CHECK(store->setting(QStringLiteral("rules")) == QStringLiteral("{}"));
    REQUIRE(eventCount(*store) == events + 2);
    const core::AuditEvent first = store->events().at(events), second = store->events().last();
    CHECK(first.entity == QStringLiteral("setting"));
    CHECK(first.entityId == QStringLiteral("rules"));
    CHECK(first.oldValue.isNull());
    CHECK(second.oldValue.toString() == QStringLiteral("{\"reading\":\"judicial\"}"));
    CHECK(second.newValue.toString() == QStringLiteral("{}"));
    CHECK_THROWS_AS(store->setSetting(QStringLiteral("log_head_seq"), QStringLiteral("1")), core::InputError);
    CHECK_THROWS_AS(
        store->setSetting(QStringLiteral("log_head_hash"), QString(64, QLatin1Char('0'))), core::InputError);
    CHECK(eventCount(*store) == events + 2);
    CHECK(store->verifyLog().intact());
}

STORE_CONTRACT("referenceLayers lists the project's layers in map order with counts, extents and fields")
{
    const auto store = newProject(backend);
    const std::vector<gis::ReferenceLayerInfo> layers = store->referenceLayers();
    REQUIRE(layers.size() == 4);
    for (size_t k = 0; k < layers.size(); ++k)
        CHECK(layers[k].table == QString::fromLatin1(gis::ProjectTables::kReference[k]));
    const gis::ReferenceLayerInfo &landUse = layers[0];
    CHECK(landUse.featureCount == 4);
    CHECK(landUse.extent == box(0, 0, 1100, 1100));
    REQUIRE(landUse.fields.size() == 6);
    CHECK(landUse.fields[1].name == QStringLiteral("DLBM"));
    CHECK(landUse.fields[3].type == gis::FieldType::Real);
    CHECK(landUse.fields[4].type == gis::FieldType::Integer);
    CHECK(landUse.fields[5].type == gis::FieldType::Date);
    CHECK(layers[1].featureCount == 1);
    CHECK(layers[1].extent == box(0, 0, 50, 100));
    CHECK(layers[3].extent == box(-1000, -1000, 2000, 2000));
}

STORE_CONTRACT(
    "readReference gives the features as created: fids 1…n in the order given, fields, values, polygons")
{
    const auto store = newProject(backend);
    const gis::VectorLayer layer = store->readReference(kLandUse);
    CHECK(layer.name == kLandUse);
    CHECK(layer.sourcePath == store->info().location);
    REQUIRE(layer.featureCount() == 4);
    CHECK(fids(layer) == std::vector<qint64> { 1, 2, 3, 4 });
    REQUIRE(layer.fields.size() == 6);
    CHECK(layer.value(0, 1).toString() == QStringLiteral("0103"));
    CHECK(layer.value(0, 2).toString() == QStringLiteral("旱地"));
    CHECK(layer.value(1, 3).toDouble() == 10000.0);
    CHECK(layer.value(2, 4).toLongLong() == 2023);
    CHECK(layer.value(3, 5).toDate() == QDate(2023, 12, 31));
    for (int row = 0; row < layer.featureCount(); ++row)
        CHECK(area(layer.geometry(row)) == Approx(10000.0).epsilon(1e-12));
    const gis::VectorLayer towns = store->readReference(QString::fromLatin1(gis::ProjectTables::kTownships));
    REQUIRE(towns.featureCount() == 2);
    CHECK(towns.value(0, towns.fieldIndex(QStringLiteral("XZQMC"))).toString() == QStringLiteral("龙溪镇"));
    CHECK(area(towns.geometry(1)) == Approx(1500.0 * 3000.0).epsilon(1e-12));
}

STORE_CONTRACT("readReference selects by boxes through the spatial index, by fids, and by both")
{
    const auto store = newProject(backend);
    gis::FeatureQuery query;
    query.boxes = { box(10, 10, 20, 20) };
    CHECK(fids(store->readReference(kLandUse, query)) == std::vector<qint64> { 1 });
    query.boxes = { box(100, 100, 100, 100) }; // a point where parcels 1, 2 and 3 meet
    CHECK(fids(store->readReference(kLandUse, query)) == std::vector<qint64> { 1, 2, 3 });
    query.boxes = { box(150, 50, 160, 60), box(1050, 1050, 1060, 1060) };
    CHECK(fids(store->readReference(kLandUse, query)) == std::vector<qint64> { 2, 4 });
    query.boxes = { box(5000, 5000, 5001, 5001) };
    CHECK(store->readReference(kLandUse, query).featureCount() == 0);
    query.boxes.clear();
    query.fids = { 4, 2 };
    CHECK(fids(store->readReference(kLandUse, query)) == std::vector<qint64> { 2, 4 });
    query.boxes = { box(0, 0, 200, 100) };
    CHECK(fids(store->readReference(kLandUse, query)) == std::vector<qint64> { 2 });
    CHECK_THROWS_AS(store->readReference(QStringLiteral("incidents_copy")), core::InputError);
}

namespace {

/// True when @p a and @p b hold the same features: fids, values and exactly equal geometries.
bool sameFeatures(const gis::VectorLayer &a, const gis::VectorLayer &b)
{
    if (a.name != b.name || a.sourcePath != b.sourcePath || a.fields.size() != b.fields.size()
        || a.crs.epsg != b.crs.epsg || fids(a) != fids(b))
        return false;
    for (int row = 0; row < a.featureCount(); ++row) {
        if (GEOSEqualsExact_r(gis::geosContext(), a.geometry(row), b.geometry(row), 0) != 1)
            return false;
        for (int k = 0; k < int(a.fields.size()); ++k)
            if (a.value(row, k) != b.value(row, k))
                return false;
    }
    return true;
}

QString messageOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const core::InputError &error) {
        return error.message();
    }
    return {};
}

} // namespace

STORE_CONTRACT("readReferences gives each layer as readReference does, in order, and the first error in table order")
{
    const auto store = newProject(backend);
    const QString towns = QString::fromLatin1(gis::ProjectTables::kTownships);
    gis::FeatureQuery near;
    near.boxes = { box(100, 100, 100, 100), box(1050, 1050, 1060, 1060) };
    gis::FeatureQuery byFid;
    byFid.fids = { 4, 2 };
    for (const gis::FeatureQuery &query : { gis::FeatureQuery {}, near, byFid }) {
        const std::vector<gis::VectorLayer> both = gis::readReferences(*store, { kLandUse, towns }, query);
        REQUIRE(both.size() == 2);
        CHECK(sameFeatures(both[0], store->readReference(kLandUse, query)));
        CHECK(sameFeatures(both[1], store->readReference(towns, query)));
        const std::vector<gis::VectorLayer> swapped = gis::readReferences(*store, { towns, kLandUse }, query);
        REQUIRE(swapped.size() == 2);
        CHECK(sameFeatures(swapped[0], both[1]));
        CHECK(sameFeatures(swapped[1], both[0]));
    }
    CHECK(fids(gis::readReferences(*store, { kLandUse, towns }, near)[0]) == std::vector<qint64> { 1, 2, 3, 4 });
    // A missing layer fails as readReference fails, the earlier table's failure first.
    CHECK(messageOf([&] { gis::readReferences(*store, { QStringLiteral("missing_a"), kLandUse }); }).contains(QStringLiteral("missing_a")));
    CHECK(messageOf([&] { gis::readReferences(*store, { kLandUse, QStringLiteral("missing_b") }); }).contains(QStringLiteral("missing_b")));
    const QString first = messageOf([&] { gis::readReferences(*store, { QStringLiteral("missing_a"), QStringLiteral("missing_b") }); });
    CHECK(first.contains(QStringLiteral("missing_a")));
    CHECK_FALSE(first.contains(QStringLiteral("missing_b")));
    // A cancel stops the read (and whatever reads beside it) with ReadCancelled.
    CHECK_THROWS_AS(gis::readReferences(*store, { kLandUse, towns }, {}, [](double) { return false; }), gis::ReadCancelled);
    double last = 0;
    gis::readReferences(*store, { kLandUse, towns }, {}, [&last](double f) {
        CHECK(f >= last);
        CHECK(f <= 1.0);
        last = f;
        return true;
    });
}
