// SPDX-License-Identifier: MIT
#include "gis/io/dataset_opener_p.h"

#include "core/input_error.h"
#include "gis/io/dbf_file.h"
#include "gis/io/shapefile_check.h"
#include "gis/io/special_files.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <mutex>

namespace fg::gis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

void registerDriversOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

struct OpenRequest
{
    QString path;
    QStringList options;
    QStringList drivers; ///< allowed drivers; empty = any
    bool restoreShx = false; ///< let the shapefile driver rebuild a missing .shx (in a copy only)
};

GdalDatasetPtr gdalOpen(const OpenRequest &request, const QString &userPath)
{
    QList<QByteArray> storage;
    auto toList = [&storage](const QStringList &list) {
        std::vector<const char *> out;
        for (const QString &item : list) {
            storage.push_back(item.toUtf8());
            out.push_back(storage.back().constData());
        }
        out.push_back(nullptr);
        return out;
    };
    std::vector<const char *> options = toList(request.options);
    std::vector<const char *> drivers = toList(request.drivers);
    ScopedCplErrors errors;
    // A config option, not an open option, in GDAL 3.6; thread-local so that other readers keep
    // refusing to write beside the user's data.
    if (request.restoreShx)
        CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", "YES");
    GDALDatasetH h = GDALOpenEx(request.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
        request.drivers.isEmpty() ? nullptr : drivers.data(), options.data(), nullptr);
    if (request.restoreShx)
        CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", nullptr);
    if (!h)
        throw core::InputError(userPath,
            errors.lastError().isEmpty() ? tr("not a vector data source FarmGuard can read (Shapefile, "
                                              "GeoPackage, GeoJSON, KML, GPX, CSV, FileGDB)")
                                         : tr("cannot open: %1").arg(errors.lastError().simplified()));
    return GdalDatasetPtr(h);
}

/// True when a JSON file's first significant character opens an array.
bool isBareJsonArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (char c : head)
        if (!QChar::isSpace(static_cast<unsigned char>(c)))
            return c == '[';
    return false;
}

QString wrapBareArray(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(path, tr("cannot read: %1").arg(file.errorString()));
    QByteArray content = file.readAll();
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    const QByteArray wrapped = "{\"type\":\"FeatureCollection\",\"features\":" + content + "}";
    const QString memoryPath
        = QStringLiteral("/vsimem/farmguard_array_%1.geojson").arg(counter.fetchAndAddRelaxed(1));
    // VSIFileFromMemBuffer with bTakeOwnership copies nothing: hand it a CPLMalloc'ed buffer.
    auto *buffer = static_cast<GByte *>(CPLMalloc(static_cast<size_t>(wrapped.size())));
    memcpy(buffer, wrapped.constData(), static_cast<size_t>(wrapped.size()));
    VSILFILE *handle = VSIFileFromMemBuffer(
        memoryPath.toUtf8().constData(), buffer, static_cast<vsi_l_offset>(wrapped.size()), TRUE);
    if (!handle)
        throw core::InputError(path, tr("cannot wrap the bare JSON array in memory"));
    VSIFCloseL(handle);
    return memoryPath;
}

/// Copies the shapefile set into a temporary folder where GDAL may write the rebuilt .shx.
QString copyForShxRestore(const QString &shpPath, OpenedSource &source)
{
    source.copy = std::make_unique<QTemporaryDir>();
    if (!source.copy->isValid())
        throw core::InputError(shpPath, tr("cannot make a temporary copy to rebuild the .shx"));
    QString copiedShp;
    for (const QString &ext :
        { QStringLiteral("shp"), QStringLiteral("dbf"), QStringLiteral("prj"), QStringLiteral("cpg") }) {
        const QString from = ext == QLatin1String("shp") ? shpPath : siblingFile(shpPath, ext);
        if (from.isEmpty())
            continue;
        const QString to = source.copy->filePath(QStringLiteral("layer.") + ext);
        if (!QFile::copy(from, to))
            throw core::InputError(from, tr("cannot copy to a temporary folder to rebuild the .shx"));
        if (ext == QLatin1String("shp"))
            copiedShp = to;
    }
    source.notes << tr("the shape index (.shx) was missing: GDAL rebuilt it in a temporary copy; "
                       "your folder was not changed");
    return copiedShp;
}

