// SPDX-License-Identifier: MIT
#include "fixture_writer.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QDir>
#include <QFile>

#include <mutex>
#include <stdexcept>

namespace fixture {

namespace {

void registerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("fixture: ") + what + ": " + CPLGetLastErrorMsg());
}

/// Writes features; text is passed to GDAL as UTF-8 and recoded by the driver when the layer has
/// an ENCODING option.
void addFeatures(OGRLayerH layer, const std::vector<Feature> &features)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const Feature &f : features) {
        OGRFeatureH feature = OGR_F_Create(defn);
        for (int i = 0; i < f.values.size(); ++i)
            OGR_F_SetFieldString(feature, i, f.values[i].toUtf8().constData());
        if (!f.wkt.isEmpty()) {
            QByteArray wkt = f.wkt.toUtf8();
            char *cursor = wkt.data();
            OGRGeometryH g = nullptr;
            check(OGR_G_CreateFromWkt(&cursor, nullptr, &g) == OGRERR_NONE, "bad WKT");
            OGR_F_SetGeometryDirectly(feature, g);
        }
        check(OGR_L_CreateFeature(layer, feature) == OGRERR_NONE, "create feature");
        OGR_F_Destroy(feature);
    }
}

void patchLdid(const QString &dbfPath, int ldid)
{
    QFile dbf(dbfPath);
    check(dbf.open(QIODevice::ReadWrite), "open dbf");
    dbf.seek(29);
    const char byte = static_cast<char>(ldid);
    dbf.write(&byte, 1);
}

} // namespace

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "open for writing");
    file.write(bytes);
    return path;
}

QString writeShapefile(const QString &dir, const ShapefileSpec &spec)
{
    registerOnce();
    const QString shp = QDir(dir).filePath(spec.name + QStringLiteral(".shp"));
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    GDALDatasetH ds = GDALCreate(driver, shp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    check(ds, "create shapefile");
    const QByteArray encoding = "ENCODING=" + spec.encoding.toLatin1();
    const QByteArray type = "SHPT=" + spec.geometryType.toLatin1();
    const char *options[] = { encoding.constData(), type.constData(), nullptr };
    OGRLayerH layer = GDALDatasetCreateLayer(
        ds, spec.name.toUtf8().constData(), nullptr, wkbUnknown, const_cast<char **>(options));
    check(layer, "create layer");
    for (const QString &field : spec.fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(field.toUtf8().constData(), OFTString);
        OGR_Fld_SetWidth(defn, 40);
        check(OGR_L_CreateField(layer, defn, TRUE) == OGRERR_NONE, "create field");
        OGR_Fld_Destroy(defn);
    }
    addFeatures(layer, spec.features);
    GDALClose(ds);
    const QString base = QDir(dir).filePath(spec.name);
    patchLdid(base + QStringLiteral(".dbf"), spec.ldid);
    QFile::remove(base + QStringLiteral(".cpg"));
    if (spec.cpg)
        writeBytes(base + QStringLiteral(".cpg"), spec.cpg->toLatin1());
    if (!spec.prjText.isEmpty()) {
        writeBytes(base + QStringLiteral(".prj"), spec.prjText.toUtf8());
    } else if (spec.epsg) {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, spec.epsg);
        OSRMorphToESRI(srs);
        char *wkt = nullptr;
        OSRExportToWkt(srs, &wkt);
        writeBytes(base + QStringLiteral(".prj"), QByteArray(wkt));
        CPLFree(wkt);
        OSRRelease(srs);
    }
    return shp;
}

QString writeOgr(
    const QString &path, const QString &driverName, const std::vector<Feature> &features, int epsg)
{
    registerOnce();
    GDALDriverH driver = GDALGetDriverByName(driverName.toLatin1().constData());
    check(driver, "driver");
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    check(ds, "create dataset");
    OGRSpatialReferenceH srs = nullptr;
    if (epsg) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    // Some drivers (FileGDB) need one geometry type per layer: take the first feature's.
    OGRwkbGeometryType type = wkbUnknown;
    if (!features.empty()) {
        QByteArray wkt = features.front().wkt.toUtf8();
        char *cursor = wkt.data();
        OGRGeometryH g = nullptr;
        if (OGR_G_CreateFromWkt(&cursor, nullptr, &g) == OGRERR_NONE) {
            type = OGR_G_GetGeometryType(g);
            OGR_G_DestroyGeometry(g);
        }
    }
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "layer", srs, type, nullptr);
    check(layer, "create layer");
    OGRFieldDefnH defn = OGR_Fld_Create("name", OFTString);
    OGR_L_CreateField(layer, defn, TRUE);
    OGR_Fld_Destroy(defn);
    addFeatures(layer, features);
    GDALClose(ds);
    if (srs)
        OSRRelease(srs);
    return path;
}

QString squareWkt(double x, double y, double side, int decimals)
{
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
        .arg(x, 0, 'f', decimals)
        .arg(y, 0, 'f', decimals)
        .arg(x + side, 0, 'f', decimals)
        .arg(y + side, 0, 'f', decimals);
}

} // namespace fixture
