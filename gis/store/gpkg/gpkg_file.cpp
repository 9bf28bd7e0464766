// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_file_p.h"

#include "core/input_error.h"
#include "gis/io/gdal_handles_p.h"
#include "gis/io/ogr_writing_p.h"
#include "gis/store/sql/sql_connection_p.h"

#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace fg::gis {

namespace {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void addField(OGRLayerH layer, const QString &path, const FieldDefinition &definition)
{
    OGRFieldDefnH field = OGR_Fld_Create(definition.name.toUtf8().constData(), ogrFieldType(definition.type));
    const OGRErr err = OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    if (err != OGRERR_NONE)
        throw core::InputError(path, GpkgFile::tr("cannot create field %1").arg(definition.name));
}

} // namespace

std::vector<FieldDefinition> GpkgFile::incidentFields()
{
    std::vector<FieldDefinition> fields;
    for (const char *name : { "incident_id", "source" })
        fields.push_back({ QString::fromLatin1(name), FieldType::Text });
    fields.push_back({ QStringLiteral("discovery_date"), FieldType::Date });
    for (const char *name : { "township", "village", "party", "violation_type", "description" })
        fields.push_back({ QString::fromLatin1(name), FieldType::Text });
    for (const char *name : { "area_m2", "basic_farmland_m2", "cultivated_m2", "cultivated_outside_m2",
             "basic_farmland_mu", "cultivated_mu" })
        fields.push_back({ QString::fromLatin1(name), FieldType::Real });
    for (const char *name : { "verdict", "area_method" })
        fields.push_back({ QString::fromLatin1(name), FieldType::Text });
    return fields;
}

void GpkgFile::create(const QString &path)
{
    registerDrivers();
    if (QFileInfo::exists(path))
        throw core::InputError(path, tr("the file exists already: choose a new project file"));
    ScopedCplErrors errors;
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GdalDatasetPtr ds(driver ? GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds)
        throw core::InputError(path, tr("cannot create the project: %1").arg(errors.lastError()));
}

void GpkgFile::addLayer(const QString &path, const QString &table, int epsg, const std::vector<FieldDefinition> &fields,
    const QString &description)
{
    registerDrivers();
    ScopedCplErrors errors;
    const char *const allowed[] = { "GPKG", nullptr };
    GdalDatasetPtr ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, allowed, nullptr, nullptr));
    if (!ds)
        throw core::InputError(path, tr("cannot open the project to add layer %1: %2").arg(table, errors.lastError()));
    const OgrSrsPtr srs = ogrSrsForEpsg(epsg);
    const QByteArray describe = "DESCRIPTION=" + description.toUtf8();
    const char *options[] = { "SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid", describe.constData(), nullptr };
    OGRLayerH layer = GDALDatasetCreateLayer(
        ds.get(), table.toUtf8().constData(), srs.get(), wkbMultiPolygon, const_cast<char **>(options));
    if (!layer)
        throw core::InputError(path, tr("cannot create layer %1: %2").arg(table, errors.lastError()));
    for (const FieldDefinition &field : fields)
        addField(layer, path, field);
    if (OGR_L_SyncToDisk(layer) != OGRERR_NONE)
        throw core::InputError(path, tr("cannot write layer %1: %2").arg(table, errors.lastError()));
}

void GpkgFile::refreshExtent(SqlConnection &db, const QString &table, bool finished)
{
    // The R-tree (GDAL's tables have one) is the cheap way to the extent; grid_cells has none.
    const QString rtree = QStringLiteral("rtree_%1_geom").arg(table);
    const bool indexed
        = db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"), { rtree })->next();
    const QString sql = indexed && !finished
        ? QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                         "min_x = (SELECT MIN(minx) FROM \"%1\"), max_x = (SELECT MAX(maxx) FROM \"%1\"), "
                         "min_y = (SELECT MIN(miny) FROM \"%1\"), max_y = (SELECT MAX(maxy) FROM \"%1\") "
                         "WHERE table_name = ?1")
              .arg(rtree)
        : QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                         "min_x = (SELECT MIN(ST_MinX(geom)) FROM \"%1\"), max_x = (SELECT MAX(ST_MaxX(geom)) FROM \"%1\"), "
                         "min_y = (SELECT MIN(ST_MinY(geom)) FROM \"%1\"), max_y = (SELECT MAX(ST_MaxY(geom)) FROM \"%1\") "
                         "WHERE table_name = ?1")
              .arg(table);
    db.execute(sql, { table });
    if (finished && db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'"))->next())
        db.execute(QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM \"%1\") "
                                  "WHERE lower(table_name) = lower(?1)")
                       .arg(table),
            { table });
}

void GpkgFile::setExtent(SqlConnection &db, const QString &table, const double *extent, qint64 features)
{
    SqlParams params { table };
    for (int i = 0; i < 4; ++i)
        params.push_back(extent ? QVariant(extent[i]) : QVariant());
    db.execute(QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                              "min_x = ?2, max_x = ?3, min_y = ?4, max_y = ?5 WHERE table_name = ?1"),
        params);
    if (db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'"))->next())
        db.execute(QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = ?2 WHERE lower(table_name) = lower(?1)"),
            { table, features });
}

QVariant GpkgFile::storedValue(const QVariant &value, FieldType type)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Date:
        return value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime
            ? QVariant(value.toDate().toString(Qt::ISODate))
            : QVariant(value.toString());
    case FieldType::DateTime:
        return value.typeId() == QMetaType::QDateTime ? QVariant(value.toDateTime().toString(Qt::ISODateWithMs))
                                                      : QVariant(value.toString());
    default:
        return value.toString();
    }
}

void GpkgFile::discard(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace fg::gis
