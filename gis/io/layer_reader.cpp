// SPDX-License-Identifier: MIT
#include "gis/io/layer_reader.h"

#include "core/input_error.h"
#include "gis/io/gdal_handles_p.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <mutex>

namespace fg::gis {

namespace {

void registerDriversOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis::LayerReader", text);
}

GdalDatasetPtr openDataset(const QString &path, const QStringList &openOptions)
{
    registerDriversOnce();
    const QFileInfo info(path);
    if (!info.exists())
        throw core::InputError(path, tr("file not found"));
    QList<QByteArray> storage;
    std::vector<const char *> options;
    for (const QString &o : openOptions) {
        storage.push_back(o.toUtf8());
        options.push_back(storage.back().constData());
    }
    options.push_back(nullptr);
    ScopedCplErrors errors;
    GDALDatasetH h = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                nullptr, options.data(), nullptr);
    if (!h) {
        const QString why = errors.lastError().isEmpty() ? tr("not a readable vector data source")
                                                         : errors.lastError();
        throw core::InputError(path, why);
    }
    return GdalDatasetPtr(h);
}

FieldType fieldTypeOf(OGRFieldType t)
{
    switch (t) {
    case OFTInteger:
    case OFTInteger64: return FieldType::Integer;
    case OFTReal: return FieldType::Real;
    case OFTString: return FieldType::Text;
    case OFTDate: return FieldType::Date;
    case OFTDateTime: return FieldType::DateTime;
    default: return FieldType::Other;
    }
}

} // namespace

QStringList listLayers(const QString &path)
{
    GdalDatasetPtr ds = openDataset(path, {});
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i)));
    return names;
}

VectorLayer readLayer(const QString &path, const ReadOptions &options)
{
    QStringList openOptions;
    if (!options.encoding.isEmpty())
        openOptions << QStringLiteral("ENCODING=") + options.encoding;
    GdalDatasetPtr ds = openDataset(path, openOptions);
    OGRLayerH layer = options.layerName.isEmpty()
                          ? GDALDatasetGetLayer(ds.get(), 0)
                          : GDALDatasetGetLayerByName(ds.get(), options.layerName.toUtf8().constData());
    if (!layer)
        throw core::InputError(path, tr("no vector layer named '%1'").arg(options.layerName));

    VectorLayer result;
    result.sourcePath = path;
    result.name = QString::fromUtf8(OGR_L_GetName(layer));
    result.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get())));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH f = OGR_FD_GetFieldDefn(defn, i);
        result.fields.push_back({QString::fromUtf8(OGR_Fld_GetNameRef(f)), fieldTypeOf(OGR_Fld_GetType(f))});
    }

    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBReader *wkbReader = GEOSWKBReader_create_r(ctx);
    ScopedCplErrors errors;
    OGR_L_ResetReading(layer);
    const GIntBig total = OGR_L_GetFeatureCount(layer, 0);
    GIntBig done = 0;
    while (OgrFeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        std::vector<QVariant> values(result.fields.size());
        for (size_t i = 0; i < result.fields.size(); ++i) {
            const int fi = static_cast<int>(i);
            if (!OGR_F_IsFieldSetAndNotNull(feature.get(), fi))
                continue;
            switch (result.fields[i].type) {
            case FieldType::Integer: values[i] = qlonglong(OGR_F_GetFieldAsInteger64(feature.get(), fi)); break;
            case FieldType::Real: values[i] = OGR_F_GetFieldAsDouble(feature.get(), fi); break;
            default: values[i] = QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), fi)); break;
            }
        }
        GeosGeometryPtr geometry;
        if (OGRGeometryH g = OGR_F_GetGeometryRef(feature.get())) {
            OGR_G_FlattenTo2D(g);
            QByteArray wkb(OGR_G_WkbSize(g), Qt::Uninitialized);
            OGR_G_ExportToWkb(g, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
            geometry.reset(GEOSWKBReader_read_r(ctx, wkbReader,
                                                reinterpret_cast<const unsigned char *>(wkb.constData()),
                                                static_cast<size_t>(wkb.size())));
        }
        result.addFeature(OGR_F_GetFID(feature.get()), std::move(values), std::move(geometry));
        ++done;
        if (options.progress && done % 1024 == 0 && total > 0
            && !options.progress(double(done) / double(total))) {
            GEOSWKBReader_destroy_r(ctx, wkbReader);
            throw ReadCancelled{};
        }
    }
    GEOSWKBReader_destroy_r(ctx, wkbReader);
    if (!errors.lastError().isEmpty())
        throw core::InputError(path, errors.lastError());
    return result;
}

} // namespace fg::gis
