// SPDX-License-Identifier: MIT
#include "gis/io/layer_reader.h"

#include "gis/io/crs_check_aside.h"

#include "core/input_error.h"
#include "gis/io/crs_detection.h"
#include "gis/io/dataset_opener_p.h"
#include "gis/io/dbf_encoding.h"
#include "gis/io/dbf_file.h"
#include "gis/io/feature_reader_p.h"
#include "gis/io/layer_reader_p.h"
#include "gis/io/shapefile_boxes.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <QCoreApplication>

#include <cmath>

namespace fg::gis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

QString kindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return tr("point");
    case GeometryKind::Line:
        return tr("line");
    case GeometryKind::Polygon:
        return tr("polygon");
    case GeometryKind::Unknown:
        break;
    }
    return tr("mixed or unknown");
}

OGRLayerH pickLayer(OpenedSource &source, const QString &path, const QString &layerName, QStringList &notes)
{
    GDALDatasetH ds = source.dataset.get();
    if (!layerName.isEmpty()) {
        OGRLayerH named = GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
        if (!named)
            throw core::InputError(path, tr("no vector layer named '%1'").arg(layerName));
        return named;
    }
    const int count = GDALDatasetGetLayerCount(ds);
    if (count == 0)
        throw core::InputError(path, tr("the source holds no vector layer"));
    OGRLayerH chosen = GDALDatasetGetLayer(ds, 0);
    // GPX and KML put empty layers first (waypoints before tracks): take the first with features.
    for (int i = 0; count > 1 && i < count && OGR_L_GetFeatureCount(chosen, 1) == 0; ++i)
        if (OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, i), 1) > 0)
            chosen = GDALDatasetGetLayer(ds, i);
    if (count > 1) {
        QStringList names;
        for (int i = 0; i < count; ++i)
            names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
        notes << tr("the source holds %1 layers (%2); read '%3'")
                     .arg(count)
                     .arg(names.join(QStringLiteral(", ")), QString::fromUtf8(OGR_L_GetName(chosen)));
    }
    return chosen;
}

EncodingDecision decideEncoding(const OpenedSource &source, const QString &overrideEncoding)
{
    if (!source.dbfPath.isEmpty())
        return detectDbfEncoding(source.dbfPath, overrideEncoding);
    if (!source.csvPath.isEmpty())
        return detectTextFileEncoding(source.csvPath, overrideEncoding);
    EncodingDecision d;
    d.encoding = QStringLiteral("UTF-8");
    d.evidence = tr("the %1 format stores text as Unicode").arg(source.driver);
    if (!overrideEncoding.isEmpty())
        d.evidence += QStringLiteral("; ") + tr("--encoding %1 ignored").arg(overrideEncoding);
    return d;
}

QString declaredCrsSource(const QString &driver)
{
    if (driver == QLatin1String("ESRI Shapefile"))
        return tr("from the .prj file");
    if (driver == QLatin1String("GeoJSON"))
        return tr("declared by the GeoJSON file (WGS 84 unless it has a crs member)");
    return tr("declared by the %1 source").arg(driver);
}

CrsDecision declaredCrs(OGRLayerH layer, const QString &driver)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return {};
    char *wkt = nullptr;
    const char *options[] = { "FORMAT=WKT2_2019", nullptr };
    OSRExportToWktEx(srs, &wkt, options);
    const QString text = QString::fromUtf8(wkt ? wkt : "");
    CPLFree(wkt);
    CrsDecision d = identifyCrs(text, declaredCrsSource(driver));
    if (!d.known()) {
        d.name = QString::fromUtf8(OSRGetName(srs) ? OSRGetName(srs) : "");
        d.how = tr("%1, but PROJ cannot use it").arg(declaredCrsSource(driver));
    }
    return d;
}

