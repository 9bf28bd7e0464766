// SPDX-License-Identifier: MIT
#include "gis/io/working_crs.h"

#include "core/input_error.h"
#include "gis/io/proj_handles_p.h"
#include "gis/io/vector_layer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

constexpr int kFirstPrefixed = 4513; // zone 25 (CM 75°E), zone number prefixed to the easting
constexpr int kFirstCmOnly = 4534; // CM 75°E, 500 000 m false easting
constexpr int kFirstZone = 25;
constexpr int kLastZone = 45;

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

bool isPrefixedZone(int epsg)
{
    return epsg >= kFirstPrefixed && epsg < kFirstCmOnly;
}

bool isCmOnlyZone(int epsg)
{
    return epsg >= kFirstCmOnly && epsg <= kFirstCmOnly + (kLastZone - kFirstZone);
}

QString crsName(int epsg)
{
    PjPtr crs = createCrs(QStringLiteral("EPSG:%1").arg(epsg));
    const char *name = crs ? proj_get_name(crs.get()) : nullptr;
    return name ? QString::fromUtf8(name) : QStringLiteral("EPSG:%1").arg(epsg);
}

QString unknownCrsProblem(const VectorLayer &layer)
{
    return tr("coordinate reference system unknown (%1); give it with --crs").arg(layer.crs.how);
}

/// For a layer whose Gauss-Krüger zone is unknown, the CRS the other layers use, as a suggestion.
QString zoneSuggestion(const VectorLayer &layer, const std::vector<const VectorLayer *> &layers)
{
    if (!layer.crs.needsZone)
        return {};
    for (const VectorLayer *other : layers)
        if (other && other != &layer && isCmOnlyZone(other->crs.epsg))
            return tr("; the other layers use EPSG:%1 (%2): try --crs EPSG:%1")
                .arg(other->crs.epsg)
                .arg(other->crs.name);
    return {};
}

/// Longitude/latitude bounds of a layer's extent (CGCS2000), densified along the edges.
bool geographicBounds(const VectorLayer &layer, double out[4])
{
    GEOSContextHandle_t ctx = geosContext();
    bool located = false;
    for (int row = 0; row < layer.featureCount() && !located; ++row)
        located = layer.geometry(row) && !GEOSisEmpty_r(ctx, layer.geometry(row));
    if (!located && layer.sourceExtent.isNull())
        return false;
    const QRectF e = layer.fullExtent();
    PjPtr source = createCrs(crsDefinition(layer.crs.epsg, layer.crs.wkt));
    PjPtr target = createCrs(QStringLiteral("EPSG:4490"));
    PjPtr op = source && target ? createTransform(source.get(), target.get()) : PjPtr();
    if (!op)
        return false;
    return proj_trans_bounds(projContext(), op.get(), PJ_FWD, e.left(), e.top(), e.right(), e.bottom(),
               &out[0], &out[1], &out[2], &out[3], 21)
        && std::isfinite(out[0]) && std::isfinite(out[2]);
}

int zoneOfLongitude(double lon)
{
    return static_cast<int>(std::floor((lon + 1.5) / 3.0));
}

WorkingCrsChoice overrideChoice(const QString &overrideCrs)
{
    const int epsg = parseEpsgCode(overrideCrs);
    if (!isCgcs2000GaussKrugerZone(epsg))
        throw core::InputError(QStringLiteral("--crs"),
            tr("'%1' is not a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4513-4554)").arg(overrideCrs));
    return { epsg, tr("EPSG:%1 %2, given with --crs").arg(epsg).arg(crsName(epsg)) };
}

} // namespace

int parseEpsgCode(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:EPSG:)?(\\d{4,6})\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool isCgcs2000GaussKrugerZone(int epsg)
{
    return isPrefixedZone(epsg) || isCmOnlyZone(epsg);
}