OpenRequest shapefileRequest(const QString &path, bool restoreMissingShx, OpenedSource &source)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    OpenRequest request { path, { QStringLiteral("ENCODING=") }, { QStringLiteral("ESRI Shapefile") },
        false };
    if (suffix == QLatin1String("dbf") || suffix == QLatin1String("shx")) {
        // GDAL opens the whole set from any of its files: judge the set, whichever member is named.
        const QString shp = siblingFile(path, QStringLiteral("shp"));
        if (!shp.isEmpty())
            return shapefileRequest(shp, restoreMissingShx, source);
        if (suffix == QLatin1String("shx") || !siblingFile(path, QStringLiteral("shx")).isEmpty())
            throw core::InputError(path,
                tr("the shape file %1.shp is missing; a shapefile needs its .shp, .shx and .dbf together")
                    .arg(QFileInfo(path).completeBaseName()));
        DbfFile dbf(path); // a table alone; throws on a broken one
        source.dbfPath = path;
        return request;
    }
    checkShapefileSet(path, restoreMissingShx);
    source.dbfPath = siblingFile(path, QStringLiteral("dbf"));
    if (siblingFile(path, QStringLiteral("shx")).isEmpty()) {
        request.path = copyForShxRestore(path, source);
        request.restoreShx = true;
    }
    return request;
}

void checkPlainFile(const QString &path, const QFileInfo &info)
{
    if (!info.exists())
        throw core::InputError(path, tr("file not found"));
    refuseSpecialFiles(path); // a FIFO named x.shp (or its x.dbf) would block every reader
    if (info.isDir() && info.suffix().compare(QLatin1String("gdb"), Qt::CaseInsensitive) != 0)
        throw core::InputError(path,
            tr("is a folder, not a layer file: give the .shp, .gpkg, .geojson ... "
               "inside it (only an Esri .gdb folder is read as a whole)"));
    if (!info.isReadable())
        throw core::InputError(path, tr("cannot read the file (permission denied)"));
    if (info.isFile() && info.size() == 0)
        throw core::InputError(path, tr("the file is empty (0 bytes)"));
}

} // namespace

OpenedSource::~OpenedSource()
{
    dataset.reset();
    if (!memoryFile.isEmpty())
        VSIUnlink(memoryFile.toUtf8().constData());
}

OpenedSource openSource(const QString &path, bool restoreMissingShx)
{
    registerDriversOnce();
    const QFileInfo info(path);
    checkPlainFile(path, info);
    OpenedSource source;
    const QString suffix = info.suffix().toLower();
    OpenRequest request { path, {}, {}, false };
    if (suffix == QLatin1String("shp") || suffix == QLatin1String("dbf") || suffix == QLatin1String("shx")) {
        request = shapefileRequest(path, restoreMissingShx, source);
        source.rawText = true;
    } else if ((suffix == QLatin1String("json") || suffix == QLatin1String("geojson"))
        && isBareJsonArray(path)) {
        source.memoryFile = wrapBareArray(path);
        request = { source.memoryFile, {}, { QStringLiteral("GeoJSON") }, false };
        source.notes << tr("the file's top level is a bare array of Features, not a FeatureCollection "
                           "(invalid GeoJSON, common in web-map data): read it as a FeatureCollection");
    } else if (suffix == QLatin1String("csv")) {
        request.drivers = { QStringLiteral("CSV") };
        request.options = { QStringLiteral("X_POSSIBLE_NAMES=x,lon,lng,long,longitude,经度,东坐标"),
            QStringLiteral("Y_POSSIBLE_NAMES=y,lat,latitude,纬度,北坐标"),
            QStringLiteral("GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom"),
            QStringLiteral("KEEP_GEOM_COLUMNS=NO"), QStringLiteral("AUTODETECT_TYPE=YES") };
        source.csvPath = path;
        source.rawText = true;
    }
    source.dataset = gdalOpen(request, path);
    source.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(source.dataset.get())));
    return source;
}

} // namespace fg::gis
