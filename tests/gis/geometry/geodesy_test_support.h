// SPDX-License-Identifier: MIT
#pragma once
// Reference geodesy for the area tests, computed independently of the code under test:
// the closed-form area of an ellipsoidal quadrangle and a PROJ forward projection to GK.

#include "gis/geos_context.h"

#include <proj.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fg::gis::test {

constexpr double kA = 6378137.0;             // CGCS2000 semi-major axis
constexpr double kF = 1 / 298.257222101;     // CGCS2000 flattening
constexpr double kPi = 3.14159265358979323846;

inline double rad(double degrees)
{
    return degrees * kPi / 180.0;
}

/// Closed-form area (m²) of the quadrangle between parallels lat1, lat2 and a longitude
/// difference dLon (degrees) on CGCS2000:
/// S = b²·Δλ/2 · [ sinφ/(1−e²sin²φ) + (1/(2e))·ln((1+e·sinφ)/(1−e·sinφ)) ] from φ1 to φ2.
inline double closedFormQuadrangle(double lat1, double lat2, double dLon)
{
    const double e2 = kF * (2 - kF);
    const double e = std::sqrt(e2);
    const double b = kA * (1 - kF);
    auto prim = [&](double phi) {
        const double s = std::sin(rad(phi));
        return s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e);
    };
    return b * b * rad(dLon) / 2 * (prim(lat2) - prim(lat1));
}

/// Axis-aligned square in the GK plane centred on (cx, cy), side in metres.
inline GeosGeometryPtr gkSquare(double cx, double cy, double side)
{
    const double h = side / 2;
    return fromWkt(QStringLiteral("POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                       .arg(cx - h, 0, 'f', 6).arg(cy - h, 0, 'f', 6).arg(cx + h, 0, 'f', 6).arg(cy + h, 0, 'f', 6));
}

using LonLat = std::pair<double, double>;
using Ring = std::vector<LonLat>;

/// Counter-clockwise ring along two meridians and two parallels, `steps` vertices per side.
inline Ring quadrangle(double lon1, double lat1, double lon2, double lat2, int steps)
{
    Ring ring;
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(lon1 + (lon2 - lon1) * i / steps, lat1);
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(lon2, lat1 + (lat2 - lat1) * i / steps);
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(lon2 - (lon2 - lon1) * i / steps, lat2);
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(lon1, lat2 - (lat2 - lat1) * i / steps);
    ring.push_back(ring.front());
    return ring;
}

inline Ring reversed(Ring ring)
{
    return Ring(ring.rbegin(), ring.rend());
}

/// Forward projection CGCS2000 (lon, lat) -> EPSG:epsg (east, north), built in the test with PROJ.
class GkProjector
{
public:
    explicit GkProjector(int epsg)
    {
        m_ctx = proj_context_create();
        const std::string to = "EPSG:" + std::to_string(epsg);
        PJ *raw = proj_create_crs_to_crs(m_ctx, "EPSG:4490", to.c_str(), nullptr);
        m_pj = raw ? proj_normalize_for_visualization(m_ctx, raw) : nullptr;
        proj_destroy(raw);
        if (!m_pj)
            throw std::runtime_error("test projector for " + to);
    }
    ~GkProjector()
    {
        proj_destroy(m_pj);
        proj_context_destroy(m_ctx);
    }
    GkProjector(const GkProjector &) = delete;
    GkProjector &operator=(const GkProjector &) = delete;

    std::pair<double, double> forward(double lon, double lat) const
    {
        const PJ_COORD c = proj_trans(m_pj, PJ_FWD, proj_coord(lon, lat, 0, 0));
        return {c.xy.x, c.xy.y};
    }

    /// WKT ring "(x y, ...)" of the projected lon/lat ring, full precision.
    std::string ringWkt(const Ring &ring) const
    {
        std::string text = "(";
        char buf[64];
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const auto [x, y] = forward(ring[i].first, ring[i].second);
            std::snprintf(buf, sizeof buf, "%s%.17g %.17g", i ? ", " : "", x, y);
            text += buf;
        }
        return text + ")";
    }

    /// Polygon in the GK plane from lon/lat rings (first is the shell).
    GeosGeometryPtr polygon(const std::vector<Ring> &rings) const
    {
        return fromWkt(QString::fromStdString("POLYGON" + ringsWkt(rings)));
    }

    std::string ringsWkt(const std::vector<Ring> &rings) const
    {
        std::string text = "(";
        for (std::size_t i = 0; i < rings.size(); ++i)
            text += (i ? ", " : "") + ringWkt(rings[i]);
        return text + ")";
    }

private:
    PJ_CONTEXT *m_ctx = nullptr;
    PJ *m_pj = nullptr;
};

} // namespace fg::gis::test