/// With @p aside, a declared CRS is not checked against the coordinates: the extent that check
/// needs is put there instead (readLayerCrsAside).
void decideCrs(OGRLayerH layer, const QString &driver, const ReadOptions &options, VectorLayer &result,
    std::optional<QRectF> *aside = nullptr)
{
    const QRectF extent = result.fullExtent();
    if (!options.crs.trimmed().isEmpty()) {
        result.crs = identifyCrs(options.crs, tr("given with --crs"));
        if (!result.crs.known())
            throw core::InputError(result.sourcePath,
                tr("--crs '%1' is not a coordinate reference system "
                   "PROJ knows")
                    .arg(options.crs));
    } else if (OGR_L_GetSpatialRef(layer)) {
        result.crs = declaredCrs(layer, driver);
        // Only a declared CRS can contradict the coordinates; an inferred one was read from them.
        if (aside) {
            *aside = extent;
        } else {
            result.crs.mismatch = crsExtentMismatch(result.crs, extent);
            if (!result.crs.mismatch.isEmpty())
                result.warnings << result.crs.mismatch;
        }
    } else {
        result.crs = inferCrsFromExtent(extent);
    }
    const QPointF c = extent.center();
    if (result.crs.epsg == 4326 && c.x() > 73 && c.x() < 136 && c.y() > 3 && c.y() < 54)
        result.warnings << tr("WGS 84 longitude/latitude in China: web-map data (AMap, DataV, Tencent) "
                              "labelled WGS 84 is often GCJ-02, offset by several hundred metres; "
                              "check it against a known layer");
}

/// GDAL skips DBF records marked deleted; say so instead of returning a silently short layer.
void warnAboutUnreadRecords(qint64 records, VectorLayer &layer, qint64 kept = -1)
{
    const qint64 seen = (kept < 0 ? layer.featureCount() : kept) + layer.geometryCheck.skippedCount();
    if (seen < records)
        layer.warnings << tr("%1 of %2 records in the .dbf were not read: they are marked deleted")
                              .arg(records - seen)
                              .arg(records);
}

void checkKind(GeometryKind expected, const VectorLayer &layer)
{
    if (expected == GeometryKind::Unknown || layer.geometryKind == expected)
        return;
    throw core::InputError(layer.sourcePath,
        tr("is a %1 layer (%2), but a %3 layer is needed here")
            .arg(kindName(layer.geometryKind), layer.geometryTypeName, kindName(expected)));
}

/// The source's files of suffix @p suffix (any case), or an empty string.
QString memberFile(const OpenedSource &source, const char *suffix)
{
    char **files = GDALGetFileList(source.dataset.get());
    QString found;
    for (char **f = files; f && *f && found.isEmpty(); ++f) {
        const QString name = QString::fromUtf8(*f);
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            found = name;
    }
    CSLDestroy(files);
    return found;
}

/// Reads only the features near options.near when the source allows it (an untouched polygon
/// shapefile in the boxes' CRS, large enough): decides the CRS from the header's extent first,
/// then reads the records shapefileRecordsMeeting() names. False, with @p result as it was,
/// when the whole layer must be read instead.
bool readNear(const OpenedSource &source, OGRLayerH layer, const ReadOptions &options, FeatureReader &reader,
    VectorLayer &result, std::optional<QRectF> *crsAside)
{
    const NearBoxes &near = *options.near;
    OGREnvelope header;
    if (source.driver != QLatin1String("ESRI Shapefile") || source.copy || near.epsg == 0
        || OGR_L_GetFeatureCount(layer, 0) < near.minFeatures || OGR_L_GetExtent(layer, &header, FALSE) != OGRERR_NONE
        || !std::isfinite(header.MinX) || !std::isfinite(header.MaxX) || !std::isfinite(header.MinY)
        || !std::isfinite(header.MaxY) || header.MinX > header.MaxX || header.MinY > header.MaxY)
        return false;
    const QString shp = memberFile(source, ".shp"), shx = memberFile(source, ".shx");
    if (shp.isEmpty() || shx.isEmpty())
        return false;
    const QStringList warnings = result.warnings;
    result.sourceExtent = QRectF(QPointF(header.MinX, header.MinY), QPointF(header.MaxX, header.MaxY));
    decideCrs(layer, result.driver, options, result, crsAside);
    std::optional<std::vector<qint64>> records;
    if (result.crs.epsg == near.epsg)
        records = shapefileRecordsMeeting(shp, shx, BoxIndex(near.boxes));
    if (!records) {
        result.crs = {};
        result.warnings = warnings;
        result.sourceExtent = QRectF();
        if (crsAside)
            crsAside->reset();
        return false;
    }
    reader.readSome(*records, GeometryKind::Polygon, options.progress);
    return true;
}

} // namespace

