// SPDX-License-Identifier: MIT
// Layers that explain themselves: what opening a file says and does, the legend, identify by
// relevance, aliases and numbers.
#include "app/main_window.h"
#include "app/map/identify_dock.h"
#include "app/map/identify_tool.h"
#include "app/map/layer_text.h"
#include "app/map/layer_tree_dock.h"
#include "app/map/map_workspace.h"
#include "app/map/message_bar.h"
#include "gis/io/vector_layer.h"
#include "gis/render/land_use_palette.h"
#include "map_test_support.h"

#include <QTest>
#include <QTreeWidget>

using namespace fg::app;

namespace {

const QString kData = QStringLiteral(FG_SHARED_DATA_DIR);

/// Opens files in the window and waits for them.
bool openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy loaded(window.workspace(), &MapWorkspace::loaded);
    return window.openFiles(paths) && loaded.wait(60000);
}

QString messageContaining(const MessageBar &bar, const QString &text)
{
    for (const QString &message : bar.texts())
        if (message.contains(text))
            return message;
    return {};
}

} // namespace

TEST_CASE("a shapefile whose .prj does not fit its coordinates is named, kept out of 全图 and offered a fix")
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(openAndWait(window, { QStringLiteral(FG_SAMPLE_DIR "/townships.shp") }));
    MapWorkspace *workspace = window.workspace();
    const QRectF county = workspace->layers()->extent();
    REQUIRE(openAndWait(window, { kData + "/landuse/textbook_townshp_gbk/townshp.shp" }));
    const MapLayer &added = workspace->layers()->layers().back();
    CHECK(added.title == QStringLiteral("townshp"));
    CHECK(added.misplaced);
    const QString warning = messageContaining(*workspace->messageBar(), QStringLiteral("「townshp」"));
    INFO(workspace->messageBar()->texts().join(QStringLiteral(" | ")).toStdString());
    REQUIRE_FALSE(warning.isEmpty());
    CHECK((warning.contains(QStringLiteral("Xian")) || warning.contains(QStringLiteral("西安"))));
    CHECK_FALSE(warning.contains(QStringLiteral("--crs")));
    const QStringList offers = workspace->messageBar()->actions(QStringLiteral("「townshp」"));
    CHECK(offers.contains(MapWorkspace::tr("Set coordinate system…")));
    CHECK(offers.contains(MapWorkspace::tr("Remove layer")));
    // 全图 shows the county, not the county and a township file near 0°N at 1:26,914,408.
    CHECK(workspace->layers()->homeExtent() == county);
    workspace->actions().zoomFull->trigger();
    const QRectF view = workspace->canvas()->transform().visibleExtent();
    CHECK(view.contains(county));
    CHECK(view.width() < 3 * county.width());
    // Remove takes the layer away.
    CHECK(workspace->messageBar()->trigger(MapWorkspace::tr("Remove layer")));
    CHECK(workspace->layers()->layers().size() == 1);
}

TEST_CASE("an opened layer goes on top, is zoomed to, and its repairs and GCJ-02 suspicion are said")
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    const QString small = kData + "/synthetic-small";
    REQUIRE(openAndWait(window, { small + "/cultivated.shp", small + "/townships.shp" }));
    MapWorkspace *workspace = window.workspace();
    REQUIRE(openAndWait(window, { kData + "/landuse/sjz_dixiao_geojson/dxxztb.json" }));
    const std::vector<MapLayer> &layers = workspace->layers()->layers();
    REQUIRE(layers.size() == 3);
    const MapLayer &top = layers.back();
    CHECK(top.title == QStringLiteral("dxxztb"));
    CHECK(workspace->layerTree()->currentLayerId() == top.id);
    // A translucent fill: the land use stays visible under it.
    CHECK(top.style.fill.alpha() < 100);
    // Zoomed to it (Shijiazhuang), not left on the synthetic county.
    const QRectF view = workspace->canvas()->transform().visibleExtent();
    CHECK(view.contains(top.extent.center()));
    CHECK(
        view.width() < 3 * std::max(top.extent.width(), top.extent.height() * view.width() / view.height()));
    const MessageBar &bar = *workspace->messageBar();
    const QString repaired = messageContaining(bar, QStringLiteral("259"));
    CHECK_FALSE(repaired.isEmpty());
    CHECK_FALSE(messageContaining(bar, QStringLiteral("GCJ-02")).isEmpty());
    CHECK_FALSE(messageContaining(bar, QStringLiteral("UTF-8")).isEmpty());
    // A bare-array GeoJSON is named after its file, not farmguard_array_0.
    REQUIRE(openAndWait(window, { kData + "/boundaries/datav_gmap_bare_array/140425.json" }));
    CHECK(workspace->layers()->layers().back().title == QStringLiteral("140425"));
    CHECK(workspace->layers()->layers().back().style.kind == fg::gis::StyleKind::Boundary);
}

TEST_CASE("new layers go above everything but the incidents, land use goes under the overlays")
{
    MapLayerSet layers;
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    auto other = std::make_shared<fg::gis::VectorLayer>();
    other->name = QStringLiteral("roads");
    other->geometryKind = fg::gis::GeometryKind::Line;
    other->addFeature(1, {}, fg::gis::fromWkt(QStringLiteral("LINESTRING(0 0,10 10)")));
    other->buildIndex();
    const QString roads = layers.addLayer(other);
    const QString landUse = layers.addLayer(fg::gis::test::makeParcels());
    QStringList order;
    for (const MapLayer &l : layers.layers())
        order << l.id;
    CHECK(order == QStringList { parcels, landUse, roads, incidents });
}

