// SPDX-License-Identifier: MIT
#include "gis/geometry/area_calculator.h"

#include "core/input_error.h"
#include "gis/geometry/trapezoid_series.h"
#include "gis/proj_context.h"

#include <QCoreApplication>

#include <geodesic.h>
#include <proj.h>

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace fg::gis {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::AreaCalculator)
};

/// The survey densifies edges longer than this (metres in the GK plane) before summing trapezoids.
constexpr double kMaxEdge = 70.0;
constexpr double kDegToRad = M_PI / 180.0;
/// No edge inside one Gauss-Krüger zone is this long (a zone spans a few hundred km east-west);
/// longer ones are foreign or corrupt coordinates and would densify into millions of points.
constexpr double kMaxPlausibleEdge = 3.0e6;

struct PjDeleter
{
    void operator()(PJ *pj) const { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

[[noreturn]] void throwNotGk(int epsg, const char *why)
{
    throw std::invalid_argument("EPSG:" + std::to_string(epsg)
                                + " is not a CGCS2000 Gauss-Krüger CRS (" + why + ")");
}

bool isEpsg(const PJ *obj, const char *code)
{
    const char *auth = proj_get_id_auth_name(obj, 0);
    const char *id = proj_get_id_code(obj, 0);
    return auth && id && std::strcmp(auth, "EPSG") == 0 && std::strcmp(id, code) == 0;
}

} // namespace

struct AreaCalculator::Impl
{
    int epsg = 0;
    PjPtr toGeographic;               // working GK CRS -> CGCS2000 (lon, lat) degrees
    mutable PJ_CONTEXT *ctx = nullptr; // context toGeographic is assigned to
    geod_geodesic geod{};
    TrapezoidSeries series{6378137.0, 1 / 298.257222101};
    // Reused between calls so measuring allocates only when a ring is larger than any before.
    mutable std::vector<double> raw, x, y, gx, gy;
    mutable std::vector<std::size_t> vertexAt;

    void useCallingThread() const
    {
        PJ_CONTEXT *now = projContext();
        if (now != ctx) {
            proj_assign_context(toGeographic.get(), now);
            ctx = now;
        }
    }
    std::size_t loadRing(const GEOSGeometry *ring) const;
    void toLonLat(std::size_t n) const;
    [[noreturn]] void throwOutsideZone() const;
    /// Ellipsoidal and geodesic areas (m²); as a request, non-zero members say which to compute.
    struct Pair
    {
        double ellipsoidal = 0;
        double geodesic = 0;
    };
    void prepare(std::size_t n, bool densify) const;
    Pair ring(const GEOSGeometry *ring, Pair want) const;
    Pair polygon(const GEOSGeometry *polygon, Pair want) const;
    Pair measure(const GEOSGeometry *geometry, Pair want) const;
    static double planar(const GEOSGeometry *geometry);
};

/// Copies the ring's coordinates into `raw` as x, y pairs without the closing vertex.
std::size_t AreaCalculator::Impl::loadRing(const GEOSGeometry *ring) const
{
    GEOSContextHandle_t g = geosContext();
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(g, ring);
    unsigned int size = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(g, seq, &size) || size < 4)
        return 0;
    raw.resize(2 * std::size_t(size));
    if (!GEOSCoordSeq_copyToBuffer_r(g, seq, raw.data(), 0, 0))
        return 0;
    std::size_t n = size;
    if (raw[0] == raw[2 * n - 2] && raw[1] == raw[2 * n - 1])
        --n;
    return n;
}

/// Transforms x/y (GK metres) in place to lon/lat degrees for n points.
void AreaCalculator::Impl::toLonLat(std::size_t n) const
{
    useCallingThread();
    proj_trans_generic(toGeographic.get(), PJ_FWD, x.data(), sizeof(double), n, y.data(),
                       sizeof(double), n, nullptr, 0, 0, nullptr, 0, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            throwOutsideZone();
    }
}

void AreaCalculator::Impl::throwOutsideZone() const
{
    throw core::InputError(
        {}, Tr::tr("coordinates outside the domain of EPSG:%1 cannot be measured on the ellipsoid").arg(epsg));
}

