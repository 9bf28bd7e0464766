// SPDX-License-Identifier: MIT
// FarmGuard benchmarks: prints figures, asserts nothing. See README "Benchmarks".
#include "gis/geometry/area_calculator.h"
#include "gis/geos_context.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

using fg::gis::AreaCalculator;
using fg::gis::AreaMethod;
using fg::gis::GeosGeometryPtr;

/// Star-shaped parcels of ~30 vertices, 40–120 m across, scattered over Pingshun in EPSG:4547.
std::vector<GeosGeometryPtr> makeParcels(int count, int vertices)
{
    std::mt19937 rng(4547);
    std::uniform_real_distribution<double> east(428000, 482000), north(3985000, 4030000);
    std::uniform_real_distribution<double> radius(40, 120), jitter(0.7, 1.0);
    GEOSContextHandle_t g = fg::gis::geosContext();
    std::vector<GeosGeometryPtr> parcels;
    for (int p = 0; p < count; ++p) {
        const double cx = east(rng), cy = north(rng), r = radius(rng);
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(g, unsigned(vertices + 1), 2);
        for (int i = 0; i < vertices; ++i) {
            const double t = 2 * M_PI * i / vertices, k = r * jitter(rng);
            GEOSCoordSeq_setXY_r(g, seq, unsigned(i), cx + k * std::cos(t), cy + k * std::sin(t));
        }
        double x0 = 0, y0 = 0;
        GEOSCoordSeq_getXY_r(g, seq, 0, &x0, &y0);
        GEOSCoordSeq_setXY_r(g, seq, unsigned(vertices), x0, y0);
        GEOSGeometry *shell = GEOSGeom_createLinearRing_r(g, seq);
        parcels.emplace_back(GEOSGeom_createPolygon_r(g, shell, nullptr, 0));
    }
    return parcels;
}

/// Measures every parcel `rounds` times; prints areas per second and the total (so the work
/// cannot be optimised away and runs can be compared).
void timeMethod(const AreaCalculator &calc, const std::vector<GeosGeometryPtr> &parcels, AreaMethod method,
                int rounds)
{
    const auto start = std::chrono::steady_clock::now();
    double total = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const auto &parcel : parcels)
            total += calc.area(parcel.get(), method);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double measured = double(parcels.size()) * rounds;
    std::printf("area %-12s %10.0f areas/s  (%zu parcels x %d rounds in %.3f s; total %.2f m2 per round)\n",
                fg::gis::areaMethodName(method), measured / seconds, parcels.size(), rounds, seconds,
                total / rounds);
}

} // namespace

int main()
{
    const auto parcels = makeParcels(1000, 30);
    const AreaCalculator calc(4547);
    for (AreaMethod method : {AreaMethod::Ellipsoidal, AreaMethod::Geodesic, AreaMethod::Planar})
        timeMethod(calc, parcels, method, method == AreaMethod::Planar ? 200 : 20);
    const auto start = std::chrono::steady_clock::now();
    double total = 0;
    for (const auto &parcel : parcels)
        total += calc.areas(parcel.get()).ellipsoidal;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("areas (all three) %10.0f parcels/s  (total ellipsoidal %.2f m2)\n", double(parcels.size()) / seconds,
                total);
    return 0;
}
