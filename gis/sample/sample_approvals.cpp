// SPDX-License-Identifier: MIT
#include "gis/sample/sample_approvals.h"

#include "gis/geometry/area_calculator.h"
#include "gis/sample/sample_geometry.h"
#include "gis/geometry/geometry_box.h"

#include <QDate>

#include <stdexcept>

namespace fg::gis::sample {

namespace {

constexpr double kMu = 10000.0 / 15.0;

int rowOf(const SampleLayer &layer, int field, const QString &value)
{
    for (int row = 0; row < layer.size(); ++row)
        if (layer.rows[size_t(row)][size_t(field)].toString() == value)
            return row;
    throw std::runtime_error("sample approvals: no feature " + value.toStdString());
}

struct Box
{
    double x0, y0, x1, y1;
};

Box envelope(const GEOSGeometry *geometry)
{
    GeometryBox box;
    geometryBox(geometry, &box);
    return Box { box.minX, box.minY, box.maxX, box.maxY };
}

/// A strip from 20 m west of @p incident to the easting where the incident's part inside it has
/// the ellipsoidal area @p mu (bisection to 1e-7 亩, as the designed incidents are solved).
GeosGeometryPtr westStrip(const GEOSGeometry *incident, double mu, const AreaCalculator &calculator)
{
    const Box b = envelope(incident);
    const auto strip = [&b](double east) { return makeRectangle(b.x0 - 20, b.y0 - 20, east, b.y1 + 20); };
    double lo = b.x0, hi = b.x1;
    for (int k = 0; k < 80 && hi - lo > 1e-9; ++k) {
        const double mid = (lo + hi) / 2;
        const GeosGeometryPtr part = intersect(incident, strip(mid).get());
        (calculator.area(part.get(), AreaMethod::Ellipsoidal) < mu * kMu ? lo : hi) = mid;
    }
    return strip((lo + hi) / 2);
}

/// A 160 m × 100 m site around a point inside @p township that meets no incident (moved east
/// by 250 m steps until it is clear).
GeosGeometryPtr clearSite(const GEOSGeometry *township, const SampleLayer &incidents)
{
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr inside(GEOSPointOnSurface_r(ctx, township));
    double x = 0, y = 0;
    GEOSGeomGetX_r(ctx, inside.get(), &x);
    GEOSGeomGetY_r(ctx, inside.get(), &y);
    for (int step = 0; step < 40; ++step, x += 250) {
        GeosGeometryPtr site = makeRectangle(x - 80, y - 50, x + 80, y + 50);
        bool clear = GEOSWithin_r(ctx, site.get(), township) == 1;
        for (const GeosGeometryPtr &incident : incidents.geometries)
            clear = clear && GEOSIntersects_r(ctx, site.get(), incident.get()) == 0;
        if (clear)
            return site;
    }
    throw std::runtime_error("sample approvals: no clear site in the township");
}

} // namespace

SampleLayer approvalLayer(
    const SampleLayer &incidents, const SampleLayer &townships, const AreaCalculator &calculator)
{
    SampleLayer layer;
    layer.name = QStringLiteral("approvals");
    layer.fields = { { QStringLiteral("WH"), FieldType::Text, 40, 0 },
        { QStringLiteral("PZLX"), FieldType::Text, 20, 0 }, { QStringLiteral("PZRQ"), FieldType::Date, 8, 0 },
        { QStringLiteral("QSRQ"), FieldType::Date, 8, 0 }, { QStringLiteral("ZZRQ"), FieldType::Date, 8, 0 },
        { QStringLiteral("PZYT"), FieldType::Text, 60, 0 },
        { QStringLiteral("XZMC"), FieldType::Text, 40, 0 } };
    const int housing = rowOf(incidents, 0, QStringLiteral("PS2024-003"));
    layer.add({ QStringLiteral("平政转批〔2023〕18号"), QStringLiteral("农用地转用"), QDate(2023, 6, 15),
                  QDate(2023, 6, 15), QDate(2025, 6, 14), QStringLiteral("农村村民住宅"),
                  incidents.rows[size_t(housing)][5] },
        westStrip(incidents.geometries[size_t(housing)].get(), 1.00, calculator));
    const int mining = rowOf(incidents, 0, QStringLiteral("PS2024-005"));
    layer.add({ QStringLiteral("平临用〔2022〕6号"), QStringLiteral("临时用地"), QDate(2022, 2, 20),
                  QDate(2022, 3, 1), QDate(2023, 12, 31), QStringLiteral("临时取土场"),
                  incidents.rows[size_t(mining)][5] },
        westStrip(incidents.geometries[size_t(mining)].get(), 4.00, calculator));
    const int xigou = rowOf(townships, 1, QStringLiteral("西沟乡"));
    layer.add(
        { QStringLiteral("平政转批〔2024〕3号"), QStringLiteral("农用地转用"), QDate(2024, 3, 8),
            QDate(2024, 3, 8), QDate(2026, 3, 7), QStringLiteral("乡村产业用地"), QStringLiteral("西沟乡") },
        clearSite(townships.geometries[size_t(xigou)].get(), incidents));
    return layer;
}

} // namespace fg::gis::sample
