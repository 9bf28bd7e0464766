// SPDX-License-Identifier: MIT
// SqlProjectStore: the reference layers, read by FeatureQuery through the spatial index.
#include "gis/store/sql/sql_project_store.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/shapefile_boxes.h"
#include "gis/store/project_tables.h"
#include "gis/store/reference_reads.h"
#include "gis/store/sql/sql_rows_p.h"

#include <atomic>
#include <future>

namespace fg::gis {

namespace {

bool isReference(const QString &table)
{
    for (const char *name : ProjectTables::kReference)
        if (table == QLatin1String(name))
            return true;
    return false;
}

} // namespace

QVariant sql_rows::fieldValue(const SqlRows &row, int column, FieldType type)
{
    if (row.isNull(column))
        return {};
    switch (type) {
    case FieldType::Integer:
        return qlonglong(row.integer(column));
    case FieldType::Real:
        return row.real(column);
    case FieldType::Date:
        return QDate::fromString(row.text(column).left(10), Qt::ISODate);
    case FieldType::DateTime: {
        QDateTime time = QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
        return time.isValid() ? time : QDateTime::fromString(row.text(column), Qt::ISODate);
    }
    default:
        return row.text(column);
    }
}

std::vector<ReferenceLayerInfo> SqlProjectStore::referenceLayers() const
{
    std::vector<ReferenceLayerInfo> result = referenceLayersUncounted();
    // Each count passes over every page of its table: one reader of its own counts them all off
    // the store's lock where it may (analyze --project's provenance counts while the load reads
    // the same store); else the store's connection counts them under the lock, as before.
    const std::unique_ptr<SqlConnection> reader = committedReader();
    for (ReferenceLayerInfo &layer : result) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(layer.table);
        std::unique_lock<std::recursive_mutex> guard;
        if (!reader)
            guard = lock();
        auto count = (reader ? *reader : *m_db).query(sql);
        count->next();
        layer.featureCount = count->integer(0);
    }
    return result;
}

std::unique_ptr<SqlConnection> SqlProjectStore::committedReader() const
{
    // Inside a transaction the store's connection may hold rows no other connection sees.
    const auto guard = lock();
    if (m_db->inTransaction())
        return nullptr;
    try {
        return readerConnection();
    } catch (const core::InputError &) {
        return nullptr; // no second connection to be had: the caller reads on the store's own
    }
}

std::vector<ReferenceLayerInfo> SqlProjectStore::referenceLayersUncounted() const
{
    const auto guard = lock();
    std::vector<ReferenceLayerInfo> result;
    for (const char *name : ProjectTables::kReference) {
        const QString table = QString::fromLatin1(name);
        if (!hasTable(table))
            continue;
        ReferenceLayerInfo info { table, 0, tableExtent(table), referenceFields(table), QString() };
        if (m_info.schemaVersion >= kLayerHashesVersion) {
            auto hash = m_db->query(
                QStringLiteral("SELECT sha256, features FROM layer_hashes WHERE table_name = ?1"), { table });
            if (hash->next()) {
                info.contentSha256 = hash->text(0);
                info.contentFeatures = hash->integer(1);
            }
        }
        result.push_back(std::move(info));
    }
    return result;
}

/// What readReference reads, settled on the store's connection: the layer without rows, the
/// SELECT, and the feature ids the query selects (all rows when it selects none).
struct ReferencePlan
{
    VectorLayer layer;
    QString select;
    bool whole = false; ///< the query selects nothing: every row
    qint64 total = 0; ///< rows to read, for the progress
    std::vector<qint64> fids;
};

ReferencePlan SqlProjectStore::planReference(const QString &table, const FeatureQuery &query) const
{
    const auto guard = lock();
    if (!isReference(table) || !hasTable(table))
        throw core::InputError(location(), tr("the project has no reference layer '%1'").arg(table));
    ReferencePlan plan;
    VectorLayer &layer = plan.layer;
    layer.name = table;
    layer.sourcePath = location();
    layer.driver = QStringLiteral("FarmGuard project");
    layer.geometryKind = GeometryKind::Polygon;
    layer.geometryTypeName = QStringLiteral("Multi Polygon");
    layer.fields = referenceFields(table);
    layer.crs = workingCrs();
    layer.encoding = { QStringLiteral("UTF-8"), tr("a FarmGuard project stores text as Unicode"), false };
    QStringList columns { QStringLiteral("fid"), geometrySelect(QStringLiteral("geom")) };
    for (const FieldDefinition &field : layer.fields)
        columns << sql_rows::quotedIdentifier(field.name);
    plan.select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
    plan.whole = query.empty();
    if (plan.whole) {
        auto count = m_db->query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        count->next();
        plan.total = count->integer(0);
    } else {
        plan.fids = sql_rows::selectedFids(
            query, [this, &table](const std::vector<QRectF> &boxes) { return fidsInBoxes(table, boxes); });
        plan.total = qint64(plan.fids.size());
    }
    return plan;
}

