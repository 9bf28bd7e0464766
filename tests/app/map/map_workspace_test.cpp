// SPDX-License-Identifier: MIT
#include "app/main_window.h"
#include "app/map/analysis_runner.h"
#include "app/map/incident_list_dock.h"
#include "app/map/layer_loader.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/map/open_layers_dialog.h"
#include "app/map/review_list_dock.h"
#include "gis/io/vector_layer.h"
#include "gis/render/layer_style.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTreeWidget>

using namespace fg::app;

namespace {
const QString kSmall = QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small");
}

TEST_CASE("loading the synthetic county brings every layer into one Gauss-Krüger working CRS")
{
    const LoadedLayers result = loadLayers({kSmall + "/cultivated.shp", kSmall + "/incidents.shp"}, 0);
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.layers.size() == 2);
    CHECK(result.workingEpsg == 4547);
    CHECK(result.layers[0]->featureCount() == 2000);
    CHECK(result.layers[1]->featureCount() == 50);
    // A missing file is reported by name and does not stop the others.
    const LoadedLayers partial = loadLayers({kSmall + "/nothere.shp", kSmall + "/townships.shp"}, 4547);
    REQUIRE(partial.layers.size() == 1);
    REQUIRE(partial.errors.size() == 1);
    CHECK(partial.errors.front().contains(QStringLiteral("nothere.shp")));
}

TEST_CASE("the main window opens a directory of layers in the background and lists its incidents")
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    MapWorkspace *workspace = window.workspace();
    QSignalSpy loaded(workspace, &MapWorkspace::loaded);
    REQUIRE(window.openDirectory(kSmall));
    CHECK(workspace->isLoading());
    REQUIRE(loaded.wait(30000));
    CHECK(workspace->layers()->layers().size() == 5);
    CHECK(workspace->layers()->workingEpsg() == 4547);
    // Parcels at the bottom, incidents on top.
    CHECK(workspace->layers()->layers().front().data->name == QStringLiteral("cultivated"));
    CHECK(workspace->layers()->layers().back().data->name == QStringLiteral("incidents"));
    CHECK(workspace->incidentList()->tree()->topLevelItemCount() == 50);
    // The view shows the whole county.
    CHECK(workspace->canvas()->transform().visibleExtent().contains(workspace->layers()->extent()));
    QSignalSpy rendered(workspace->canvas(), &MapCanvas::renderFinished);
    REQUIRE(rendered.wait(30000));
}

namespace {

QTreeWidgetItem *incidentRow(QTreeWidget *tree, const QString &number)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(1) == number)
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

