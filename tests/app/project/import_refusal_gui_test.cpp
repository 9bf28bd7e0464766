// SPDX-License-Identifier: MIT
// Issue 13, item 2, in the GUI: the import dialog's model runs the same use case as the CLI, so a
// layer with an impossible incident fails with each problem on its line and writes nothing.
#include "tests/app/project/project_fixture.h"
#include "cli/square_grid.h"

#include "app/project/import_incidents_dialog.h"
#include "app/project/import_incidents_model.h"
#include "gis/sample/sample_layer.h"
#include "gis/sample/sample_layer_writer.h"
#include "gis/store/project_stores.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace fg;
using fg::app::test::MemorySampleWindow;
using fg::app::test::SampleProjectWindow;

namespace {

/// far.shp in the fixture's folder: NEAR-1 inside the sample county, FAR-1 about 60 km east of it.
void writeFarLayer(MemorySampleWindow &fixture)
{
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
}

} // namespace

TEST_CASE("The import dialog refuses a layer with an incident far outside the county and writes nothing",
    "[project-gui][import]")
{
    MemorySampleWindow fixture;
    const size_t before = fixture.reader()->incidents().size();
    writeFarLayer(fixture);
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

TEST_CASE("The import dialog's limits widen the reach beyond the townships as the CLI option does",
    "[project-gui][import]")
{
    MemorySampleWindow fixture;
    const size_t before = fixture.reader()->incidents().size();
    writeFarLayer(fixture);
    app::ImportIncidentsDialog dialog(fixture.session().store());
    REQUIRE(dialog.loadLayer(fixture.dir.filePath(QStringLiteral("far.shp"))));
    const QList<QDoubleSpinBox *> limits = dialog.findChildren<QDoubleSpinBox *>();
    REQUIRE(limits.size() == 2);
    CHECK(limits.at(0)->value() == 50.0); // ImportGuard's defaults, shown
    CHECK(limits.at(1)->value() == 5.0);
    limits.at(0)->setValue(100000); // FAR-1 lies ~60 km outside: now within reach
    QSignalSpy finished(&dialog.model(), &app::ImportIncidentsModel::finished);
    QSignalSpy failed(&dialog.model(), &app::ImportIncidentsModel::failed);
    QPushButton *import = nullptr;
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
        if (dialog.findChild<QDialogButtonBox *>()->buttonRole(button) == QDialogButtonBox::AcceptRole)
            import = qobject_cast<QPushButton *>(button);
    REQUIRE(import);
    import->click();
    REQUIRE((finished.wait(60000) || !failed.isEmpty()));
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(failed.isEmpty());
    CHECK(finished.first().first().toStringList() == QStringList { QStringLiteral("NEAR-1"), QStringLiteral("FAR-1") });
    CHECK(fixture.reader()->incidents().size() == before + 2);
}

TEST_CASE("Cancelling a running import in the dialog stores none of the file and leaves the log whole",
    "[project-gui][import]")
{
    SampleProjectWindow fixture; // a GeoPackage: the file's one transaction is what a cancel rolls back
    const auto reader = [&fixture] {
        return gis::ProjectStores::open(gis::ProjectLocation::parse(fixture.path), { QStringLiteral("x"), QStringLiteral("y") });
    };
    const size_t before = reader()->incidents().size();
    SquareGrid grid { QStringLiteral("C"), 1500 };
    const QString layer = writeSquareGrid(fixture.dir.filePath(QStringLiteral("many.geojson")), grid);
    app::ImportIncidentsDialog dialog(fixture.session().store());
    REQUIRE(dialog.loadLayer(layer));
    dialog.findChildren<QDoubleSpinBox *>().at(0)->setValue(100000); // the grid reaches past the county
    QSignalSpy progress(&dialog.model(), &app::ImportIncidentsModel::progress);
    QSignalSpy failed(&dialog.model(), &app::ImportIncidentsModel::failed);
    QSignalSpy finished(&dialog.model(), &app::ImportIncidentsModel::finished);
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
        if (dialog.findChild<QDialogButtonBox *>()->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->click();
    REQUIRE(dialog.model().running());
    REQUIRE(progress.wait(60000)); // the first incidents are written, not yet committed
    QSignalSpy closed(&dialog, &QDialog::rejected);
    dialog.reject(); // Close while it runs: cancels
    REQUIRE((failed.wait(60000) || !failed.isEmpty()));
    CHECK(finished.isEmpty());
    CHECK(failed.first().first().toString() == QStringLiteral("导入已取消：没有导入任何内容。"));
    CHECK(progress.last().at(0).toInt() < 1500);
    CHECK(closed.isEmpty()); // the dialog stayed open, saying so
    CHECK(reader()->incidents().size() == before); // none of the 1,500
    const gis::LogCheck check = gis::ProjectStores::verify(gis::ProjectLocation::parse(fixture.path));
    CHECK(check.passed());
}