/// Fills x/y from raw: the ring's n vertices, with every edge longer than kMaxEdge split into
/// equal pieces when `densify`; vertexAt[i] is where vertex i landed.
void AreaCalculator::Impl::prepare(std::size_t n, bool densify) const
{
    x.clear();
    y.clear();
    vertexAt.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = (i + 1 == n) ? 0 : i + 1;
        const double x0 = raw[2 * i], y0 = raw[2 * i + 1];
        const double dx = raw[2 * j] - x0, dy = raw[2 * j + 1] - y0;
        const double len = std::hypot(dx, dy);
        if (!(len <= kMaxPlausibleEdge))
            throwOutsideZone();
        const std::size_t pieces = densify && len > kMaxEdge ? std::size_t(std::ceil(len / kMaxEdge)) : 1;
        vertexAt[i] = x.size();
        for (std::size_t k = 0; k < pieces; ++k) {
            const double t = double(k) / double(pieces);
            x.push_back(x0 + t * dx);
            y.push_back(y0 + t * dy);
        }
    }
}

/// Both ellipsoid areas of one ring from a single inverse projection: the densified vertices
/// feed the trapezoid sum, the original ones (a subset) the geodesic polygon.
AreaCalculator::Impl::Pair AreaCalculator::Impl::ring(const GEOSGeometry *ring, Pair want) const
{
    const std::size_t n = loadRing(ring);
    if (n < 3)
        return {};
    prepare(n, want.ellipsoidal != 0);
    const std::size_t m = x.size();
    toLonLat(m);
    Pair out;
    if (want.geodesic != 0) {
        gx.resize(n);
        gy.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            gx[i] = x[vertexAt[i]];
            gy[i] = y[vertexAt[i]];
        }
        // Edges between the ring's own vertices are geodesics here: that is the method's definition.
        geod_polygonarea(&geod, gy.data(), gx.data(), int(n), &out.geodesic, nullptr);
        out.geodesic = std::abs(out.geodesic);
    }
    if (want.ellipsoidal != 0) {
        for (std::size_t i = 0; i < m; ++i) {
            x[i] *= kDegToRad;
            y[i] *= kDegToRad;
        }
        out.ellipsoidal = std::abs(series.signedRingArea(x.data(), y.data(), m));
    }
    return out;
}

AreaCalculator::Impl::Pair AreaCalculator::Impl::polygon(const GEOSGeometry *poly, Pair want) const
{
    GEOSContextHandle_t g = geosContext();
    const GEOSGeometry *shell = GEOSGetExteriorRing_r(g, poly);
    if (!shell)
        return {};
    Pair area = ring(shell, want);
    const int holes = GEOSGetNumInteriorRings_r(g, poly);
    for (int i = 0; i < holes; ++i) {
        const Pair hole = ring(GEOSGetInteriorRingN_r(g, poly, i), want);
        area.ellipsoidal -= hole.ellipsoidal;
        area.geodesic -= hole.geodesic;
    }
    return area;
}

AreaCalculator::Impl::Pair AreaCalculator::Impl::measure(const GEOSGeometry *geometry, Pair want) const
{
    GEOSContextHandle_t g = geosContext();
    if (!geometry || GEOSisEmpty_r(g, geometry) == 1)
        return {};
    switch (GEOSGeomTypeId_r(g, geometry)) {
    case GEOS_POLYGON:
        return polygon(geometry, want);
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION: {
        Pair sum;
        const int parts = GEOSGetNumGeometries_r(g, geometry);
        for (int i = 0; i < parts; ++i) {
            const Pair part = measure(GEOSGetGeometryN_r(g, geometry, i), want);
            sum.ellipsoidal += part.ellipsoidal;
            sum.geodesic += part.geodesic;
        }
        return sum;
    }
    default:
        return {}; // points and lines have no area
    }
}

double AreaCalculator::Impl::planar(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t g = geosContext();
    double area = 0;
    if (!geometry || GEOSisEmpty_r(g, geometry) == 1 || !GEOSArea_r(g, geometry, &area))
        return 0;
    return area;
}

double Areas::of(AreaMethod method) const
{
    switch (method) {
    case AreaMethod::Ellipsoidal:
        return ellipsoidal;
    case AreaMethod::Geodesic:
        return geodesic;
    case AreaMethod::Planar:
        return planar;
    }
    return ellipsoidal;
}