void SqlProjectStore::readPlannedRows(
    const SqlConnection &on, ReferencePlan &plan, const FeatureQuery &query, const StoreProgress &progress) const
{
    VectorLayer &layer = plan.layer;
    const BoxIndex near(query.boxes); // every row read is tested against every box
    qint64 done = 0;
    auto read = [&](const QString &where, const SqlParams &params) {
        auto rows = on.query(plan.select + where + QStringLiteral(" ORDER BY fid"), params);
        while (rows->next()) {
            GeosGeometryPtr geometry = geometryFrom(rows->blob(1));
            if (!query.boxes.empty() && !sql_rows::meetsAny(geometry.get(), near))
                continue;
            std::vector<QVariant> values;
            for (size_t k = 0; k < layer.fields.size(); ++k)
                values.push_back(sql_rows::fieldValue(*rows, int(k) + 2, layer.fields[k].type));
            layer.addFeature(rows->integer(0), std::move(values), std::move(geometry));
            if (progress && (++done % 256) == 0 && !progress(plan.total > 0 ? double(done) / double(plan.total) : 1))
                throw ReadCancelled();
        }
    };
    if (plan.whole)
        read(QString(), {});
    else
        for (const std::vector<qint64> &chunk : sql_rows::chunks(plan.fids))
            read(QStringLiteral(" WHERE fid IN (%1)").arg(sql_rows::placeholders(1, int(chunk.size()))),
                SqlParams(chunk.begin(), chunk.end()));
    if (progress && !progress(1))
        throw ReadCancelled();
}

VectorLayer SqlProjectStore::readReference(const QString &table, const FeatureQuery &query, const StoreProgress &progress) const
{
    const auto guard = lock();
    ReferencePlan plan = planReference(table, query);
    readPlannedRows(*m_db, plan, query, progress);
    return std::move(plan.layer);
}

std::vector<VectorLayer> SqlProjectStore::readReferences(
    const QStringList &tables, const FeatureQuery &query, const StoreProgress &progress) const
{
    if (tables.size() < 2)
        return readReferencesInTurn(*this, tables, query, progress);
    std::vector<std::unique_ptr<SqlConnection>> readers;
    while (readers.size() + 1 < size_t(tables.size())) {
        std::unique_ptr<SqlConnection> reader = committedReader();
        if (!reader)
            break;
        readers.push_back(std::move(reader));
    }
    if (readers.size() + 1 < size_t(tables.size()))
        return readReferencesInTurn(*this, tables, query, progress);
    // The plans (fields, the R-tree's answers) on the store's connection, the last table's first:
    // each reader starts on its rows as soon as its plan is made, while this thread plans the
    // next and then reads the first table's rows. Errors come in the order one table after the
    // other would raise them (the first's plan and rows, then each later table's plan or rows):
    // a later table's are kept until then. A failure stops the readers; the futures wait in
    // their destructors, so nothing outlives this call.
    const size_t n = size_t(tables.size());
    std::atomic<bool> stopped { false };
    std::vector<ReferencePlan> plans(n);
    std::vector<std::exception_ptr> planFailed(n);
    std::vector<std::future<void>> beside(n);
    for (size_t i = n - 1; i >= 1; --i) {
        try {
            plans[i] = planReference(tables[qsizetype(i)], query);
        } catch (...) {
            planFailed[i] = std::current_exception();
            continue;
        }
        beside[i] = std::async(std::launch::async, [this, &plans, &readers, &query, &stopped, i] {
            readPlannedRows(*readers[i - 1], plans[i], query, [&stopped](double) { return !stopped.load(); });
        });
    }
    try {
        const auto guard = lock();
        plans[0] = planReference(tables[0], query);
        StoreProgress firstPart;
        if (progress)
            firstPart = [&progress, n](double f) { return progress(f / double(n)); };
        readPlannedRows(*m_db, plans[0], query, firstPart);
        for (size_t i = 1; i < n; ++i) {
            if (planFailed[i])
                std::rethrow_exception(planFailed[i]);
            beside[i].get();
        }
    } catch (...) {
        stopped = true;
        throw;
    }
    if (progress && !progress(1))
        throw ReadCancelled();
    std::vector<VectorLayer> layers;
    for (ReferencePlan &plan : plans)
        layers.push_back(std::move(plan.layer));
    return layers;
}

} // namespace fg::gis
