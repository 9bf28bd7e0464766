// SPDX-License-Identifier: MIT
#include "gis/io/crs_detection.h"

#include "gis/io/proj_handles_p.h"
#include "gis/io/proj_shared_p.h"

#include "gis/io/dbf_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <map>
#include <optional>

namespace fg::gis {

namespace {

constexpr double kCgcs2000InverseFlattening = 298.257222101;

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

QString nameOf(const PJ *obj)
{
    const char *name = obj ? proj_get_name(obj) : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

QString wktOf(const PJ *crs)
{
    const char *wkt = proj_as_wkt(projContext(), crs, PJ_WKT2_2019, nullptr);
    return QString::fromUtf8(wkt ? wkt : "");
}

bool isGeographic(const PJ *crs)
{
    const PJ_TYPE t = proj_get_type(crs);
    return t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS || t == PJ_TYPE_GEOGRAPHIC_CRS;
}

CrsDecision fromEpsg(int epsg, const QString &how)
{
    CrsDecision d;
    PjPtr crs = createCrs(QStringLiteral("EPSG:%1").arg(epsg));
    if (!crs)
        return d;
    d.epsg = epsg;
    d.name = nameOf(crs.get());
    d.wkt = wktOf(crs.get());
    d.geographic = isGeographic(crs.get());
    d.how = how;
    return d;
}

/// EPSG code PROJ itself is sure of (confidence >= 90 %), 0 otherwise.
int identifiedEpsg(const PJ *crs, int *confidenceOut)
{
    PJ_CONTEXT *ctx = projContext();
    int *confidence = nullptr;
    PJ_OBJ_LIST *matches = proj_identify(ctx, crs, "EPSG", nullptr, &confidence);
    int epsg = 0;
    if (matches && proj_list_get_count(matches) > 0 && confidence && confidence[0] >= 90) {
        PjPtr best(proj_list_get(ctx, matches, 0));
        const char *code = proj_get_id_code(best.get(), 0);
        epsg = code ? QString::fromLatin1(code).toInt() : 0;
        *confidenceOut = confidence[0];
    }
    proj_int_list_destroy(confidence);
    proj_list_destroy(matches);
    return epsg;
}

bool usesCgcs2000Datum(const PJ *crs)
{
    PJ_CONTEXT *ctx = projContext();
    PjPtr ellipsoid(proj_get_ellipsoid(ctx, crs));
    double a = 0, b = 0, invF = 0;
    int computed = 0;
    if (!ellipsoid || !proj_ellipsoid_get_parameters(ctx, ellipsoid.get(), &a, &b, &computed, &invF))
        return false;
    // CGCS2000 shares GRS80's shape within 1e-7 of 1/f; the datum name tells it from NAD83/ETRS89.
    if (std::abs(a - 6378137.0) > 1e-3 || std::abs(invF - kCgcs2000InverseFlattening) > 1e-6)
        return false;
    PjPtr geodetic(proj_crs_get_geodetic_crs(ctx, crs));
    PjPtr datum(geodetic ? proj_crs_get_datum_forced(ctx, geodetic.get()) : nullptr);
    static const QRegularExpression china(
        QStringLiteral("2000|China|CGCS"), QRegularExpression::CaseInsensitiveOption);
    return china.match(nameOf(datum.get()) + QLatin1Char(' ') + nameOf(geodetic.get())).hasMatch();
}

std::optional<double> parameter(const PJ *op, const char *name, bool angle)
{
    PJ_CONTEXT *ctx = projContext();
    const int index = proj_coordoperation_get_param_index(ctx, op, name);
    double value = 0, factor = 1;
    if (index < 0
        || !proj_coordoperation_get_param(ctx, op, index, nullptr, nullptr, nullptr, &value, nullptr, &factor,
            nullptr, nullptr, nullptr, nullptr))
        return std::nullopt;
    return angle ? value * factor * 180.0 / M_PI : value * factor;
}

/// EPSG code of a CGCS2000 Gauss-Krüger zone with these projection parameters, 0 when none.
int cgcs2000ZoneEpsg(const PJ *crs)
{
    PjPtr op(proj_crs_get_coordoperation(projContext(), crs));
    if (!op)
        return 0;
    const char *method = nullptr;
    proj_coordoperation_get_method_info(projContext(), op.get(), &method, nullptr, nullptr);
    if (!method || !QString::fromUtf8(method).contains(QLatin1String("Transverse Mercator")))
        return 0;
    const auto cm = parameter(op.get(), "Longitude of natural origin", true);
    const auto lat0 = parameter(op.get(), "Latitude of natural origin", true);
    const auto k = parameter(op.get(), "Scale factor at natural origin", false);
    const auto fe = parameter(op.get(), "False easting", false);
    const auto fn = parameter(op.get(), "False northing", false);
    if (!cm || !fe || (lat0 && *lat0 != 0.0) || (k && std::abs(*k - 1.0) > 1e-12) || (fn && *fn != 0.0))
        return 0;
    const double zone3 = *cm / 3.0;
    if (std::abs(zone3 - std::round(zone3)) > 1e-9)
        return 0;
    const int zone = static_cast<int>(std::round(zone3));
    if (zone < 25 || zone > 45)
        return 0;
    if (*fe == 500000.0)
        return 4534 + (zone - 25);
    if (*fe == zone * 1e6 + 500000.0)
        return 4513 + (zone - 25);
    return 0;
}

} // namespace

CrsDecision identifyCrs(const QString &definition, const QString &source)
{
    PjPtr crs = createCrs(definition.trimmed());
    if (!crs || !proj_is_crs(crs.get()))
        return {};
    int confidence = 0;
    if (const int epsg = identifiedEpsg(crs.get(), &confidence)) {
        CrsDecision d = fromEpsg(
            epsg, tr("%1, identified as EPSG:%2 (%3% match)").arg(source).arg(epsg).arg(confidence));
        if (d.known())
            return d;
    }
    if (usesCgcs2000Datum(crs.get())) {
        const int epsg = isGeographic(crs.get()) ? 4490 : cgcs2000ZoneEpsg(crs.get());
        if (epsg)
            return fromEpsg(epsg,
                tr("%1 (Esri-style CGCS2000 \"%2\"), matched to EPSG:%3 by its datum and "
                   "projection parameters")
                    .arg(source, nameOf(crs.get()))
                    .arg(epsg));
    }
    CrsDecision d;
    d.name = nameOf(crs.get());
    d.wkt = wktOf(crs.get());
    d.geographic = isGeographic(crs.get());
    d.how = tr("%1 (no EPSG equivalent found)").arg(source);
    return d;
}

namespace {

bool withinChina(double lon, double lat)
{
    return lon >= 73.0 && lon <= 136.0 && lat >= 3.0 && lat <= 54.0;
}

/// Zone number carried by 8-digit eastings, 0 when the easting range has no single prefix.
int zonePrefix(const QRectF &e)
{
    const int west = static_cast<int>(std::floor(e.left() / 1e6));
    const int east = static_cast<int>(std::floor(e.right() / 1e6));
    const double offsetWest = e.left() - west * 1e6;
    // Inside a zone the easting without prefix stays within ~±350 km of 500 000 m in China.
    return west == east && offsetWest >= 100000.0 ? west : 0;
}

bool chineseNorthings(const QRectF &e)
{
    return e.top() >= 300000.0 && e.bottom() <= 6100000.0;
}

} // namespace

CrsDecision inferCrsFromExtent(const QRectF &e)
{
    CrsDecision unknown;
    if (e.isNull() && e.topLeft().isNull()) {
        unknown.how = tr("no .prj or CRS definition and no coordinates to infer one from");
        return unknown;
    }
    const QString range = QStringLiteral("x %1..%2, y %3..%4")
                              .arg(e.left(), 0, 'f', 2)
                              .arg(e.right(), 0, 'f', 2)
                              .arg(e.top(), 0, 'f', 2)
                              .arg(e.bottom(), 0, 'f', 2);
    if (e.left() >= -180.0 && e.right() <= 180.0 && e.top() >= -90.0 && e.bottom() <= 90.0) {
        const bool china = withinChina(e.center().x(), e.center().y());
        return fromEpsg(china ? 4490 : 4326,
            china ? tr("inferred from coordinates (%1): longitude/latitude in China, CGCS2000 "
                       "assumed (WGS 84 differs by under 1 m)")
                        .arg(range)
                  : tr("inferred from coordinates (%1): longitude/latitude, WGS 84 assumed").arg(range));
    }
    if (const int zone = zonePrefix(e); zone > 0 && chineseNorthings(e)) {
        int epsg = 0;
        if (zone >= 25 && zone <= 45)
            epsg = 4513 + (zone - 25);
        else if (zone >= 13 && zone <= 23)
            epsg = 4491 + (zone - 13);
        if (epsg)
            return fromEpsg(epsg,
                tr("inferred from coordinates (%1): 8-digit eastings carry zone prefix %2, "
                   "so Gauss-Kruger zone %2; datum assumed CGCS2000 (Xian 1980 and "
                   "Beijing 1954 cannot be told apart from coordinates)")
                    .arg(range)
                    .arg(zone));
    }
    if (e.left() >= 100000.0 && e.right() <= 900000.0 && e.top() >= 1000000.0 && chineseNorthings(e)) {
        unknown.needsZone = true;
        unknown.how = tr("coordinates (%1) look like Gauss-Kruger without a zone prefix; the zone cannot be "
                         "known from coordinates alone - give it with --crs (e.g. EPSG:4547 for CM 114°E)")
                          .arg(range);
        return unknown;
    }
    unknown.how = tr("no .prj or CRS definition, and the coordinates (%1) fit no known CRS "
                     "(local or engineering coordinates?)")
                      .arg(range);
    return unknown;
}

namespace {

/// A CRS and its transformation to WGS 84 lon/lat, kept per thread by definition: finding the
/// operation asks PROJ's database (≈ 25 ms), and `analyze` checks three layers in one CRS.
struct CrsToLonLat
{
    PjPtr source;
    PjPtr op;
};

const CrsToLonLat &crsToLonLat(const QString &definition)
{
    thread_local std::map<QString, CrsToLonLat> known; // after projContext(): destroyed before it
    auto found = known.find(definition);
    if (found != known.end())
        return found->second;
    // Made once per process and cloned for each thread (PROJ's operation search per thread was a
    // few per cent of `analyze`, on the reading's critical path); a clone gives the same bounds.
    CrsToLonLat made;
    made.source = sharedCrs(definition);
    if (made.source)
        made.op = sharedTransform(definition, QStringLiteral("EPSG:4326"));
    takeProjError();
    return known.emplace(definition, std::move(made)).first->second;
}

} // namespace

QString crsExtentMismatch(const CrsDecision &crs, const QRectF &e)
{
    if (!crs.known() || (e.isNull() && e.topLeft().isNull()))
        return {};
    PJ_CONTEXT *ctx = projContext(); // first: the thread's context outlives the cache below
    const CrsToLonLat &transform = crsToLonLat(crsDefinition(crs.epsg, crs.wkt));
    PJ *source = transform.source.get(), *op = transform.op.get();
    if (!op)
        return {};
    double w = 0, s = 0, east = 0, n = 0;
    const bool ok = proj_trans_bounds(ctx, op, PJ_FWD, e.left(), e.top(), e.right(), e.bottom(), &w, &s,
                        &east, &n, 21)
        && std::isfinite(w) && std::isfinite(east) && std::isfinite(s) && std::isfinite(n) && w >= -180.0
        && east <= 180.0 && s >= -90.0 && n <= 90.0;
    takeProjError();
    double aw = -180, as = -90, ae = 180, an = 90;
    const char *area = nullptr;
    // A geographic CRS fits any lon/lat: its area of use says where the datum is best, not valid.
    const bool hasArea
        = !crs.geographic && proj_get_area_of_use(ctx, source, &aw, &as, &ae, &an, &area) && aw <= ae;
    // Two degrees of slack: areas of use are drawn tight and data sits near zone edges.
    const double slack = 2.0;
    const bool inside
        = ok && (!hasArea || (w >= aw - slack && east <= ae + slack && s >= as - slack && n <= an + slack));
    if (inside)
        return {};
    const QString where = ok ? tr("it puts the data at %1..%2°E, %3..%4°N")
                                   .arg(w, 0, 'f', 3)
                                   .arg(east, 0, 'f', 3)
                                   .arg(s, 0, 'f', 3)
                                   .arg(n, 0, 'f', 3)
                             : tr("the coordinates are outside its valid range");
    return tr("the declared CRS %1 does not fit the coordinates (x %2..%3, y %4..%5): %6%7; "
              "the CRS definition (.prj) is probably wrong - check it or give the CRS with --crs")
        .arg(crs.name)
        .arg(e.left(), 0, 'f', 2)
        .arg(e.right(), 0, 'f', 2)
        .arg(e.top(), 0, 'f', 2)
        .arg(e.bottom(), 0, 'f', 2)
        .arg(where)
        .arg(hasArea && area ? tr(", outside its area of use (%1)").arg(QString::fromUtf8(area)) : QString());
}

void prepareCrsChecks(const QStringList &paths) noexcept
{
    try {
        QStringList texts, definitions;
        for (const QString &path : paths) {
            // Only a regular .prj: a FIFO named as a layer must fail in the reader, not block here.
            const QString prj = siblingFile(path, QStringLiteral("prj"));
            QFile file(prj);
            if (prj.isEmpty() || !QFileInfo(prj).isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.read(1 << 16));
            if (texts.contains(text)) // a county's layers share one .prj text: identified once
                continue;
            texts << text;
            const CrsDecision crs = identifyCrs(text, QString());
            if (crs.epsg > 0 && !definitions.contains(crsDefinition(crs.epsg, crs.wkt)))
                definitions << crsDefinition(crs.epsg, crs.wkt);
        }
        for (const QString &definition : definitions)
            if (sharedCrs(definition))
                sharedTransform(definition, QStringLiteral("EPSG:4326"));
        takeProjError();
    } catch (...) { // a hint only: the reads decide and check as always
    }
}

} // namespace fg::gis
