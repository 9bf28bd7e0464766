// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_layers_p.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/pg/pg_sql_p.h"
#include "gis/geometry/geometry_box.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fg::gis {

namespace {

constexpr quint32 kEwkbSrid = 0x20000000;

void appendEscaped(QByteArray &line, const QByteArray &text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

QByteArray arrayText(const std::vector<double> &values)
{
    QByteArray text = "{";
    for (size_t i = 0; i < values.size(); ++i)
        text += (i ? "," : "") + pgFloat8Text(values[i]);
    return text + "}";
}

/// A reference field's value as a dump carries it (dates as the GeoPackage stores them).
QVariant dumpValue(const QVariant &value, FieldType type)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Date:
        return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
    case FieldType::DateTime:
        return value.typeId() == QMetaType::QDateTime ? value.toDateTime().toString(Qt::ISODateWithMs) : value.toString();
    default:
        return value.toString();
    }
}

DumpKind kindOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return DumpKind::Integer;
    case FieldType::Real:
        return DumpKind::Real;
    default:
        return DumpKind::Text;
    }
}

QVariant fieldValue(const SqlRows &row, int column, FieldType type)
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
        const QDateTime time = QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
        return time.isValid() ? time : QDateTime::fromString(row.text(column), Qt::ISODate);
    }
    default:
        return row.text(column);
    }
}

bool meetsAny(const GEOSGeometry *geometry, const std::vector<QRectF> &boxes)
{
    GeometryBox g;
    if (!geometryBox(geometry, &g))
        return false;
    return std::any_of(boxes.begin(), boxes.end(), [&](const QRectF &raw) {
        const QRectF box = raw.normalized();
        return g.minX <= box.right() && g.maxX >= box.left() && g.minY <= box.bottom() && g.maxY >= box.top();
    });
}

struct WkbReader
{
    GEOSWKBReader *reader = GEOSWKBReader_create_r(geosContext());
    ~WkbReader() { GEOSWKBReader_destroy_r(geosContext(), reader); }
    GeosGeometryPtr read(const QByteArray &wkb) const
    {
        return GeosGeometryPtr(GEOSWKBReader_read_r(
            geosContext(), reader, reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size())));
    }
};

} // namespace

QByteArray pgHexEwkb(const QByteArray &wkb, int srid)
{
    if (wkb.size() < 5)
        throw std::runtime_error("a WKB geometry is too short");
    const bool little = wkb[0] == 1;
    const auto word = [little](quint32 value) {
        QByteArray bytes(4, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            bytes[little ? i : 3 - i] = char((value >> (8 * i)) & 0xff);
        return bytes;
    };
    quint32 type = 0;
    for (int i = 0; i < 4; ++i)
        type |= quint32(static_cast<unsigned char>(wkb[1 + (little ? i : 3 - i)])) << (8 * i);
    const QByteArray ewkb = wkb.left(1) + word(type | kEwkbSrid) + word(quint32(srid)) + wkb.mid(5);
    return ewkb.toHex();
}

QByteArray pgMultiPolygonWkb(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr promoted;
    if (GEOSGeomTypeId_r(ctx, geometry) == GEOS_POLYGON) {
        GEOSGeometry *parts[] = { GEOSGeom_clone_r(ctx, geometry) };
        promoted.reset(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts, 1));
        geometry = promoted.get();
    }
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setOutputDimension_r(ctx, writer, 2);
    GEOSWKBWriter_setByteOrder_r(ctx, writer, GEOS_WKB_NDR);
    size_t size = 0;
    unsigned char *bytes = GEOSWKBWriter_write_r(ctx, writer, geometry, &size);
    GEOSWKBWriter_destroy_r(ctx, writer);
    if (!bytes)
        throw std::runtime_error("GEOS cannot write the geometry as WKB");
    QByteArray wkb(reinterpret_cast<const char *>(bytes), qsizetype(size));
    GEOSFree_r(ctx, bytes);
    return wkb;
}

QByteArray pgCopyLine(const std::vector<QVariant> &values, const std::vector<DumpKind> &kinds, int srid)
{
    QByteArray line;
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            line += '\t';
        const QVariant &value = values[i];
        if (value.isNull() || !value.isValid()) {
            line += "\\N";
            continue;
        }
        switch (kinds[i]) {
        case DumpKind::Integer:
            line += QByteArray::number(value.toLongLong());
            break;
        case DumpKind::Real:
            line += pgFloat8Text(value.toDouble());
            break;
        case DumpKind::Geometry:
            line += pgHexEwkb(value.toByteArray(), srid);
            break;
        case DumpKind::Blob:
            line += "\\\\x" + value.toByteArray().toHex();
            break;
        case DumpKind::Text:
            appendEscaped(line, value.toString().toUtf8());
            break;
        }
    }
    return line + '\n';
}

