// SPDX-License-Identifier: MIT
#include "gis/project/project_layers.h"

#include "core/input_error.h"
#include "gis/io/gdal_handles_p.h"
#include "gis/io/ogr_writing_p.h"
#include "gis/io/vector_layer.h"

#include <QFileInfo>

#include <mutex>

namespace fg::gis {

namespace {

struct IncidentField
{
    const char *name;
    OGRFieldType type;
};

/// The incidents layer's attributes; GpkgProjectStore writes the same columns.
constexpr IncidentField kIncidentFields[] = {
    { "incident_id", OFTString }, { "source", OFTString }, { "discovery_date", OFTDate },
    { "township", OFTString }, { "village", OFTString }, { "party", OFTString },
    { "violation_type", OFTString }, { "description", OFTString }, { "area_m2", OFTReal },
    { "basic_farmland_m2", OFTReal }, { "cultivated_m2", OFTReal }, { "cultivated_outside_m2", OFTReal },
    { "basic_farmland_mu", OFTReal }, { "cultivated_mu", OFTReal }, { "verdict", OFTString },
    { "area_method", OFTString },
};

OGRLayerH createLayer(GDALDatasetH ds, const QString &path, const QString &table, int epsg, const QString &description)
{
    const OgrSrsPtr srs = ogrSrsForEpsg(epsg);
    const QByteArray describe = "DESCRIPTION=" + description.toUtf8();
    const char *options[] = { "SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid", describe.constData(), nullptr };
    ScopedCplErrors errors;
    OGRLayerH layer = GDALDatasetCreateLayer(
        ds, table.toUtf8().constData(), srs.get(), wkbMultiPolygon, const_cast<char **>(options));
    if (!layer)
        throw core::InputError(path, ProjectLayers::tr("cannot create layer %1: %2").arg(table, errors.lastError()));
    return layer;
}

void addField(OGRLayerH layer, const QString &path, const QString &name, OGRFieldType type)
{
    OGRFieldDefnH field = OGR_Fld_Create(name.toUtf8().constData(), type);
    const OGRErr err = OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    if (err != OGRERR_NONE)
        throw core::InputError(path, ProjectLayers::tr("cannot create field %1").arg(name));
}

void setValue(OGRFeatureH feature, int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        OGR_F_SetFieldInteger64(feature, index, value.toLongLong());
        break;
    case QMetaType::Double:
        OGR_F_SetFieldDouble(feature, index, value.toDouble());
        break;
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        OGR_F_SetFieldDateTime(feature, index, d.year(), d.month(), d.day(), 0, 0, 0, 0);
        break;
    }
    default:
        OGR_F_SetFieldString(feature, index, value.toString().toUtf8().constData());
        break;
    }
}

void copyLayer(GDALDatasetH ds, const QString &path, const ProjectLayer &source, int epsg)
{
    const VectorLayer &layer = *source.layer;
    OGRLayerH target = createLayer(ds, path, source.table, epsg, QStringLiteral("farmguard:reference"));
    for (const FieldDefinition &field : layer.fields)
        addField(target, path, field.name, ogrFieldType(field.type));
    ScopedCplErrors errors;
    GDALDatasetStartTransaction(ds, FALSE);
    for (int row = 0; row < layer.featureCount(); ++row) {
        OgrFeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(target)));
        for (size_t k = 0; k < layer.fields.size(); ++k)
            setValue(feature.get(), int(k), layer.value(row, int(k)));
        OGR_F_SetGeometryDirectly(feature.get(), ogrGeometryFromGeos(layer.geometry(row), true));
        if (OGR_L_CreateFeature(target, feature.get()) != OGRERR_NONE)
            throw core::InputError(path, ProjectLayers::tr("cannot copy a feature of %1: %2").arg(layer.sourcePath, errors.lastError()),
                QString::number(layer.fid(row)));
    }
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
        throw core::InputError(path, ProjectLayers::tr("cannot write layer %1: %2").arg(source.table, errors.lastError()));
}

} // namespace

void ProjectLayers::create(const QString &path, int workingEpsg, const std::vector<ProjectLayer> &layers)
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    if (QFileInfo::exists(path))
        throw core::InputError(path, tr("the file exists already: choose a new project file"));
    ScopedCplErrors errors;
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GdalDatasetPtr ds(driver ? GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds)
        throw core::InputError(path, tr("cannot create the project: %1").arg(errors.lastError()));
    for (const ProjectLayer &layer : layers)
        copyLayer(ds.get(), path, layer, workingEpsg);
    OGRLayerH incidents = createLayer(ds.get(), path, QString::fromLatin1(kIncidents), workingEpsg,
        QStringLiteral("farmguard:incidents"));
    for (const IncidentField &field : kIncidentFields)
        addField(incidents, path, QString::fromLatin1(field.name), field.type);
}

} // namespace fg::gis
