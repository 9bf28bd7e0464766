// SPDX-License-Identifier: MIT
#include "app/main_window.h"
#include "app/map/incident_list_dock.h"
#include "app/map/layer_loader.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "gis/io/vector_layer.h"

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
