// SPDX-License-Identifier: MIT
#include "gis/sample/proposed_sites.h"

#include "core/input_error.h"
#include "core/units.h"
#include "gis/geometry/area_calculator.h"
#include "gis/sample/sample_geometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace fg::gis::sample {

namespace {

/// Clearance from every incident and approval, so an overlap is designed, never accidental.
constexpr double kIncidentClearanceM = 100.0;

using ParcelTest = std::function<bool(const QString &landClass, const GEOSGeometry *square)>;

bool cultivatedClass(const QString &code)
{
    return code == QLatin1String("0101") || code == QLatin1String("0102") || code == QLatin1String("0103");
}

int fieldIndex(const SampleLayer &layer, const QString &name)
{
    for (size_t f = 0; f < layer.fields.size(); ++f)
        if (layer.fields[f].name == name)
            return int(f);
    throw std::runtime_error("sample layer without the field " + name.toStdString());
}

bool meetsAny(const SampleLayer &layer, const GEOSGeometry *geometry)
{
    for (const GeosGeometryPtr &other : layer.geometries)
        if (intersects(other.get(), geometry))
            return true;
    return false;
}

bool withinAny(const SampleLayer &layer, const GEOSGeometry *geometry)
{
    for (const GeosGeometryPtr &other : layer.geometries)
        if (within(geometry, other.get()))
            return true;
    return false;
}

/// The square centred on @p centre whose ellipsoidal area is @p targetM2.
GeosGeometryPtr squareOf(const Point &centre, double targetM2, const AreaCalculator &calculator)
{
    const auto square = [&](double side) {
        return makeRectangle(
            centre.x - side / 2, centre.y - side / 2, centre.x + side / 2, centre.y + side / 2);
    };
    const double side
        = solveIncreasing([&](double s) { return calculator.area(square(s).get(), AreaMethod::Ellipsoidal); },
            1.0, 1000.0, targetM2);
    // Coordinates as the file writes them (0.1 mm), so the file holds exactly the solved square.
    const auto tenth = [](double v) { return std::round(v * 1e4) / 1e4; };
    return makeRectangle(tenth(centre.x - side / 2), tenth(centre.y - side / 2), tenth(centre.x + side / 2),
        tenth(centre.y + side / 2));
}

/// The first land-use parcel (layer order) where the square fits and @p fits accepts it.
GeosGeometryPtr placeSquare(const SampleLayer &landUse, const std::vector<const SampleLayer *> &avoid,
    double targetMu, const AreaCalculator &calculator, const ParcelTest &fits)
{
    const int dlbm = fieldIndex(landUse, QStringLiteral("DLBM"));
    for (int row = 0; row < landUse.size(); ++row) {
        const GEOSGeometry *parcel = landUse.geometries[size_t(row)].get();
        GeosGeometryPtr square
            = squareOf(interiorPoint(parcel), core::muToSquareMetres(targetMu), calculator);
        if (!within(square.get(), parcel))
            continue;
        const GeosGeometryPtr clearance = buffer(square.get(), kIncidentClearanceM);
        if (std::any_of(avoid.begin(), avoid.end(),
                [&](const SampleLayer *layer) { return meetsAny(*layer, clearance.get()); }))
            continue;
        if (fits(landUse.rows[size_t(row)][size_t(dlbm)].toString(), square.get()))
            return square;
    }
    throw std::runtime_error("no sample parcel fits a designed site");
}

/// The polygon of the approval whose 文号 (WH) is @p number.
const GEOSGeometry *approvalArea(const SampleLayer &approvals, const QString &number)
{
    const int wh = fieldIndex(approvals, QStringLiteral("WH"));
    for (int row = 0; row < approvals.size(); ++row)
        if (approvals.rows[size_t(row)][size_t(wh)].toString() == number)
            return approvals.geometries[size_t(row)].get();
    throw std::runtime_error("sample sites: no approval " + number.toStdString());
}

QString coordinates(const GEOSGeometry *polygon)
{
    GEOSContextHandle_t ctx = geosContext();
    const GEOSCoordSequence *ring = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, polygon));
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(ctx, ring, &size);
    QStringList points;
    for (unsigned int i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, ring, i, &x, &y);
        points << QStringLiteral("[%1,%2]").arg(x, 0, 'f', 4).arg(y, 0, 'f', 4);
    }
    // RFC 7946 wants the exterior ring counter-clockwise: makeRectangle's order, checked here.
    char ccw = 0;
    GEOSCoordSeq_isCCW_r(ctx, ring, &ccw);
    if (!ccw)
        std::reverse(points.begin(), points.end());
    return points.join(QLatin1Char(','));
}