QStringList listLayers(const QString &path)
{
    ScopedCplErrors quiet; // GDAL's stray messages must not reach the user's stderr
    OpenedSource source = openSource(path, false);
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(source.dataset.get()); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(source.dataset.get(), i)));
    return names;
}

namespace {

VectorLayer readLayerWith(const QString &path, const ReadOptions &options, std::optional<QRectF> *crsAside)
{
    ScopedCplErrors quiet; // GDAL's stray messages must not reach the user's stderr
    OpenedSource source = openSource(path, options.restoreMissingShx);
    VectorLayer result;
    result.warnings = source.notes;
    OGRLayerH layer = pickLayer(source, path, options.layerName, result.warnings);
    result.sourcePath = path;
    result.driver = source.driver;
    result.encoding = decideEncoding(source, options.encoding);
    const TextCodec codec(source.rawText ? result.encoding.encoding : QStringLiteral("UTF-8"));
    if (!codec.isValid())
        throw core::InputError(path, tr("unknown text encoding '%1'").arg(result.encoding.encoding));
    result.name = QString::fromUtf8(OGR_L_GetName(layer)); // from the file name, not the table
    const OGRwkbGeometryType declared = OGR_L_GetGeomType(layer);
    result.geometryTypeName = QString::fromUtf8(OGRGeometryTypeToName(declared));
    result.geometryKind = kindOfOgrType(declared);
    if (result.geometryKind != GeometryKind::Unknown) // refuse before reading what the type rules out
        checkKind(options.expectedKind, result);

    FeatureReader reader(layer, source.rawText ? &codec : nullptr, result);
    // Only polygon layers (the parcels an analysis overlays) are read in part.
    const bool partial = options.near && result.geometryKind == GeometryKind::Polygon
        && options.expectedKind == GeometryKind::Polygon && readNear(source, layer, options, reader, result, crsAside);
    if (!partial)
        reader.readAll(options.expectedKind != GeometryKind::Unknown ? options.expectedKind : result.geometryKind,
            options.progress);
    if (result.geometryKind == GeometryKind::Unknown)
        result.geometryKind = reader.commonKind();
    if (!partial && !source.dbfPath.isEmpty())
        warnAboutUnreadRecords(DbfFile(source.dbfPath).recordCount(), result);
    checkKind(options.expectedKind, result);
    if (!partial)
        decideCrs(layer, result.driver, options, result, crsAside);
    return result;
}

} // namespace

VectorLayer readLayer(const QString &path, const ReadOptions &options)
{
    return readLayerWith(path, options, nullptr);
}

VectorLayer readLayerCrsAside(const QString &path, const ReadOptions &options, std::optional<QRectF> &extentToCheck)
{
    extentToCheck.reset();
    return readLayerWith(path, options, &extentToCheck);
}

// The steps LayerStream takes too (layer_reader_p.h); the messages keep readLayer's context.
namespace reading {

OGRLayerH pickLayer(OpenedSource &source, const QString &path, const QString &layerName, QStringList &notes)
{
    return gis::pickLayer(source, path, layerName, notes);
}

EncodingDecision decideEncoding(const OpenedSource &source, const QString &overrideEncoding)
{
    return gis::decideEncoding(source, overrideEncoding);
}

void decideCrs(OGRLayerH layer, const QString &driver, const ReadOptions &options, VectorLayer &result)
{
    gis::decideCrs(layer, driver, options, result);
}

void warnAboutUnreadRecords(qint64 records, VectorLayer &layer, qint64 kept)
{
    gis::warnAboutUnreadRecords(records, layer, kept);
}

void checkKind(GeometryKind expected, const VectorLayer &layer)
{
    gis::checkKind(expected, layer);
}

} // namespace reading

} // namespace fg::gis