TEST_CASE("the analysis colours the sample's designed incidents by verdict, accountability first")
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    MapWorkspace *workspace = window.workspace();
    QSignalSpy loaded(workspace, &MapWorkspace::loaded);
    REQUIRE(window.openDirectory(QStringLiteral(FG_SAMPLE_DIR)));
    REQUIRE(loaded.wait(60000));
    QSignalSpy analysed(workspace->analysisRunner(), &AnalysisRunner::finished);
    REQUIRE(workspace->runAnalysis());
    REQUIRE(analysed.wait(120000));
    QTreeWidget *tree = workspace->incidentList()->tree();
    REQUIRE(tree->topLevelItemCount() == 39);
    // data/sample/README.md: 001 is 4.99 mu (below), 002 exactly 5.00 mu (flagged), 007 and 008
    // reach 6.00 mu only together (flagged by party), 011 counts its overlapping parcels once (4.00).
    const QString below = IncidentListDock::tr("below threshold");
    const QString flagged = IncidentListDock::tr("accountability");
    // 001 and 002 are 临界 too: ±0.5 m around them spans 5 mu (issue 16), said in the tooltip.
    CHECK(incidentRow(tree, QStringLiteral("PS2024-001"))->text(0).startsWith(below));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-001"))->text(0).contains(QStringLiteral("临界")));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-001"))->toolTip(0).contains(QStringLiteral("±0.5")));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-001"))->text(7) == QStringLiteral("4.99"));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-002"))->text(0).startsWith(flagged));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-002"))->text(7) == QStringLiteral("5.00"));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-005"))->text(8) == QStringLiteral("10.00"));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-007"))->text(0) == IncidentListDock::tr("accountability (party total)"));
    CHECK(incidentRow(tree, QStringLiteral("PS2024-011"))->text(0) == below);
    CHECK(incidentRow(tree, QStringLiteral("PS2024-011"))->text(7) == QStringLiteral("4.00"));
    // Accountability cases sort first.
    CHECK(tree->topLevelItem(0)->text(0).startsWith(flagged));
    // The review list: the sample's split-plot group with its three members, and the 临界 rows.
    QTreeWidget *review = workspace->reviewList()->tree();
    QTreeWidgetItem *group = nullptr;
    QStringList borderline;
    for (int i = 0; i < review->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = review->topLevelItem(i);
        if (item->text(0).contains(QStringLiteral("SP-PS2024-037")))
            group = item;
        else
            borderline << item->text(0);
    }
    REQUIRE(group);
    CHECK(group->childCount() == 3);
    CHECK(group->text(1) == QStringLiteral("7.10"));
    CHECK(borderline.contains(QStringLiteral("临界 PS2024-002")));
    CHECK(borderline.contains(QStringLiteral("临界 PS2024-005")));

    // Clicking the row zooms to the incident; the map then shows it in accountability red.
    QTreeWidgetItem *row = incidentRow(tree, QStringLiteral("PS2024-002"));
    emit tree->itemClicked(row, 0);
    MapCanvas *canvas = workspace->canvas();
    QSignalSpy rendered(canvas, &MapCanvas::renderFinished);
    while (canvas->isRendering() || canvas->lastImageTransform() != canvas->transform())
        REQUIRE(rendered.wait(30000));
    const QImage image = canvas->lastImage();
    const QColor red = fg::gis::verdictColor(fg::gis::VerdictClass::Accountability);
    const QColor grey = fg::gis::verdictColor(fg::gis::VerdictClass::NotAnalysed);
    int redPixels = 0, greyPixels = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            redPixels += c == red;
            greyPixels += c == grey;
        }
    // Most of the incident's area on screen is red (its outline and label take the rest), whatever
    // room the docks and the message bar leave the map.
    const int rowOf002 = row->data(1, Qt::UserRole).toInt();
    const fg::app::MapLayer *incidents = workspace->layers()->layer(row->data(0, Qt::UserRole).toString());
    double areaM2 = 0;
    REQUIRE(GEOSArea_r(fg::gis::geosContext(), incidents->data->geometry(rowOf002), &areaM2));
    const double upp = canvas->transform().unitsPerPixel();
    CHECK(redPixels > 0.6 * areaM2 / (upp * upp));
    CHECK(redPixels > 300);
    CHECK(greyPixels == 0);
}

TEST_CASE("the open dialog's encoding and CRS overrides reach the reader")
{
    OpenLayersDialog dialog({kSmall + "/incidents.shp"});
    CHECK(dialog.paths() == QStringList{kSmall + "/incidents.shp"});
    CHECK(dialog.overrides().encoding.isEmpty());
    CHECK(dialog.overrides().crs.isEmpty());
    const LoadedLayers detected = loadLayers(dialog.paths(), 0);
    REQUIRE(detected.layers.size() == 1);
    const int township = detected.layers[0]->fieldIndex(QStringLiteral("XZQMC"));
    CHECK(detected.layers[0]->value(0, township).toString() == QStringLiteral("凤鸣镇"));
    // Forcing a Western code page on GBK text garbles it: the override was applied.
    const LoadedLayers forced = loadLayers(dialog.paths(), 0, ReadOverrides{QStringLiteral("CP1252"), {}});
    REQUIRE(forced.layers.size() == 1);
    CHECK(forced.layers[0]->value(0, township).toString() != QStringLiteral("凤鸣镇"));
}
