// SPDX-License-Identifier: MIT
// SqlProjectStore: the reference layers, read by FeatureQuery through the spatial index.
#include "gis/store/sql/sql_project_store.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/shapefile_boxes.h"
#include "gis/store/project_tables.h"
#include "gis/store/sql/sql_rows_p.h"

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
    const auto guard = lock();
    std::vector<ReferenceLayerInfo> result = referenceLayersUncounted();
    for (ReferenceLayerInfo &layer : result) {
        auto count = m_db->query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(layer.table));
        count->next();
        layer.featureCount = count->integer(0);
    }
    return result;
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
            auto hash = m_db->query(QStringLiteral("SELECT sha256 FROM layer_hashes WHERE table_name = ?1"), { table });
            if (hash->next())
                info.contentSha256 = hash->text(0);
        }
        result.push_back(std::move(info));
    }
    return result;
}

VectorLayer SqlProjectStore::readReference(const QString &table, const FeatureQuery &query, const StoreProgress &progress) const
{
    const auto guard = lock();
    if (!isReference(table) || !hasTable(table))
        throw core::InputError(location(), tr("the project has no reference layer '%1'").arg(table));
    VectorLayer layer;
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
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
    const BoxIndex near(query.boxes); // every row read is tested against every box
    auto read = [&](const QString &where, const SqlParams &params, qint64 total, qint64 &done) {
        auto rows = m_db->query(select + where + QStringLiteral(" ORDER BY fid"), params);
        while (rows->next()) {
            GeosGeometryPtr geometry = geometryFrom(rows->blob(1));
            if (!query.boxes.empty() && !sql_rows::meetsAny(geometry.get(), near))
                continue;
            std::vector<QVariant> values;
            for (size_t k = 0; k < layer.fields.size(); ++k)
                values.push_back(sql_rows::fieldValue(*rows, int(k) + 2, layer.fields[k].type));
            layer.addFeature(rows->integer(0), std::move(values), std::move(geometry));
            if (progress && (++done % 256) == 0 && !progress(total > 0 ? double(done) / double(total) : 1))
                throw ReadCancelled();
        }
    };
    qint64 done = 0;
    if (query.empty()) {
        auto count = m_db->query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        count->next();
        const qint64 total = count->integer(0);
        count.reset();
        read(QString(), {}, total, done);
    } else {
        const std::vector<qint64> fids
            = sql_rows::selectedFids(query, [this, &table](const QRectF &box) { return fidsInBox(table, box); });
        for (const std::vector<qint64> &chunk : sql_rows::chunks(fids))
            read(QStringLiteral(" WHERE fid IN (%1)").arg(sql_rows::placeholders(1, int(chunk.size()))),
                SqlParams(chunk.begin(), chunk.end()), qint64(fids.size()), done);
    }
    if (progress && !progress(1))
        throw ReadCancelled();
    return layer;
}

} // namespace fg::gis
