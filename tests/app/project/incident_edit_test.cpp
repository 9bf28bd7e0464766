// SPDX-License-Identifier: MIT
#include "tests/app/project/project_fixture.h"

#include "app/map/map_canvas.h"
#include "app/map/map_workspace.h"
#include "app/project/case_list_dock.h"
#include "app/project/import_incidents_model.h"
#include "app/project/incident_edit_tool.h"
#include "core/input_error.h"
#include "gis/geometry/area_calculator.h"
#include "gis/sample/sample_layer.h"
#include "gis/sample/sample_layer_writer.h"

#include <QAction>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace fg;
using fg::app::test::MemorySampleWindow;

namespace {

const gis::IncidentRecord &storedIncident(const std::vector<gis::IncidentRecord> &records, const QString &id)
{
    for (const gis::IncidentRecord &record : records) {
        if (record.id == id)
            return record;
    }
    FAIL("no incident " << id.toStdString());
    return records.front();
}

} // namespace

TEST_CASE("Dragging a vertex saves the incident's new shape with its area and one audit event, undo restores", "[project-gui]")
{
    MemorySampleWindow fixture;
    app::ProjectController &projects = fixture.projects();
    const auto readerOpened = fixture.reader(); // another desk's view of the project
    fg::gis::ProjectStore &reader = *readerOpened;
    const auto before = reader.incidents(true);
    REQUIRE_FALSE(before.empty());
    const QString id = before.front().id;
    const app::IncidentRings original = app::IncidentReshaper::ringsOf(before.front().geometry.get());
    REQUIRE_FALSE(original.isEmpty());
    const double oldArea = before.front().measures.areaM2;
    const qsizetype eventsBefore = reader.events().size();

    fixture.projects().caseList()->selectIncident(id);
    projects.actions().editIncident->setChecked(true);
    app::IncidentEditTool *tool = projects.editTool();
    app::MapCanvas *canvas = fixture.window->workspace()->canvas();
    REQUIRE(canvas->tool() == tool);
    REQUIRE(tool->incidentId() == id);
    tool->setSnapPixels(0); // the vertex lands exactly where released

    const QPointF vertex = original[0][0][0];
    canvas->resize(800, 600);
    canvas->setTransform(gis::MapTransform(vertex, 0.5, QSize(800, 600)), false); // 0.5 m a pixel
    const QPoint grab = canvas->transform().toPixel(vertex).toPoint();
    const QPoint drop = grab + QPoint(-20, 10); // 10 m west, 5 m south: outward or inward, the area changes
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, grab);
    QMouseEvent move(QEvent::MouseMove, QPointF(drop), canvas->mapToGlobal(QPointF(drop)), Qt::LeftButton, Qt::LeftButton,
        Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, drop);

    app::IncidentRings expected = original;
    expected[0][0][0] = canvas->transform().toMap(QPointF(drop));
    CHECK(tool->rings() == expected);
    const gis::GeosGeometryPtr expectedPolygon = app::IncidentReshaper::polygonOf(expected, id);
    const double expectedArea
        = gis::AreaCalculator(fixture.session().workingEpsg()).area(expectedPolygon.get(), gis::AreaMethod::Ellipsoidal);

    const auto after = reader.incidents(true);
    const gis::IncidentRecord &edited = storedIncident(after, id);
    CHECK(app::IncidentReshaper::ringsOf(edited.geometry.get()) == expected);
    CHECK(edited.measures.areaM2 == Approx(expectedArea).margin(0.01));
    CHECK(std::abs(edited.measures.areaM2 - oldArea) > 1.0);
    CHECK(edited.measures.accountability
        == (edited.measures.basicFarmlandMu >= 5.0 || edited.measures.cultivatedMu >= 10.0));
    const auto events = reader.events();
    REQUIRE(events.size() == eventsBefore + 1);
    const core::AuditEvent &logged = events.last();
    CHECK(logged.entityId == id);
    CHECK(logged.action == QLatin1String("geometry"));
    CHECK(logged.oldValue.toObject().value(QStringLiteral("geometry_sha256"))
        != logged.newValue.toObject().value(QStringLiteral("geometry_sha256")));
    CHECK(reader.verifyLog().intact());
    // The session (what the case list and map show) sees the new area too.
    CHECK(storedIncident(fixture.session().incidents(), id).measures.areaM2 == Approx(expectedArea).margin(0.01));

    // Undo saves the original shape again as a further event: history only grows.
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    const auto afterUndo = reader.incidents(true);
    const gis::IncidentRecord &restored = storedIncident(afterUndo, id);
    CHECK(app::IncidentReshaper::ringsOf(restored.geometry.get()) == original);
    CHECK(restored.measures.areaM2 == Approx(oldArea).margin(0.01));
    CHECK(reader.events().size() == eventsBefore + 2);
    CHECK(reader.verifyLog().intact());
    CHECK(tool->canRedo());

    // A vertex cannot go below three per ring; a self-crossing shape is refused and changes nothing.
    QSignalSpy refused(tool, &app::IncidentEditTool::refused);
    app::IncidentRings crossing = original;
    std::swap(crossing[0][0][0], crossing[0][0][1]);
    if (crossing[0][0].size() >= 4) {
        QString reason;
        try {
            app::IncidentReshaper::reshape(fixture.session(), id, crossing);
        } catch (const core::InputError &error) {
            reason = error.message();
        }
        CHECK_FALSE(reason.isEmpty());
        CHECK(reader.events().size() == eventsBefore + 2);
    }
}