namespace {

/// Where the layers lie (CGCS2000 lon/lat) and which zone family they use.
struct Footprint
{
    double west = 0, south = 0, east = 0, north = 0;
    bool any = false;
    int prefixed = 0, cmOnly = 0;
    QString firstPath;
};

Footprint footprintOf(const std::vector<const VectorLayer *> &layers)
{
    Footprint f;
    for (const VectorLayer *layer : layers) {
        if (layer && f.firstPath.isEmpty())
            f.firstPath = layer->sourcePath;
        if (!layer || (layer->featureCount() == 0 && layer->sourceExtent.isNull()))
            continue;
        if (!layer->crs.known())
            throw core::InputError(
                layer->sourcePath, unknownCrsProblem(*layer) + zoneSuggestion(*layer, layers));
        f.prefixed += isPrefixedZone(layer->crs.epsg) ? 1 : 0;
        f.cmOnly += isCmOnlyZone(layer->crs.epsg) ? 1 : 0;
        double b[4];
        if (!geographicBounds(*layer, b))
            continue;
        f.west = f.any ? std::min(f.west, b[0]) : b[0];
        f.south = f.any ? std::min(f.south, b[1]) : b[1];
        f.east = f.any ? std::max(f.east, b[2]) : b[2];
        f.north = f.any ? std::max(f.north, b[3]) : b[3];
        f.any = true;
    }
    if (!f.any)
        throw core::InputError(f.firstPath,
            tr("no feature could be located on the earth to choose a working "
               "CRS; give one with --crs"));
    return f;
}

} // namespace

WorkingCrsChoice chooseWorkingCrs(const std::vector<const VectorLayer *> &layers, const QString &overrideCrs)
{
    if (!overrideCrs.trimmed().isEmpty())
        return overrideChoice(overrideCrs);
    const Footprint f = footprintOf(layers);
    const double west = f.west, south = f.south, east = f.east, north = f.north;
    const int prefixed = f.prefixed, cmOnly = f.cmOnly;
    const QString &firstPath = f.firstPath;
    const double centre = (west + east) / 2.0;
    const int zone = zoneOfLongitude(centre);
    if (zone < kFirstZone || zone > kLastZone)
        throw core::InputError(firstPath,
            tr("the data lies at %1°E, outside the CGCS2000 3-degree zones (75°E-135°E)")
                .arg(centre, 0, 'f', 2));
    const bool usePrefixed = prefixed > cmOnly;
    const int epsg = (usePrefixed ? kFirstPrefixed : kFirstCmOnly) + (zone - kFirstZone);
    QString how = tr("zone %1 (CM %2°E) contains the centre of the data at %3°E, %4°N")
                      .arg(zone)
                      .arg(zone * 3)
                      .arg(centre, 0, 'f', 3)
                      .arg((south + north) / 2.0, 0, 'f', 3);
    how += QStringLiteral("; ")
        + (usePrefixed       ? tr("zone-prefixed eastings, as the input uses")
                : cmOnly > 0 ? tr("central-meridian-only eastings, as the input uses")
                             : tr("central-meridian-only eastings (default)"));
    if (zoneOfLongitude(west) != zoneOfLongitude(east))
        how += QStringLiteral("; ")
            + tr("the data spans zones %1-%2").arg(zoneOfLongitude(west)).arg(zoneOfLongitude(east));
    return { epsg, QStringLiteral("EPSG:%1 %2: ").arg(epsg).arg(crsName(epsg)) + how };
}

namespace {

/// What an approximate datum change costs, by source datum; empty when PROJ's operation is exact
/// enough not to mention.
QString approximationWarning(const PJ *source, const PJ *target)
{
    PJ_CONTEXT *ctx = projContext();
    PJ_OPERATION_FACTORY_CONTEXT *factory = proj_create_operation_factory_context(ctx, nullptr);
    proj_operation_factory_context_set_spatial_criterion(
        ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    PJ_OBJ_LIST *ops = proj_create_operations(ctx, source, target, factory);
    PjPtr best(ops && proj_list_get_count(ops) > 0 ? proj_list_get(ctx, ops, 0) : nullptr);
    const bool ballpark = best && proj_coordoperation_has_ballpark_transformation(ctx, best.get());
    const double accuracy = best ? proj_coordoperation_get_accuracy(ctx, best.get()) : -1.0;
    proj_list_destroy(ops);
    proj_operation_factory_context_destroy(factory);

    PjPtr geodetic(proj_crs_get_geodetic_crs(ctx, source));
    const QString datum = geodetic ? QString::fromUtf8(proj_get_name(geodetic.get())) : QString();
    if (ballpark) {
        QString size;
        if (datum.contains(QLatin1String("Xian 1980")) || datum.contains(QLatin1String("Beijing")))
            size = tr("several tens of metres, in places over 100 m");
        else if (datum.contains(QLatin1String("WGS 84")))
            size = tr("under 1 m (WGS 84 and CGCS2000 agree to decimetres)");
        else
            size = tr("unknown, possibly hundreds of metres");
        return tr("datum shift %1 -> CGCS2000 is approximate (PROJ has no parameters for it); expected "
                  "position error: %2. Ask the data owner for the official transformation parameters")
            .arg(datum, size);
    }
    if (accuracy > 1.0)
        return tr("datum shift %1 -> CGCS2000 is accurate to about %2 m only").arg(datum).arg(accuracy);
    return {};
}

int transformPoint(double *x, double *y, void *userdata)
{
    PJ_COORD c = proj_trans(static_cast<PJ *>(userdata), PJ_FWD, proj_coord(*x, *y, 0, 0));
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || c.xy.x == HUGE_VAL)
        return 0;
    *x = c.xy.x;
    *y = c.xy.y;
    return 1;
}

} // namespace

