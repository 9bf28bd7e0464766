// SPDX-License-Identifier: MIT
#include "gis/patrol/grid_file.h"

#include "core/input_error.h"
#include "gis/io/gdal_handles_p.h"
#include "gis/io/layer_reader.h"

#include <QFileInfo>
#include <QStringList>

#include <cmath>

namespace fg::gis {

namespace {

struct Column
{
    const char *name;
    OGRFieldType type;
};

const Column kColumns[]
    = { { "cell_id", OFTString }, { "township", OFTString }, { "village", OFTString }, { "area_m2", OFTReal },
          { "bf_m2", OFTReal }, { "cult_m2", OFTReal }, { "parcels", OFTInteger }, { "cx", OFTReal },
          { "cy", OFTReal }, { "d_home_m", OFTReal }, { "d_road_m", OFTReal }, { "d_town_m", OFTReal },
          { "incidents", OFTString }, { "open_cases", OFTInteger }, { "last_patrol", OFTString } };

void setOptional(OGRFeatureH f, int field, const std::optional<double> &value)
{
    if (value)
        OGR_F_SetFieldDouble(f, field, *value);
    else
        OGR_F_SetFieldNull(f, field);
}

std::optional<double> optionalValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toDouble();
}

[[noreturn]] void fail(const QString &path, const ScopedCplErrors &, const QString &what)
{
    throw core::InputError(path, what + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg()));
}

void writeCell(OGRLayerH layer, const GridCell &g, const QString &path, const ScopedCplErrors &errors)
{
    const core::PatrolCell &c = g.cell;
    OgrFeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
    OGRFeatureH f = feature.get();
    QStringList dates;
    for (const QDate &d : c.incidentDates)
        dates << d.toString(Qt::ISODate);
    const QString texts[] = { c.id, c.township, c.village };
    for (int i = 0; i < 3; ++i)
        OGR_F_SetFieldString(f, i, texts[i].toUtf8().constData());
    const double reals[] = { c.areaM2, c.basicFarmlandM2, c.cultivatedM2 };
    for (int i = 0; i < 3; ++i)
        OGR_F_SetFieldDouble(f, 3 + i, reals[i]);
    OGR_F_SetFieldInteger(f, 6, c.parcelCount);
    OGR_F_SetFieldDouble(f, 7, c.centroid.x());
    OGR_F_SetFieldDouble(f, 8, c.centroid.y());
    setOptional(f, 9, c.homesteadDistanceM);
    setOptional(f, 10, c.roadDistanceM);
    setOptional(f, 11, c.townDistanceM);
    OGR_F_SetFieldString(f, 12, dates.join(QLatin1Char(';')).toUtf8().constData());
    OGR_F_SetFieldInteger(f, 13, c.openCases);
    OGR_F_SetFieldString(f, 14, c.lastPatrol.toString(Qt::ISODate).toUtf8().constData());
    const QByteArray wkt = toWkt(g.geometry.get(), 6).toUtf8();
    char *text = const_cast<char *>(wkt.constData());
    OGRGeometryH geometry = nullptr;
    if (OGR_G_CreateFromWkt(&text, nullptr, &geometry) != OGRERR_NONE)
        fail(path, errors, GridFile::tr("cell %1 has a geometry GDAL cannot take").arg(c.id));
    OGR_F_SetGeometryDirectly(f, geometry);
    if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE)
        fail(path, errors, GridFile::tr("cannot write cell %1").arg(c.id));
}

} // namespace

void GridFile::write(const PatrolGrid &grid, const QString &path)
{
    if (QFileInfo::exists(path))
        throw core::InputError(path, tr("the file exists; choose a new name"));
    ScopedCplErrors errors;
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GdalDatasetPtr ds(GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        fail(path, errors, tr("cannot create the GeoPackage"));
    OgrSrsPtr srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), grid.epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), kLayerName, srs.get(), wkbMultiPolygon, nullptr);
    if (!layer)
        fail(path, errors, tr("cannot create the grid layer"));
    for (const Column &col : kColumns) {
        OGRFieldDefnH defn = OGR_Fld_Create(col.name, col.type);
        OGR_L_CreateField(layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
    }
    GDALDatasetStartTransaction(ds.get(), FALSE);
    for (const GridCell &cell : grid.cells)
        writeCell(layer, cell, path, errors);
    GDALDatasetCommitTransaction(ds.get());
}

PatrolGrid GridFile::read(const QString &path)
{
    ReadOptions options;
    options.layerName = QString::fromLatin1(kLayerName);
    VectorLayer layer = readLayer(path, options);
    std::vector<int> field;
    for (const Column &col : kColumns) {
        field.push_back(layer.fieldIndex(QString::fromLatin1(col.name)));
        if (field.back() < 0)
            throw core::InputError(
                path, tr("not a patrol grid: the field %1 is missing").arg(QLatin1String(col.name)));
    }
    PatrolGrid grid;
    grid.epsg = layer.crs.epsg;
    for (int row = 0; row < layer.featureCount(); ++row) {
        auto v = [&](int i) { return layer.value(row, field[size_t(i)]); };
        GridCell g;
        core::PatrolCell &c = g.cell;
        c.id = v(0).toString();
        c.township = v(1).toString();
        c.village = v(2).toString();
        c.areaM2 = v(3).toDouble();
        c.basicFarmlandM2 = v(4).toDouble();
        c.cultivatedM2 = v(5).toDouble();
        c.parcelCount = v(6).toInt();
        c.centroid = QPointF(v(7).toDouble(), v(8).toDouble());
        c.homesteadDistanceM = optionalValue(v(9));
        c.roadDistanceM = optionalValue(v(10));
        c.townDistanceM = optionalValue(v(11));
        for (const QString &d : v(12).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QDate date = QDate::fromString(d, Qt::ISODate);
            if (!date.isValid())
                throw core::InputError(path, tr("incident date '%1' is not yyyy-MM-dd").arg(d), c.id);
            c.incidentDates.push_back(date);
        }
        c.openCases = v(13).toInt();
        c.lastPatrol = QDate::fromString(v(14).toString(), Qt::ISODate);
        g.geometry = cloneGeometry(layer.geometry(row));
        grid.cells.push_back(std::move(g));
    }
    return grid;
}

} // namespace fg::gis