void PgLayers::load(PgConnection &connection, const QString &table, const VectorLayer &layer, int srid,
    const StoreProgress &progress)
{
    PgSchema::createReference(connection, table, layer.fields, srid);
    QStringList columns { QStringLiteral("fid"), QStringLiteral("geom") };
    std::vector<DumpKind> kinds { DumpKind::Integer, DumpKind::Geometry };
    for (const FieldDefinition &field : layer.fields) {
        columns << connection.identifier(field.name);
        kinds.push_back(kindOf(field.type));
    }
    const int count = layer.featureCount();
    int row = 0;
    std::vector<QVariant> values(kinds.size());
    connection.copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(connection.identifier(table), columns.join(QStringLiteral(", "))),
        [&](QByteArray &chunk) {
            for (int n = 0; n < 2048 && row < count; ++n, ++row) {
                values[0] = qint64(row) + 1; // as the GeoPackage numbers a new layer's features
                values[1] = pgMultiPolygonWkb(layer.geometry(row));
                for (size_t k = 0; k < layer.fields.size(); ++k)
                    values[k + 2] = dumpValue(layer.value(row, int(k)), layer.fields[k].type);
                chunk += pgCopyLine(values, kinds, srid);
            }
            if (progress && !progress(count ? 0.9 * row / count : 0.9))
                throw ReadCancelled();
            return row < count;
        });
    // Keep new features' ids after the copied ones (GENERATED BY DEFAULT does not look).
    connection.script(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'fid'), coalesce(max(fid), 0) + 1, false) FROM %1")
                          .arg(connection.identifier(table)));
    PgSchema::index(connection, table);
    if (progress && !progress(1))
        throw ReadCancelled();
}

SqlParams PgLayers::selectParams(const FeatureQuery &query)
{
    SqlParams params;
    if (!query.boxes.empty()) {
        std::vector<double> x1, y1, x2, y2;
        for (const QRectF &raw : query.boxes) {
            const QRectF box = raw.normalized();
            x1.push_back(box.left());
            y1.push_back(box.top());
            x2.push_back(box.right());
            y2.push_back(box.bottom());
        }
        for (const auto *values : { &x1, &y1, &x2, &y2 })
            params.push_back(QString::fromLatin1(arrayText(*values)));
    }
    if (!query.fids.empty()) {
        QStringList fids;
        for (const qint64 fid : query.fids)
            fids << QString::number(fid);
        params.push_back(QLatin1Char('{') + fids.join(QLatin1Char(',')) + QLatin1Char('}'));
    }
    return params;
}

QString PgLayers::selectSql(const PgConnection &connection, const QString &table,
    const std::vector<FieldDefinition> &fields, const FeatureQuery &query, int srid)
{
    const QString name = connection.identifier(table);
    QStringList columns { QStringLiteral("t.fid"), QStringLiteral("ST_AsBinary(t.geom)") };
    for (const FieldDefinition &field : fields)
        columns << QStringLiteral("t.") + connection.identifier(field.name);
    QStringList where;
    int next = 1;
    if (!query.boxes.empty()) {
        // One query for all boxes: each box is an index scan of the GiST index (float boxes,
        // rounded outwards: a superset, checked exactly by the reader).
        // The fids first (an InitPlan: a nested loop of GiST scans), then the rows by primary
        // key; with "fid IN (…)" the planner misjudges the boxes' yield and scans the table.
        where << QStringLiteral("t.fid = ANY(ARRAY(SELECT s.fid FROM unnest(?1::float8[], ?2::float8[], ?3::float8[], "
                                "?4::float8[]) AS b(x1, y1, x2, y2) JOIN %1 s ON s.geom && "
                                "ST_MakeEnvelope(b.x1, b.y1, b.x2, b.y2, %2)))")
                     .arg(name)
                     .arg(srid);
        next = 5;
    }
    if (!query.fids.empty())
        where << QStringLiteral("t.fid = ANY(?%1::bigint[])").arg(next);
    return QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY t.fid")
        .arg(columns.join(QStringLiteral(", ")), name,
            where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
}

VectorLayer PgLayers::read(const PgConnection &connection, const QString &table, const FeatureQuery &query,
    const StoreProgress &progress, const CrsDecision &crs)
{
    VectorLayer layer;
    layer.name = table;
    layer.sourcePath = connection.location();
    layer.driver = QStringLiteral("FarmGuard project");
    layer.geometryKind = GeometryKind::Polygon;
    layer.geometryTypeName = QStringLiteral("Multi Polygon");
    layer.fields = PgSchema::fields(connection, table);
    layer.crs = crs;
    layer.encoding = { QStringLiteral("UTF-8"), tr("a FarmGuard project stores text as Unicode"), false };
    qint64 total = 0;
    if (progress) {
        // The planner's estimate: exact counts cost a scan of their own.
        auto estimate = connection.query(QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = ?1::regclass"),
            { connection.identifier(connection.schema()) + QLatin1Char('.') + connection.identifier(table) });
        total = estimate->next() ? std::max<qint64>(estimate->integer(0), 1) : 1;
        if (!query.fids.empty())
            total = qint64(query.fids.size());
    }
    const WkbReader wkb;
    auto rows = connection.stream(selectSql(connection, table, layer.fields, query, crs.epsg), selectParams(query));
    qint64 done = 0;
    while (rows->next()) {
        GeosGeometryPtr geometry = wkb.read(rows->blob(1));
        if (!geometry)
            throw core::InputError(connection.location(), tr("a stored geometry cannot be read: %1").arg(takeGeosError()),
                QStringLiteral("%1 %2").arg(table).arg(rows->integer(0)));
        if (!query.boxes.empty() && !meetsAny(geometry.get(), query.boxes))
            continue;
        std::vector<QVariant> values;
        values.reserve(layer.fields.size());
        for (size_t k = 0; k < layer.fields.size(); ++k)
            values.push_back(fieldValue(*rows, int(k) + 2, layer.fields[k].type));
        layer.addFeature(rows->integer(0), std::move(values), std::move(geometry));
        if (progress && (++done % 512) == 0 && !progress(std::min(1.0, double(done) / double(total))))
            throw ReadCancelled(); // destroying the rows cancels the query
    }
    if (progress && !progress(1))
        throw ReadCancelled();
    return layer;
}

} // namespace fg::gis