TEST_CASE("Importing a layer through the dialog's model with a chosen field mapping", "[project-gui]")
{
    MemorySampleWindow fixture;
    const int epsg = fixture.session().workingEpsg();
    // Two 50 m × 40 m plots in the county, with fields named nothing the importer would guess.
    gis::sample::SampleLayer layer;
    layer.name = QStringLiteral("monitoring");
    for (const char *name : { "TBBH", "WHO", "KIND", "FROM_", "WHEN_", "NOTE" })
        layer.fields.push_back({ QString::fromLatin1(name), gis::FieldType::Text, 40, 0 });
    layer.add({ QStringLiteral("WP-001"), QStringLiteral("张三"), QStringLiteral("农村乱占耕地建房"), QStringLiteral("卫片"),
                  QStringLiteral("2024-03-05"), QStringLiteral("新建房屋") },
        gis::fromWkt(QStringLiteral("POLYGON((450000 4011000,450050 4011000,450050 4011040,450000 4011040,450000 4011000))")));
    layer.add({ QStringLiteral("WP-002"), QStringLiteral("李四"), QStringLiteral("挖湖造景"), QStringLiteral("举报"),
                  QStringLiteral("2024/03/06"), QStringLiteral("挖塘") },
        gis::fromWkt(QStringLiteral("POLYGON((450200 4011000,450250 4011000,450250 4011040,450200 4011040,450200 4011000))")));
    gis::sample::SampleLayerWriter(epsg).writeShapefile(layer, fixture.dir.path());
    const QString shp = fixture.dir.filePath(QStringLiteral("monitoring.shp"));

    app::ImportIncidentsModel model;
    model.load(shp);
    CHECK(model.featureCount() == 2);
    CHECK(model.fields().contains(QStringLiteral("WHO")));
    using Role = app::ImportIncidentsModel::Role;
    CHECK(model.field(Role::Party).isEmpty()); // nothing guessable
    model.setField(Role::Id, QStringLiteral("TBBH"));
    model.setField(Role::Party, QStringLiteral("WHO"));
    model.setField(Role::ViolationType, QStringLiteral("KIND"));
    model.setField(Role::Source, QStringLiteral("FROM_"));
    model.setField(Role::Date, QStringLiteral("WHEN_"));
    model.setField(Role::Description, QStringLiteral("NOTE"));
    CHECK_THROWS_AS(model.setField(Role::Party, QStringLiteral("NOPE")), core::InputError);
    const QList<QStringList> preview = model.preview(5);
    REQUIRE(preview.size() == 2);
    CHECK(preview[1] == QStringList { QStringLiteral("WP-002"), QStringLiteral("李四"), QStringLiteral("挖湖造景"),
                            QStringLiteral("举报"), QStringLiteral("2024/03/06"), QStringLiteral("挖塘") });

    QSignalSpy finished(&model, &app::ImportIncidentsModel::finished);
    QSignalSpy progress(&model, &app::ImportIncidentsModel::progress);
    REQUIRE(model.start(fixture.session().store()));
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toStringList() == QStringList { QStringLiteral("WP-001"), QStringLiteral("WP-002") });
    QTRY_COMPARE(progress.size(), 2);
    CHECK(progress.last().at(0).toInt() == 2);

    const auto readerOpened = fixture.reader();

    fg::gis::ProjectStore &reader = *readerOpened;
    const auto records = reader.incidents();
    const gis::IncidentRecord &first = storedIncident(records, QStringLiteral("WP-001"));
    CHECK(first.party == QStringLiteral("张三"));
    CHECK(first.violationType == core::ViolationType::RuralHousing);
    CHECK(first.source == gis::IncidentSource::SatelliteMonitoring);
    CHECK(first.discoveryDate == QDate(2024, 3, 5));
    CHECK(first.description == QStringLiteral("新建房屋"));
    const gis::IncidentRecord &second = storedIncident(records, QStringLiteral("WP-002"));
    CHECK(second.violationType == core::ViolationType::LakeDigging);
    CHECK(second.source == gis::IncidentSource::PublicReport);
    CHECK(second.discoveryDate == QDate(2024, 3, 6));
    // 50 × 40 = 2000 m² planar; the ellipsoidal area differs by the GK scale (< 0.01 % here).
    CHECK(second.measures.areaM2 == Approx(2000.0).epsilon(0.001));
    CHECK(reader.verifyLog().intact());
}
