// SPDX-License-Identifier: MIT
#include "gis/sample/sample_layer_writer.h"

#include "core/input_error.h"
#include "gis/io/gdal_handles_p.h"
#include "gis/io/ogr_writing_p.h"
#include "gis/sample/sample_layer.h"

#include <cpl_conv.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>

#include <mutex>

namespace fg::gis::sample {

namespace {

/// Header dates of the written files, fixed so that regenerating gives identical bytes.
constexpr const char *kFileDate = "2024-01-01";
/// Byte 29 of a DBF header: the language driver id (LDID) that would name the code page.
constexpr qint64 kDbfLanguageDriverOffset = 29;

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis::sample", text);
}

void registerDriversOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

/// Owns the char* array GDAL option lists want.
class OptionList
{
public:
    explicit OptionList(const QStringList &options)
    {
        for (const QString &o : options)
            m_storage.push_back(o.toUtf8());
        for (const QByteArray &b : m_storage)
            m_pointers.push_back(b.constData());
        m_pointers.push_back(nullptr);
    }
    char **data() { return const_cast<char **>(m_pointers.data()); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_pointers;
};

GdalDatasetPtr createDataset(const char *driverName, const QString &path)
{
    registerDriversOnce();
    ScopedCplErrors errors;
    GDALDriverH driver = GDALGetDriverByName(driverName);
    GDALDatasetH ds
        = driver ? GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
    if (!ds)
        throw core::InputError(path, tr("cannot create the file: %1").arg(errors.lastError()));
    return GdalDatasetPtr(ds);
}

OGRLayerH createLayer(GDALDatasetH ds, const SampleLayer &layer, int epsg, const QString &path, bool multi,
    const QStringList &options)
{
    const OgrSrsPtr srs = ogrSrsForEpsg(epsg);
    OptionList list(options);
    ScopedCplErrors errors;
    OGRLayerH l = GDALDatasetCreateLayer(
        ds, layer.name.toUtf8().constData(), srs.get(), multi ? wkbMultiPolygon : wkbPolygon, list.data());
    if (!l)
        throw core::InputError(path, tr("cannot create layer %1: %2").arg(layer.name, errors.lastError()));
    for (const SampleField &f : layer.fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(f.name.toUtf8().constData(), ogrFieldType(f.type));
        OGR_Fld_SetWidth(defn, f.width);
        OGR_Fld_SetPrecision(defn, f.precision);
        const OGRErr err = OGR_L_CreateField(l, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (err != OGRERR_NONE)
            throw core::InputError(path, tr("cannot create field %1: %2").arg(f.name, errors.lastError()));
    }
    return l;
}

void setValue(OGRFeatureH feature, int index, const SampleField &field, const QVariant &value)
{
    if (value.isNull())
        return;
    switch (field.type) {
    case FieldType::Integer:
        OGR_F_SetFieldInteger64(feature, index, value.toLongLong());
        break;
    case FieldType::Real:
        OGR_F_SetFieldDouble(feature, index, value.toDouble());
        break;
    case FieldType::Date: {
        const QDate d = value.toDate();
        OGR_F_SetFieldDateTime(feature, index, d.year(), d.month(), d.day(), 0, 0, 0, 0);
        break;
    }
    default:
        OGR_F_SetFieldString(feature, index, value.toString().toUtf8().constData());
        break;
    }
}

void writeFeatures(OGRLayerH l, const SampleLayer &layer, const QString &path, bool multi)
{
    ScopedCplErrors errors;
    for (int row = 0; row < layer.size(); ++row) {
        OgrFeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(l)));
        const auto &values = layer.rows[static_cast<size_t>(row)];
        for (size_t k = 0; k < layer.fields.size(); ++k)
            setValue(feature.get(), static_cast<int>(k), layer.fields[k], values[k]);
        OGR_F_SetGeometryDirectly(
            feature.get(), ogrGeometryFromGeos(layer.geometries[static_cast<size_t>(row)].get(), multi));
        if (OGR_L_CreateFeature(l, feature.get()) != OGRERR_NONE)
            throw core::InputError(
                path, tr("cannot write a feature: %1").arg(errors.lastError()), QString::number(row + 1));
    }
}

} // namespace

SampleLayerWriter::SampleLayerWriter(int epsg)
    : m_epsg(epsg)
{
}

void SampleLayerWriter::writeShapefile(const SampleLayer &layer, const QString &dir) const
{
    const QString base = QDir(dir).filePath(layer.name);
    for (const char *ext : { ".shp", ".shx", ".dbf", ".prj", ".cpg" })
        QFile::remove(base + QLatin1String(ext));
    const QString path = base + QStringLiteral(".shp");
    {
        GdalDatasetPtr ds = createDataset("ESRI Shapefile", path);
        const QStringList options { QStringLiteral("ENCODING=CP936"),
            QStringLiteral("DBF_DATE_LAST_UPDATE=") + QLatin1String(kFileDate) };
        OGRLayerH l = createLayer(ds.get(), layer, m_epsg, path, false, options);
        writeFeatures(l, layer, path, false);
    }
    // What county offices deliver: GBK text with nothing in the files that says so.
    QFile::remove(base + QStringLiteral(".cpg"));
    QFile dbf(base + QStringLiteral(".dbf"));
    if (!dbf.open(QIODevice::ReadWrite) || !dbf.seek(kDbfLanguageDriverOffset) || dbf.write("\0", 1) != 1)
        throw core::InputError(dbf.fileName(), // lupdate files tr() here under SampleLayerWriter, not the helper's context
            QCoreApplication::translate("fg::gis::sample", "cannot clear the DBF language driver byte"));
}

void SampleLayerWriter::writeGeoPackage(
    const std::vector<const SampleLayer *> &layers, const QString &path) const
{
    QFile::remove(path);
    // GeoPackage stamps gpkg_contents.last_change with the current time unless told otherwise.
    CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z");
    try {
        GdalDatasetPtr ds = createDataset("GPKG", path);
        for (const SampleLayer *layer : layers) {
            OGRLayerH l
                = createLayer(ds.get(), *layer, m_epsg, path, true, { QStringLiteral("SPATIAL_INDEX=YES") });
            GDALDatasetStartTransaction(ds.get(), FALSE);
            writeFeatures(l, *layer, path, true);
            GDALDatasetCommitTransaction(ds.get());
        }
    } catch (...) {
        CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr);
        throw;
    }
    CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr);
}

} // namespace fg::gis::sample
