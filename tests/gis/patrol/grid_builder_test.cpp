// SPDX-License-Identifier: MIT
#include "core/input_error.h"
#include "gis/geometry/area_calculator.h"
#include "gis/patrol/cell_probes.h"
#include "gis/patrol/grid_builder.h"
#include "sample_layers.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace fg::gis;
using fg::test::sampleLayers;

namespace {

constexpr int kEpsg = 4547; // the sample county's CRS is already the working CRS

GridSources sources(bool all = true)
{
    const fg::test::SampleLayers &s = sampleLayers();
    GridSources src;
    src.townships = &s.townships;
    if (all) {
        src.villages = &s.villages;
        src.landUse = &s.landUse;
        src.basicFarmland = &s.basicFarmland;
        src.incidents = &s.incidents;
    }
    return src;
}

int townshipRow(const QString &name)
{
    const VectorLayer &t = sampleLayers().townships;
    for (int row = 0; row < t.featureCount(); ++row)
        if (t.value(row, t.fieldIndex(QStringLiteral("XZQMC"))).toString() == name)
            return row;
    FAIL("no township " << name.toStdString());
    return -1;
}

double planar(const GEOSGeometry *g)
{
    double a = 0;
    GEOSArea_r(geosContext(), g, &a);
    return a;
}

} // namespace

TEST_CASE("square cells tile the chosen township exactly and align to the cell size")
{
    GridOptions options;
    options.cellSizeM = 1000;
    options.townships = QStringList { QStringLiteral("石城镇") };
    const PatrolGrid grid = GridBuilder(sources(false), kEpsg, options).squareCells();
    const GEOSGeometry *township = sampleLayers().townships.geometry(townshipRow(QStringLiteral("石城镇")));
    REQUIRE(grid.cells.size() > 5);
    double planarSum = 0, ellipsoidalSum = 0;
    for (const GridCell &cell : grid.cells) {
        INFO(cell.cell.id.toStdString());
        planarSum += planar(cell.geometry.get());
        ellipsoidalSum += cell.cell.areaM2;
        // Inside its own square: G1000-<column>-<row>, corners at multiples of 1000 m.
        const QStringList parts = cell.cell.id.split(QLatin1Char('-'));
        REQUIRE(parts.size() == 3);
        const QRectF e = envelopeOf(cell.geometry.get());
        CHECK(e.left() >= parts[1].toDouble() * 1000 - 1e-6);
        CHECK(e.right() <= (parts[1].toDouble() + 1) * 1000 + 1e-6);
        CHECK(e.top() >= parts[2].toDouble() * 1000 - 1e-6);
        CHECK(e.bottom() <= (parts[2].toDouble() + 1) * 1000 + 1e-6);
        CHECK(cell.cell.township == QStringLiteral("石城镇"));
        CHECK(cell.cell.centroid != QPointF());
    }
    // Squares are disjoint, so equal sums mean the cells cover the township without gaps.
    CHECK(planarSum == Approx(planar(township)).epsilon(1e-9));
    const AreaCalculator calculator(kEpsg);
    CHECK(ellipsoidalSum == Approx(calculator.area(township, AreaMethod::Ellipsoidal)).epsilon(1e-7));
}

TEST_CASE("cells over the county add up to the land-use layer's cultivated TBMJ")
{
    GridOptions options;
    options.cellSizeM = 2000;
    const PatrolGrid grid = GridBuilder(sources(), kEpsg, options).squareCells();
    // Independent figure: Σ TBMJ (三调 ellipsoidal m², 0.01) of the 0101/0102/0103 parcels.
    const VectorLayer &landUse = sampleLayers().landUse;
    double tbmj = 0;
    int parcels = 0;
    for (int row = 0; row < landUse.featureCount(); ++row)
        if (landUse.value(row, landUse.fieldIndex(QStringLiteral("DLBM")))
                .toString()
                .startsWith(QStringLiteral("010"))) {
            tbmj += landUse.value(row, landUse.fieldIndex(QStringLiteral("TBMJ"))).toDouble();
            ++parcels;
        }
    double cultivated = 0, basicFarmland = 0;
    for (const GridCell &cell : grid.cells) {
        cultivated += cell.cell.cultivatedM2;
        basicFarmland += cell.cell.basicFarmlandM2;
        CHECK(cell.cell.basicFarmlandM2 <= cell.cell.areaM2 + 1e-6);
        CHECK(cell.cell.parcelCount > 0);
    }
    CHECK(std::fabs(cultivated - tbmj) <= 0.005 * parcels + 1e-6 * tbmj);
    CHECK(basicFarmland > 0);
}

