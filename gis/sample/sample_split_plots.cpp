// SPDX-License-Identifier: MIT
#include "gis/sample/sample_split_plots.h"

#include "core/units.h"
#include "gis/geometry/area_calculator.h"
#include "gis/sample/sample_geometry.h"
#include "gis/sample/sample_layer.h"
#include "gis/sample/sample_names.h"
#include "gis/sample/sample_random.h"

#include <QDate>

#include <stdexcept>

namespace fg::gis::sample {

namespace {

constexpr double kTargetsMu[] = { 2.40, 2.10, 2.60 };
constexpr double kSpacing = 70.0; ///< centre to centre, m: gaps of ~25–30 m, well within 200 m
constexpr double kClearance = 400.0; ///< from every other incident, m: no other group joins

/// A square around @p c whose ellipsoidal area is @p mu (bisection on the side).
GeosGeometryPtr square(const Point &c, double mu, const AreaCalculator &calculator)
{
    const double target = core::muToSquareMetres(mu);
    const auto make = [&](double half) { return makeRectangle(c.x - half, c.y - half, c.x + half, c.y + half); };
    const double half = solveIncreasing(
        [&](double h) { return calculator.area(make(h).get(), AreaMethod::Ellipsoidal); }, 1.0, 100.0, target);
    return make(half);
}

/// The three squares inside @p parcel along x or y through its interior point; empty when they
/// do not fit, touch another parcel or come near another incident.
std::vector<GeosGeometryPtr> placeIn(const GEOSGeometry *parcel, const SampleLayer &farmland,
    const SampleLayer &incidents, const AreaCalculator &calculator)
{
    const Point centre = interiorPoint(parcel);
    for (const Point step : { Point { kSpacing, 0 }, Point { 0, kSpacing } }) {
        std::vector<GeosGeometryPtr> squares;
        bool fits = true;
        for (int k = 0; k < 3 && fits; ++k) {
            const Point c { centre.x + (k - 1) * step.x, centre.y + (k - 1) * step.y };
            squares.push_back(square(c, kTargetsMu[k], calculator));
            fits = within(squares.back().get(), parcel);
        }
        if (!fits)
            continue; // a square left the parcel: the others were not made
        for (size_t p = 0; p < farmland.geometries.size() && fits; ++p)
            for (const GeosGeometryPtr &s : squares)
                if (farmland.geometries[p].get() != parcel && intersects(s.get(), farmland.geometries[p].get()))
                    fits = false;
        const GeosGeometryPtr reach = buffer(squares[1].get(), kClearance);
        for (const GeosGeometryPtr &other : incidents.geometries)
            fits = fits && !intersects(reach.get(), other.get());
        if (fits)
            return squares;
    }
    return {};
}

QString townshipAt(const SampleLayer &townships, const GEOSGeometry *g)
{
    for (size_t t = 0; t < townships.geometries.size(); ++t)
        if (within(g, townships.geometries[t].get()))
            return townships.rows[t].at(1).toString();
    return {};
}

} // namespace

std::vector<DesignedCase> addSplitPlots(SampleLayer &incidents, const SampleLayer &basicFarmland,
    const SampleLayer &townships, const AreaCalculator &calculator, SampleRandom &random, NameMaker &names)
{
    for (const GeosGeometryPtr &parcel : basicFarmland.geometries) {
        if (GEOSisValid_r(geosContext(), parcel.get()) != 1
            || calculator.area(parcel.get(), AreaMethod::Ellipsoidal) < core::muToSquareMetres(20))
            continue;
        std::vector<GeosGeometryPtr> squares = placeIn(parcel.get(), basicFarmland, incidents, calculator);
        if (squares.empty())
            continue;
        const QString party = names.personName();
        const QString township = townshipAt(townships, squares[1].get());
        // Found within three months of each other: well inside the 365-day period.
        const QDate first = QDate(2024, 3, 4).addDays(random.below(30));
        std::vector<DesignedCase> cases;
        for (int k = 0; k < 3; ++k) {
            const QString id = QStringLiteral("PS2024-%1").arg(incidents.size() + 1, 3, 10, QLatin1Char('0'));
            incidents.add({ id, party, violationTypes()[0], clueSources()[0], first.addDays(30 * k), township },
                std::move(squares[size_t(k)]));
            cases.push_back({ DesignKind::SplitPlot, id, party, kTargetsMu[k], kTargetsMu[k], kTargetsMu[k], { township } });
        }
        return cases;
    }
    throw std::runtime_error("sample generator: no basic-farmland parcel holds the split-plot group");
}

} // namespace fg::gis::sample
