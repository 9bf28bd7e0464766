// SPDX-License-Identifier: MIT
// Issue 16 item 1 in the GUI: importing the sample's approvals through the project controller
// shows an approvals layer under the incidents (its own style, labelled with the 文号, Chinese
// field names in identify) and judges PS2024-003 again; the case panel shows 已批准.
#include "tests/app/project/project_fixture.h"

#include "app/map/layer_text.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/case_panel.h"

#include <QDir>

using namespace fg;
using fg::app::test::MemorySampleWindow;

TEST_CASE(
    "Importing the sample's approvals shows them on the map under the incidents and moves PS2024-003 below "
    "5 mu",
    "[project-gui][approvals]")
{
    MemorySampleWindow fixture;
    QAction *action = fixture.projects().actions().importApprovals;
    CHECK(action->isEnabled());
    REQUIRE(fixture.projects().importApprovals(
        QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("approvals.shp")), std::nullopt));
    CHECK(fixture.reader()->caseFile(QStringLiteral("PS2024-003"))->thresholdFlag()
        == core::ThresholdFlag::Below);

    const std::vector<app::MapLayer> &layers = fixture.window->workspace()->layers()->layers();
    int approvals = -1, incidents = -1;
    for (size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].data->name == QStringLiteral("approvals"))
            approvals = int(i);
        if (layers[i].data->name == QStringLiteral("incidents"))
            incidents = int(i);
    }
    REQUIRE(approvals >= 0);
    CHECK(approvals < incidents); // drawn below the incidents
    const app::MapLayer &layer = layers[size_t(approvals)];
    CHECK(layer.data->featureCount() == 3);
    CHECK(layer.style.labelField == QStringLiteral("WH"));
    CHECK(layer.style.stroke == QColor(20, 90, 200));
    // The app tests run in Chinese: the layer's title and identify's field names.
    CHECK(layer.title == app::LayerText::title(*layer.data));
    CHECK(app::LayerText::alias(QStringLiteral("WH")) == QStringLiteral("文号"));
    CHECK(app::LayerText::alias(QStringLiteral("ZZRQ")).contains(QStringLiteral("到期")));
}