TEST_CASE("the legend under a land-use layer lists the 三调 classes present in code order with their colours")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    LayerTreeDock tree(&layers, &canvas);
    QTreeWidget *widget = tree.tree();
    REQUIRE(widget->topLevelItemCount() == 2);
    QTreeWidgetItem *landUse = widget->topLevelItem(1); // top layer first: incidents, then parcels
    CHECK(landUse->text(0) == LayerText::tr("Cultivated land"));
    QStringList rows;
    for (int i = 0; i < landUse->childCount(); ++i)
        rows << landUse->child(i)->text(0);
    CHECK(rows
        == QStringList { QStringLiteral("0101 水田"), QStringLiteral("0102 水浇地"),
            QStringLiteral("0103 旱地"), QStringLiteral("0601 工业用地") });
    // The swatch is the class's fill.
    const QImage swatch = landUse->child(0)->icon(0).pixmap(QSize(18, 12)).toImage();
    CHECK(swatch.pixelColor(9, 6) == fg::gis::landUseColor(QStringLiteral("0101")));
    // Incidents: the three verdict colours.
    CHECK(widget->topLevelItem(0)->childCount() == 3);
    // Choosing a legend row chooses its layer.
    widget->setCurrentItem(landUse->child(2));
    CHECK(tree.currentLayerId() == parcels);
}

TEST_CASE("identify answers with the most relevant layer first and only the parcel under the click")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    const auto [parcels, incidents] = test::addFixtureLayers(layers);
    // A township over all of it, added last: before, it came first and was highlighted whole.
    auto township = std::make_shared<fg::gis::VectorLayer>();
    township->name = QStringLiteral("townships");
    township->geometryKind = fg::gis::GeometryKind::Polygon;
    township->fields = { { QStringLiteral("XZQMC"), fg::gis::FieldType::Text } };
    township->addFeature(1, { QStringLiteral("青龙镇") },
        fg::gis::fromWkt(QStringLiteral("POLYGON((-50 -50,350 -50,350 200,-50 200,-50 -50))")));
    township->buildIndex();
    const QString townships = layers.addLayer(township);
    REQUIRE(test::showFixtureView(canvas));
    IdentifyTool tool(&canvas);
    // At county scale the pick tolerance spans several parcels: still only the one clicked.
    const double wide = 60;
    const QVector<IdentifyHit> hits = tool.identifyAt(QPointF(50, 50), wide);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].layerId == parcels);
    CHECK(hits[0].row == 0);
    CHECK(hits[1].layerId == townships);
    // An incident (a marker at that scale) wins over the township around it.
    const QVector<IdentifyHit> incidentHits = tool.identifyAt(QPointF(30, 125), wide);
    REQUIRE(incidentHits.size() >= 2);
    CHECK(incidentHits[0].layerId == incidents);
    CHECK(incidentHits.back().layerId == townships);

    IdentifyDock dock(&layers, &canvas);
    dock.showHits(QPointF(50, 50), hits);
    REQUIRE(dock.tree()->topLevelItemCount() == 2);
    CHECK(dock.tree()->topLevelItem(0)->isExpanded());
    CHECK_FALSE(dock.tree()->topLevelItem(1)->isExpanded());
    // Field aliases, with the field name behind them.
    const QTreeWidgetItem *parcel = dock.tree()->topLevelItem(0);
    bool aliased = false;
    for (int i = 0; i < parcel->childCount(); ++i)
        if (parcel->child(i)->data(0, Qt::UserRole).toString() == QStringLiteral("DLBM")) {
            aliased = parcel->child(i)->text(0) == LayerText::alias(QStringLiteral("DLBM"));
            CHECK(parcel->child(i)->toolTip(0) == QStringLiteral("DLBM"));
        }
    CHECK(aliased);
}

TEST_CASE("standard fields have aliases and numbers print in fixed notation")
{
    for (const char *field :
        { "BSM", "DLBM", "DLMC", "QSDWMC", "ZLDWMC", "TBMJ", "KCXS", "TBDLMJ", "JCBH", "JCMJ" }) {
        const QString alias = LayerText::alias(QString::fromLatin1(field));
        INFO(field);
        CHECK_FALSE(alias.isEmpty());
        CHECK(alias != QString::fromLatin1(field));
    }
    CHECK(LayerText::alias(QStringLiteral("dlbm")) == LayerText::alias(QStringLiteral("DLBM")));
    CHECK(LayerText::alias(QStringLiteral("CON_NAME")).isEmpty());
    CHECK(LayerText::value(QVariant(2.90511e9), QStringLiteral("TBMJ")) == QStringLiteral("2905110000.00"));
    CHECK(LayerText::value(QVariant(1234.5), QStringLiteral("Shape_Area")) == QStringLiteral("1234.50"));
    CHECK(
        LayerText::value(QVariant(113.2345678), QStringLiteral("centre_x")) == QStringLiteral("113.234568"));
    CHECK(LayerText::value(QVariant(0.08), QStringLiteral("KCXS")) == QStringLiteral("0.08"));
    CHECK(LayerText::value(QVariant(qint64(140425)), QStringLiteral("adcode")) == QStringLiteral("140425"));
}
