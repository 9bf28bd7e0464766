// SPDX-License-Identifier: MIT
// Issue 16 item 1 in the GUI: the sample project (which imports its approvals when it is made)
// shows an approvals layer under the incidents (its own style, labelled with the 文号, Chinese
// field names in identify) with PS2024-003 judged below 5 mu; importing another approvals file
// through the project controller adds its approval to the layer.
#include "tests/app/project/project_fixture.h"

#include "app/map/layer_text.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/case_panel.h"

#include "gis/patrol/cell_probes.h"
#include "support/approval_geojson.h"

#include <QTemporaryDir>

using namespace fg;
using fg::app::test::MemorySampleWindow;

namespace {

/// The index of the map layer named @p name, or -1.
int layerIndex(const std::vector<app::MapLayer> &layers, const QString &name)
{
    for (size_t i = 0; i < layers.size(); ++i)
        if (layers[i].data->name == name)
            return int(i);
    return -1;
}

/// A 宅基地 approval X-GUI of 40 m × 40 m in EPSG:4547 centred on @p centre.
QString oneApproval(const QTemporaryDir &dir, const QPointF &centre)
{
    return fg::test::writeApprovalGeoJson(dir.filePath(QStringLiteral("one.geojson")),
        QStringLiteral("\"WH\":\"X-GUI\",\"PZLX\":\"宅基地\",\"PZRQ\":\"2024-01-05\""),
        QRectF(centre - QPointF(20, 20), QSizeF(40, 40)));
}

} // namespace

TEST_CASE("The sample's approvals show on the map under the incidents with PS2024-003 below 5 mu, and importing "
          "another file adds its approval",
    "[project-gui][approvals]")
{
    MemorySampleWindow fixture;
    CHECK(fixture.reader()->caseFile(QStringLiteral("PS2024-003"))->thresholdFlag()
        == core::ThresholdFlag::Below);
    const std::vector<app::MapLayer> &layers = fixture.window->workspace()->layers()->layers();
    const int approvals = layerIndex(layers, QStringLiteral("approvals"));
    REQUIRE(approvals >= 0);
    CHECK(approvals < layerIndex(layers, QStringLiteral("incidents"))); // drawn below the incidents
    CHECK(layers[size_t(approvals)].data->featureCount() == 3);

    QAction *action = fixture.projects().actions().importApprovals;
    CHECK(action->isEnabled());
    QPointF centre;
    for (const gis::IncidentRecord &record : fixture.reader()->incidents(true))
        if (record.id == QStringLiteral("PS2024-020"))
            centre = gis::envelopeOf(record.geometry.get()).center();
    QTemporaryDir dir;
    REQUIRE(fixture.projects().importApprovals(oneApproval(dir, centre), std::nullopt));
    const std::vector<app::MapLayer> &after = fixture.window->workspace()->layers()->layers();
    const int index = layerIndex(after, QStringLiteral("approvals"));
    REQUIRE(index >= 0);
    const app::MapLayer &layer = after[size_t(index)];
    CHECK(layer.data->featureCount() == 4);
    CHECK(layer.style.labelField == QStringLiteral("WH"));
    CHECK(layer.style.stroke == QColor(20, 90, 200));
    // The app tests run in Chinese: the layer's title and identify's field names.
    CHECK(layer.title == app::LayerText::title(*layer.data));
    CHECK(app::LayerText::alias(QStringLiteral("WH")) == QStringLiteral("文号"));
    CHECK(app::LayerText::alias(QStringLiteral("ZZRQ")).contains(QStringLiteral("到期")));
}
