// SPDX-License-Identifier: MIT
// Issue 13, item 2, in the GUI: the import dialog's model runs the same use case as the CLI, so a
// layer with an impossible incident fails with each problem on its line and writes nothing.
#include "tests/app/project/project_fixture.h"

#include "app/project/import_incidents_model.h"
#include "gis/sample/sample_layer.h"
#include "gis/sample/sample_layer_writer.h"

#include <QSignalSpy>

using namespace fg;
using fg::app::test::MemorySampleWindow;

TEST_CASE("The import dialog refuses a layer with an incident far outside the county and writes nothing",
    "[project-gui][import]")
{
    MemorySampleWindow fixture;
    const size_t before = fixture.reader()->incidents().size();
    gis::sample::SampleLayer layer;
    layer.name = QStringLiteral("far");
    layer.fields.push_back({ QStringLiteral("BH"), gis::FieldType::Text, 20, 0 });
    layer.add({ QStringLiteral("NEAR-1") },
        gis::fromWkt(QStringLiteral(
            "POLYGON((450000 4011000,450050 4011000,450050 4011040,450000 4011040,450000 4011000))")));
    layer.add({ QStringLiteral("FAR-1") },
        gis::fromWkt(QStringLiteral(
            "POLYGON((520000 4011000,520050 4011000,520050 4011040,520000 4011040,520000 4011000))")));
    gis::sample::SampleLayerWriter(fixture.session().workingEpsg()).writeShapefile(layer, fixture.dir.path());

    app::ImportIncidentsModel model;
    model.load(fixture.dir.filePath(QStringLiteral("far.shp")));
    QSignalSpy failed(&model, &app::ImportIncidentsModel::failed);
    REQUIRE(model.start(fixture.session().store()));
    REQUIRE(failed.wait(60000));
    const QStringList lines = failed.first().first().toString().split(QLatin1Char('\n'));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 2); // the problem, then "nothing was imported"
    // The app tests run in Chinese (FARMGUARD_LANG=zh_CN): file, feature and problem on one line.
    CHECK(lines.first().contains(QStringLiteral("far.shp: 要素 FAR-1：位于项目各乡镇之外")));
    CHECK(fixture.reader()->incidents().size() == before);
}