void transformToWorkingCrs(VectorLayer &layer, int workingEpsg)
{
    if (!isCgcs2000GaussKrugerZone(workingEpsg))
        throw core::InputError(
            layer.sourcePath, tr("EPSG:%1 is not a CGCS2000 3-degree Gauss-Kruger zone").arg(workingEpsg));
    if (!layer.crs.known())
        throw core::InputError(layer.sourcePath, unknownCrsProblem(layer));
    if (layer.crs.epsg == workingEpsg)
        return;
    const QString targetDefinition = QStringLiteral("EPSG:%1").arg(workingEpsg);
    PjPtr source = createCrs(crsDefinition(layer.crs.epsg, layer.crs.wkt));
    PjPtr target = createCrs(targetDefinition);
    PjPtr op = source && target ? createTransform(source.get(), target.get()) : PjPtr();
    if (!op)
        throw core::InputError(layer.sourcePath,
            tr("PROJ finds no transformation from %1 to EPSG:%2: %3")
                .arg(layer.crs.name)
                .arg(workingEpsg)
                .arg(takeProjError()));
    const QString warning = approximationWarning(source.get(), target.get());
    if (!warning.isEmpty())
        layer.warnings << warning;

    GEOSContextHandle_t ctx = geosContext();
    for (int row = 0; row < layer.featureCount(); ++row) {
        const GEOSGeometry *g = layer.geometry(row);
        if (!g)
            continue;
        GeosGeometryPtr moved(GEOSGeom_transformXY_r(ctx, g, &transformPoint, op.get()));
        if (!moved)
            throw core::InputError(layer.sourcePath,
                tr("coordinates cannot be transformed from %1 to EPSG:%2")
                    .arg(layer.crs.name)
                    .arg(workingEpsg),
                QString::number(layer.fid(row)));
        layer.setGeometry(row, std::move(moved));
    }
    if (!layer.sourceExtent.isNull()) {
        const QRectF e = layer.sourceExtent;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        layer.sourceExtent = proj_trans_bounds(projContext(), op.get(), PJ_FWD, e.left(), e.top(), e.right(),
                                 e.bottom(), &x0, &y0, &x1, &y1, 21)
            ? QRectF(QPointF(x0, y0), QPointF(x1, y1))
            : QRectF();
    }
    const char *wkt = proj_as_wkt(projContext(), target.get(), PJ_WKT2_2019, nullptr);
    CrsDecision working;
    working.epsg = workingEpsg;
    working.name = QString::fromUtf8(proj_get_name(target.get()));
    working.wkt = QString::fromUtf8(wkt ? wkt : "");
    working.how
        = tr("transformed from %1 (EPSG:%2; %3)").arg(layer.crs.name).arg(layer.crs.epsg).arg(layer.crs.how);
    working.geographic = false;
    layer.crs = working;
}

QString displayCrsName(const QString &projName)
{
    // PROJ's names are fixed EPSG registry strings, so matching them is exact.
    static const QRegularExpression centralMeridian(
        QStringLiteral("^CGCS2000 / 3-degree Gauss-Kruger CM (\\d+)E$"));
    static const QRegularExpression zone(QStringLiteral("^CGCS2000 / 3-degree Gauss-Kruger zone (\\d+)$"));
    if (const auto m = centralMeridian.match(projName); m.hasMatch())
        return tr("CGCS2000 3-degree Gauss-Kruger, central meridian %1°E").arg(m.captured(1));
    if (const auto m = zone.match(projName); m.hasMatch())
        return tr("CGCS2000 3-degree Gauss-Kruger, zone %1").arg(m.captured(1));
    if (projName == QLatin1String("China Geodetic Coordinate System 2000"))
        return tr("China Geodetic Coordinate System 2000 (CGCS2000)");
    return projName;
}

} // namespace fg::gis
