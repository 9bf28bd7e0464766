// SPDX-License-Identifier: MIT
#include "gis/render/geo_reference.h"

#include "gis/proj_context.h"

#include <geodesic.h>
#include <proj.h>

#include <cmath>

namespace fg::gis {

struct GeoReference::Impl
{
    PJ *transform = nullptr;
    geod_geodesic geodesic{};
    ~Impl()
    {
        if (transform)
            proj_destroy(transform);
    }
};

GeoReference::GeoReference() = default;

GeoReference::GeoReference(const QString &crs)
    : d(std::make_unique<Impl>())
{
    PJ_CONTEXT *ctx = projContext();
    PJ *raw = proj_create_crs_to_crs(ctx, crs.toUtf8().constData(), "EPSG:4490", nullptr);
    if (raw) {
        // Keep (east, north) in and (lon, lat) out whatever the CRS's declared axis order.
        d->transform = proj_normalize_for_visualization(ctx, raw);
        proj_destroy(raw);
    }
    // CGCS2000 ellipsoid: a = 6378137 m, 1/f = 298.257222101.
    geod_init(&d->geodesic, 6378137.0, 1.0 / 298.257222101);
}

GeoReference::~GeoReference() = default;
GeoReference::GeoReference(GeoReference &&) noexcept = default;
GeoReference &GeoReference::operator=(GeoReference &&) noexcept = default;

bool GeoReference::isValid() const
{
    return d && d->transform;
}

bool GeoReference::toLonLat(QPointF map, QPointF *lonLat) const
{
    if (!isValid())
        return false;
    const PJ_COORD out = proj_trans(d->transform, PJ_FWD, proj_coord(map.x(), map.y(), 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return false;
    *lonLat = QPointF(out.xy.x, out.xy.y);
    return true;
}

double GeoReference::geodesicLength(const QPolygonF &mapLine) const
{
    if (!isValid())
        return -1;
    double total = 0;
    QPointF previous;
    for (int i = 0; i < mapLine.size(); ++i) {
        QPointF lonLat;
        if (!toLonLat(mapLine[i], &lonLat))
            return -1;
        if (i > 0) {
            double s12 = 0;
            geod_inverse(&d->geodesic, previous.y(), previous.x(), lonLat.y(), lonLat.x(), &s12, nullptr, nullptr);
            total += s12;
        }
        previous = lonLat;
    }
    return total;
}

} // namespace fg::gis
