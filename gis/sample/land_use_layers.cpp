// SPDX-License-Identifier: MIT
#include "gis/sample/land_use_layers.h"

#include "core/land_class.h"

#include "gis/geometry/area_calculator.h"
#include "gis/sample/design_sites.h"
#include "gis/sample/land_use_plan.h"
#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_names.h"
#include "gis/sample/sample_regions.h"

#include <cmath>
#include <stdexcept>

namespace fg::gis::sample {

namespace {

constexpr double kOverlapReach = 40.0; ///< m the overlap site's BF polygon reaches east
constexpr double kSliverWidth = 0.3; ///< m
constexpr double kBowTieArm = 10.0; ///< m from the corner to the crossing ring's points

double hundredths(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::vector<SampleField> landFields()
{
    return { { QStringLiteral("BSM"), FieldType::Text, 18, 0 },
        { QStringLiteral("DLBM"), FieldType::Text, 5, 0 }, { QStringLiteral("DLMC"), FieldType::Text, 60, 0 },
        { QStringLiteral("QSDWMC"), FieldType::Text, 60, 0 },
        { QStringLiteral("ZLDWDM"), FieldType::Text, 19, 0 },
        { QStringLiteral("ZLDWMC"), FieldType::Text, 60, 0 },
        { QStringLiteral("TBMJ"), FieldType::Real, 19, 2 }, { QStringLiteral("KCXS"), FieldType::Real, 6, 4 },
        { QStringLiteral("TBDLMJ"), FieldType::Real, 19, 2 } };
}

std::vector<QVariant> landRow(
    const QString &bsm, const Parcel &parcel, const SampleRegions &regions, double area)
{
    const Village &v = regions.villages()[static_cast<size_t>(parcel.village)];
    const double tbmj = hundredths(area);
    return { bsm, parcel.classCode, core::landClassName(parcel.classCode),
        v.name + QStringLiteral("农民集体"), v.code + QStringLiteral("0000000"), v.name, tbmj,
        parcel.deduction, hundredths(tbmj - tbmj * parcel.deduction) };
}

QString landBsm(int n)
{
    return kCountyCode + QStringLiteral("2110") + QString::number(n).rightJustified(8, QLatin1Char('0'));
}

QString farmlandBsm(int n)
{
    return kCountyCode + QStringLiteral("2320") + QString::number(n).rightJustified(8, QLatin1Char('0'));
}

const Parcel &parcelAt(const LandUsePlan &plan, const Cell &cell)
{
    const int index = plan.parcelOfCell(cell.i, cell.j);
    if (index < 0)
        throw std::logic_error("sample generator: a design site is not one whole parcel");
    return plan.parcels()[static_cast<size_t>(index)];
}

/// The cell's ring with its north-east corner replaced by two points in crossed order.
GeosGeometryPtr bowTie(const SampleMesh &mesh, const Cell &cell)
{
    Ring ring = mesh.cellRing(cell.i, cell.j);
    const Point corner = mesh.corner(cell.i + 1, cell.j + 1);
    for (size_t k = 0; k < ring.size(); ++k) {
        if (ring[k].x != corner.x || ring[k].y != corner.y)
            continue;
        const Point &before = ring[k - 1];
        const Point &after = ring[(k + 1) % ring.size()];
        const auto towards = [&](const Point &p) {
            const double dx = p.x - corner.x, dy = p.y - corner.y;
            const double f = kBowTieArm / std::sqrt(dx * dx + dy * dy);
            return Point { corner.x + dx * f, corner.y + dy * f };
        };
        // Walking north up the east side, the ring jumps to the north side first and back:
        // its two edges next to the corner cross, leaving a small inverted triangle.
        ring[k] = towards(after);
        ring.insert(ring.begin() + static_cast<long>(k) + 1, towards(before));
        return makePolygon(ring);
    }
    throw std::logic_error("sample generator: bow-tie corner not on the cell ring");
}

GeosGeometryPtr sliver(const SampleMesh &mesh, const Cell &west)
{
    const Point a = lerp(mesh.corner(west.i + 1, west.j), mesh.corner(west.i + 1, west.j + 1), 0.2);
    const Point b = lerp(mesh.corner(west.i + 1, west.j), mesh.corner(west.i + 1, west.j + 1), 0.8);
    return makePolygon({ a, { a.x + kSliverWidth, a.y }, { b.x + kSliverWidth, b.y }, b });
}

} // namespace

SampleLayer landUseLayer(
    const LandUsePlan &plan, const SampleRegions &regions, const AreaCalculator &calculator)
{
    SampleLayer layer;
    layer.name = QStringLiteral("landuse");
    layer.fields = landFields();
    int n = 0;
    for (const Parcel &parcel : plan.parcels()) {
        const double area = calculator.area(parcel.geometry.get(), AreaMethod::Ellipsoidal);
        layer.add(landRow(landBsm(++n), parcel, regions, area), cloneGeometry(parcel.geometry.get()));
    }
    return layer;
}

SampleLayer basicFarmlandLayer(const LandUsePlan &plan, const SampleMesh &mesh, const SampleRegions &regions,
    const DesignSites &sites, const AreaCalculator &calculator)
{
    SampleLayer layer;
    layer.name = QStringLiteral("basic_farmland");
    layer.fields = landFields();
    const Parcel *overlapWest = &parcelAt(plan, sites.overlap.left);
    const Parcel *overlapEast = &parcelAt(plan, sites.overlap.right);
    const Parcel *twisted = &parcelAt(plan, sites.bowTie);
    const Parcel *sliverHost = &parcelAt(plan, sites.sliver.left);
    int n = 0;
    for (const Parcel &parcel : plan.parcels()) {
        if (!parcel.basicFarmland)
            continue;
        const double area = calculator.area(parcel.geometry.get(), AreaMethod::Ellipsoidal);
        GeosGeometryPtr geometry = cloneGeometry(parcel.geometry.get());
        if (&parcel == overlapWest) {
            GeosGeometryPtr reach
                = intersect(buffer(geometry.get(), kOverlapReach).get(), overlapEast->geometry.get());
            geometry = unite(geometry.get(), reach.get());
        } else if (&parcel == twisted) {
            geometry = bowTie(mesh, sites.bowTie);
        }
        const double recorded
            = &parcel == twisted ? area : calculator.area(geometry.get(), AreaMethod::Ellipsoidal);
        layer.add(landRow(farmlandBsm(++n), parcel, regions, recorded), std::move(geometry));
        if (&parcel == sliverHost) {
            GeosGeometryPtr thin = sliver(mesh, sites.sliver.left);
            const double sliverArea = calculator.area(thin.get(), AreaMethod::Ellipsoidal);
            layer.add(landRow(farmlandBsm(++n), parcel, regions, sliverArea), std::move(thin));
        }
    }
    return layer;
}

} // namespace fg::gis::sample