TEST_CASE("a cell's parcel count, township and building distances match brute force")
{
    GridOptions options;
    options.cellSizeM = 1000;
    options.townships = QStringList { QStringLiteral("龙溪镇") };
    const PatrolGrid grid = GridBuilder(sources(), kEpsg, options).squareCells();
    const VectorLayer &landUse = sampleLayers().landUse;
    GEOSContextHandle_t ctx = geosContext();
    for (size_t i = 0; i < grid.cells.size(); i += 3) {
        const GridCell &cell = grid.cells[i];
        INFO(cell.cell.id.toStdString());
        int count = 0;
        double homestead = HUGE_VAL;
        for (int row = 0; row < landUse.featureCount(); ++row) {
            GeosGeometryPtr piece(GEOSIntersection_r(ctx, cell.geometry.get(), landUse.geometry(row)));
            if (piece && planar(piece.get()) >= kMinSharedAreaM2)
                ++count;
            if (landUse.value(row, landUse.fieldIndex(QStringLiteral("DLBM"))).toString()
                == QStringLiteral("0702")) {
                double d = 0;
                GEOSDistance_r(ctx, cell.geometry.get(), landUse.geometry(row), &d);
                homestead = std::min(homestead, d);
            }
        }
        CHECK(cell.cell.parcelCount == count);
        if (homestead <= options.searchRadiusM) {
            REQUIRE(cell.cell.homesteadDistanceM.has_value());
            CHECK(*cell.cell.homesteadDistanceM == Approx(homestead).margin(1e-6));
        } else {
            CHECK_FALSE(cell.cell.homesteadDistanceM.has_value());
        }
    }
}

TEST_CASE("one cell per village of the chosen townships, named by its code")
{
    GridOptions options;
    options.townships = QStringList { QStringLiteral("西沟乡") };
    const PatrolGrid grid = GridBuilder(sources(), kEpsg, options).villageCells();
    const VectorLayer &villages = sampleLayers().villages;
    int expected = 0;
    for (int row = 0; row < villages.featureCount(); ++row)
        if (villages.value(row, villages.fieldIndex(QStringLiteral("XZMC"))).toString()
            == QStringLiteral("西沟乡"))
            ++expected;
    REQUIRE(expected > 0);
    CHECK(int(grid.cells.size()) == expected);
    for (const GridCell &cell : grid.cells) {
        CHECK(cell.cell.township == QStringLiteral("西沟乡"));
        CHECK(cell.cell.id.size() == 12);
        CHECK_FALSE(cell.cell.village.isEmpty());
    }
}

TEST_CASE("incidents date the cells they fall in")
{
    const PatrolGrid grid = GridBuilder(sources(), kEpsg, {}).squareCells();
    size_t dated = 0;
    for (const GridCell &cell : grid.cells)
        dated += cell.cell.incidentDates.size();
    // 39 incidents; one that straddles a cell edge counts in each cell it falls in.
    CHECK(dated >= 39);
}

TEST_CASE("grid requests that cannot be met are refused")
{
    GridOptions options;
    options.townships = QStringList { QStringLiteral("不存在乡") };
    CHECK_THROWS_AS(GridBuilder(sources(false), kEpsg, options).squareCells(), fg::core::InputError);
    options.townships.clear();
    options.cellSizeM = 0;
    CHECK_THROWS_AS(GridBuilder(sources(false), kEpsg, options).squareCells(), fg::core::InputError);
    options.cellSizeM = 0.01;
    CHECK_THROWS_AS(GridBuilder(sources(false), kEpsg, options).squareCells(), fg::core::InputError);
    CHECK_THROWS_AS(GridBuilder(sources(false), kEpsg, {}).villageCells(), fg::core::InputError);
}
