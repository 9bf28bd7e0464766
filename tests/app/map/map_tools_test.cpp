// SPDX-License-Identifier: MIT
#include "app/map/attribute_table_dock.h"
#include "app/map/identify_dock.h"
#include "app/map/identify_tool.h"
#include "app/map/layer_style_dialog.h"
#include "app/map/measurement.h"
#include "app/map/select_tool.h"
#include "gis/render/land_use_palette.h"
#include "map_test_support.h"

#include <catch2/catch.hpp>

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace fg::app;

namespace {

QString childValue(const QTreeWidgetItem *top, const QString &field)
{
    for (int i = 0; i < top->childCount(); ++i)
        if (top->child(i)->data(0, Qt::UserRole).toString() == field)
            return top->child(i)->text(1);
    return {};
}

} // namespace

TEST_CASE("identify at a known point returns the parcel with its Chinese attributes, top layer first")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    REQUIRE(test::showFixtureView(canvas));
    IdentifyTool tool(&canvas);
    IdentifyDock dock(&layers, &canvas);
    QObject::connect(&tool, &IdentifyTool::identified, &dock, &IdentifyDock::showHits);
    canvas.setTool(&tool);
    QSignalSpy spy(&tool, &IdentifyTool::identified);
    // Map (50, 50) is pixel (100, 200) in the fixture view: inside the 0101 parcel.
    QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 200));
    REQUIRE(spy.count() == 1);
    const auto hits = spy.front().at(1).value<QVector<IdentifyHit>>();
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().layerId == parcels);
    CHECK(hits.front().row == 0);
    REQUIRE(dock.tree()->topLevelItemCount() == 1);
    const QTreeWidgetItem *top = dock.tree()->topLevelItem(0);
    CHECK(childValue(top, QStringLiteral("DLBM")) == QStringLiteral("0101"));
    CHECK(childValue(top, QStringLiteral("DLMC")) == QStringLiteral("水田"));
    CHECK(childValue(top, QStringLiteral("ZLDWMC")) == QStringLiteral("下邱沟村"));
    // An incident over nothing else: only the incident layer answers.
    const QVector<IdentifyHit> incidentHits = tool.identifyAt(QPointF(30, 125), canvas.pickTolerance());
    REQUIRE(incidentHits.size() == 1);
    CHECK(incidentHits.front().layerId == incidents);
}

TEST_CASE("selecting on the map selects the rows in the attribute table and the reverse")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    REQUIRE(test::showFixtureView(canvas));
    AttributeTableDock table(&layers, &canvas);
    table.showLayer(parcels);
    SelectTool tool(&canvas);
    tool.setTargetLayer(parcels);
    // A rectangle over parcels 0 and 1 (map 90..110 × 10..20).
    tool.selectIn(QRectF(QPointF(90, 10), QPointF(110, 20)), false, false);
    CHECK(layers.selection(parcels) == QSet<int>{0, 1});
    CHECK(table.view()->selectionModel()->selectedRows().size() == 2);
    // Choosing one row in the table selects that feature only on the map.
    table.view()->selectRow(2);
    CHECK(layers.selection(parcels) == QSet<int>{2});
    // A click inside the hole of parcel 2 selects nothing and clears.
    const double tol = canvas.pickTolerance();
    tool.selectIn(QRectF(250 - tol, 50 - tol, 2 * tol, 2 * tol), true, false);
    CHECK(layers.selection(parcels).isEmpty());
}

TEST_CASE("the attribute table filters by text in any column and sorts")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    AttributeTableDock table(&layers, &canvas);
    table.showLayer(parcels);
    CHECK(table.proxy()->rowCount() == 4);
    table.setFilterText(QStringLiteral("旱地"));
    REQUIRE(table.proxy()->rowCount() == 1);
    CHECK(table.proxy()->index(0, 1).data().toString() == QStringLiteral("0103"));
    table.setFilterText({});
    table.view()->sortByColumn(1, Qt::DescendingOrder);
    CHECK(table.proxy()->index(0, 1).data().toString() == QStringLiteral("0601"));
    // Zoom to that row: the view centres on parcel 1 (100..200 × 0..100) and highlights it.
    table.zoomToViewRow(0);
    CHECK(canvas.transform().centre().x() == Approx(150));
    CHECK(canvas.transform().centre().y() == Approx(50));
}

TEST_CASE("measuring a square on the central meridian gives its three areas in m² and mu")
{
    // 100 m × 100 m at the central meridian of EPSG:4547 (easting 500000), about 36.1°N.
    // There the Gauss-Krüger scale factor is 1 (k0 = 1 on the CM, growing with (Δx)²/2R²,
    // i.e. 1 + 50²/(2·6371000²) ≈ 1 + 3e-11 at the square's edges), so the ellipsoidal and
    // geodesic areas equal the planar 10000 m² to far better than 0.01 %.
    const QPolygonF square{QPointF(499950, 4000000), QPointF(500050, 4000000), QPointF(500050, 4000100),
                           QPointF(499950, 4000100)};
    const Measurement m = Measurer::measurePolygon(square, 4547, QStringLiteral("EPSG:4547"));
    CHECK(m.planarArea == Approx(10000).epsilon(1e-12));
    CHECK(m.ellipsoidalArea == Approx(10000).epsilon(1e-4));
    CHECK(m.geodesicArea == Approx(10000).epsilon(1e-4));
    CHECK(m.planarLength == Approx(400));
    const QString text = Measurer::describe(m, true);
    // 10000 m² = 15 mu exactly (1 mu = 10000/15 m²).
    CHECK(text.contains(QStringLiteral("10000.00")));
    CHECK(text.contains(QStringLiteral("15.00")));
    const Measurement line = Measurer::measureLine({QPointF(500000, 0), QPointF(500000, 1000)}, QStringLiteral("EPSG:4547"));
    CHECK(line.planarLength == Approx(1000));
    CHECK(line.geodesicLength == Approx(1000).epsilon(1e-6));
}

TEST_CASE("the style dialog switches a layer to categories of a field and the map follows")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    LayerStyleDialog dialog(*layers.layer(parcels)->data, layers.layer(parcels)->style);
    dialog.setKind(fg::gis::StyleKind::Categorised);
    dialog.setClassField(QStringLiteral("ZLDWMC"));
    layers.setStyle(parcels, dialog.style());
    REQUIRE(test::showFixtureView(canvas));
    // Every parcel lies in 下邱沟村, so both 0101 and 0601 parcels now share that category's fill.
    const fg::gis::LayerStyle &style = layers.layer(parcels)->style;
    const QColor village = style.fillFor(QStringLiteral("下邱沟村"));
    const auto at = [&](QPointF map) {
        return canvas.lastImage().pixelColor(canvas.lastImageTransform().toPixel(map).toPoint());
    };
    CHECK(at(QPointF(50, 50)).rgb() == village.rgb());
    CHECK(at(QPointF(150, 50)).rgb() == village.rgb());
    CHECK(village != fg::gis::landUseColor(QStringLiteral("0101")));
}