QString escaped(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
}

} // namespace

std::vector<ProposedSite> designProposedSites(const SampleLayer &landUse, const SampleLayer &basicFarmland,
    const SampleLayer &incidents, const SampleLayer &approvals, const AreaCalculator &calculator)
{
    std::vector<ProposedSite> sites;
    const std::vector<const SampleLayer *> avoid { &incidents, &approvals };
    const auto onBasicFarmland = [&](const QString &code, const GEOSGeometry *square) {
        return cultivatedClass(code) && withinAny(basicFarmland, square);
    };
    const auto clear = [&](const QString &code, const GEOSGeometry *square) {
        const GeosGeometryPtr margin = buffer(square, 20.0);
        return (code == QLatin1String("0601") || code == QLatin1String("0404"))
            && !meetsAny(basicFarmland, margin.get());
    };
    sites.push_back({ QStringLiteral("site_basic_farmland.geojson"), QStringLiteral("拟建物流仓储项目选址"),
        QStringLiteral("construction"),
        QStringLiteral(
            "wholly on permanent basic farmland (8.00 亩): State Council approval, 发改 must wait"),
        8.0, placeSquare(landUse, avoid, 8.0, calculator, onBasicFarmland) });
    sites.push_back({ QStringLiteral("site_approved.geojson"), QStringLiteral("拟建乡村产业项目选址"),
        QStringLiteral("construction"),
        QStringLiteral("wholly inside the approval 平政转批〔2024〕3号 (6.00 亩, centred on it)"), 6.0,
        squareOf(interiorPoint(approvalArea(approvals, QStringLiteral("平政转批〔2024〕3号"))),
            core::muToSquareMetres(6.0), calculator) });
    sites.push_back({ QStringLiteral("site_clear.geojson"), QStringLiteral("拟建村民宅基地选址"),
        QStringLiteral("homestead"), QStringLiteral("on non-cultivated land clear of everything (3.00 亩)"),
        3.0, placeSquare(landUse, avoid, 3.0, calculator, clear) });
    return sites;
}

QStringList writeProposedSites(const std::vector<ProposedSite> &sites, const QString &dir)
{
    if (!QDir().mkpath(dir))
        throw core::InputError(dir,
            QCoreApplication::translate("fg::gis::SampleGenerator", "cannot create the output directory"));
    QStringList paths;
    for (const ProposedSite &site : sites) {
        const QString path = QDir(dir).absoluteFilePath(site.file);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw core::InputError(path,
                QCoreApplication::translate("fg::gis::SampleGenerator", "cannot write: %1")
                    .arg(file.errorString()));
        const QString json = QStringLiteral(
            "{\"type\":\"FeatureCollection\",\"name\":\"%1\",\n"
            "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4547\"}},\n"
            "\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"%2\",\"kind\":\"%3\",\"target_"
            "mu\":%4,"
            "\"purpose\":\"%5\"},\n\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[%6]]}}]}\n")
                                 .arg(QString(site.file).remove(QStringLiteral(".geojson")),
                                     escaped(site.name), site.kind, QString::number(site.targetMu, 'f', 2),
                                     escaped(site.purpose), coordinates(site.polygon.get()));
        file.write(json.toUtf8());
        paths << path;
    }
    return paths;
}

QString proposedSitesFolder()
{
    return QStringLiteral("sites");
}

} // namespace fg::gis::sample