const char *areaMethodName(AreaMethod method)
{
    switch (method) {
    case AreaMethod::Ellipsoidal:
        return "ellipsoidal";
    case AreaMethod::Geodesic:
        return "geodesic";
    case AreaMethod::Planar:
        return "planar";
    }
    return "ellipsoidal";
}

bool parseAreaMethod(const QString &text, AreaMethod *method)
{
    for (AreaMethod m : {AreaMethod::Ellipsoidal, AreaMethod::Geodesic, AreaMethod::Planar}) {
        if (text.trimmed().compare(QLatin1String(areaMethodName(m)), Qt::CaseInsensitive) == 0) {
            if (method)
                *method = m;
            return true;
        }
    }
    return false;
}

AreaCalculator::AreaCalculator(int workingEpsg)
    : d(std::make_unique<Impl>())
{
    d->epsg = workingEpsg;
    d->ctx = projContext();
    const std::string code = "EPSG:" + std::to_string(workingEpsg);
    PjPtr crs(proj_create(d->ctx, code.c_str()));
    if (!crs || proj_get_type(crs.get()) != PJ_TYPE_PROJECTED_CRS)
        throwNotGk(workingEpsg, "not a projected CRS");
    PjPtr base(proj_crs_get_geodetic_crs(d->ctx, crs.get()));
    if (!base || !isEpsg(base.get(), "4490"))
        throwNotGk(workingEpsg, "not on CGCS2000, EPSG:4490");
    PjPtr conversion(proj_crs_get_coordoperation(d->ctx, crs.get()));
    const char *methodCode = nullptr;
    if (!conversion
        || !proj_coordoperation_get_method_info(d->ctx, conversion.get(), nullptr, nullptr, &methodCode)
        || !methodCode || std::strcmp(methodCode, "9807") != 0)
        throwNotGk(workingEpsg, "not a Transverse Mercator projection");
    PjPtr ellipsoid(proj_get_ellipsoid(d->ctx, base.get()));
    double a = 0, b = 0, invF = 0;
    int bComputed = 0;
    if (!ellipsoid
        || !proj_ellipsoid_get_parameters(d->ctx, ellipsoid.get(), &a, &b, &bComputed, &invF)
        || !(a > 0 && invF > 0))
        throwNotGk(workingEpsg, "no ellipsoid");
    d->series = TrapezoidSeries(a, 1 / invF);
    geod_init(&d->geod, a, 1 / invF);
    PjPtr raw(proj_create_crs_to_crs(d->ctx, code.c_str(), "EPSG:4490", nullptr));
    if (raw)
        d->toGeographic.reset(proj_normalize_for_visualization(d->ctx, raw.get()));
    if (!d->toGeographic)
        throwNotGk(workingEpsg, "PROJ has no inverse projection for it");
}

AreaCalculator::~AreaCalculator()
{
    // The PJ's context may belong to a thread that has since ended; destroy it on ours.
    if (d && d->toGeographic)
        d->useCallingThread();
}
AreaCalculator::AreaCalculator(AreaCalculator &&) noexcept = default;
AreaCalculator &AreaCalculator::operator=(AreaCalculator &&other) noexcept
{
    if (this != &other) {
        if (d && d->toGeographic)
            d->useCallingThread();
        d = std::move(other.d);
    }
    return *this;
}

int AreaCalculator::workingEpsg() const
{
    return d->epsg;
}

double AreaCalculator::area(const GEOSGeometry *geometry, AreaMethod method) const
{
    switch (method) {
    case AreaMethod::Ellipsoidal:
        return d->measure(geometry, {1, 0}).ellipsoidal;
    case AreaMethod::Geodesic:
        return d->measure(geometry, {0, 1}).geodesic;
    case AreaMethod::Planar:
        break;
    }
    return Impl::planar(geometry);
}

Areas AreaCalculator::areas(const GEOSGeometry *geometry) const
{
    const Impl::Pair both = d->measure(geometry, {1, 1});
    Areas result;
    result.ellipsoidal = both.ellipsoidal;
    result.geodesic = both.geodesic;
    result.planar = Impl::planar(geometry);
    return result;
}

} // namespace fg::gis
