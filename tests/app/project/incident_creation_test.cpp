// SPDX-License-Identifier: MIT
#include "tests/app/project/project_fixture.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/boundary_point_parser.h"
#include "app/project/incident_draw_tool.h"
#include "app/project/incident_factory.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace fg;
using fg::app::test::MemorySampleWindow;
using fg::app::test::SampleProjectWindow;

TEST_CASE("Boundary point coordinates: names, separators, zone prefix and closing point", "[project-gui]")
{
    // EPSG:4547 is CGCS2000 GK CM 114°E (zone 38) without the zone in the easting.
    const QString text = QStringLiteral("点号,X,Y\nJ1,4011000.000,38450000.000\nJ2，4011000，38450100\nJ3\t4011200\t450100\n4011200 450000\nJ1,4011000,38450000\n");
    const QList<QPointF> ring = app::BoundaryPointParser::parse(text, 4547);
    REQUIRE(ring.size() == 4);
    CHECK(ring[0] == QPointF(450000, 4011000));
    CHECK(ring[1] == QPointF(450100, 4011000));
    CHECK(ring[2] == QPointF(450100, 4011200));
    // In the zone-prefixed CRS of the same zone (EPSG:4526) a plain easting gains the prefix.
    CHECK(app::BoundaryPointParser::parse(text, 4526)[3] == QPointF(38450000, 4011200));
    CHECK_THROWS_AS(app::BoundaryPointParser::parse(QStringLiteral("4011000 39450000\n4011000 39450100\n4011200 39450100"), 4547),
        core::InputError);
    CHECK_THROWS_AS(app::BoundaryPointParser::parse(QStringLiteral("450000 4011000\n450100 4011000\n450100 4011200"), 4547),
        core::InputError);
    CHECK_THROWS_AS(app::BoundaryPointParser::parse(QStringLiteral("4011000 450000\n4011000 450100"), 4547), core::InputError);
    CHECK_THROWS_AS(app::BoundaryPointParser::parse(QStringLiteral("4011000 450000 x\n4011000 450100\n1 2"), 4547), core::InputError);
}

TEST_CASE("Pasted coordinates create an incident with its area, place, verdict, case and attachment", "[project-gui]")
{
    MemorySampleWindow fixture;
    app::ProjectSession &session = fixture.session();
    const int epsg = session.workingEpsg();
    REQUIRE(app::BoundaryPointParser::zoneOf(epsg) == 38);
    // A 100 m × 200 m rectangle in the county, Y zone-prefixed as an RTK survey writes it.
    const QString text = QStringLiteral("J1,4011000,38450000\nJ2,4011000,38450100\nJ3,4011200,38450100\nJ4,4011200,38450000");
    const QList<QPointF> ring = app::BoundaryPointParser::parse(text, epsg);

    const QString photo = fixture.dir.filePath(QStringLiteral("现场照片.jpg"));
    QFile file(photo);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not really a jpeg, but bytes to keep");
    file.close();

    app::IncidentDraft draft;
    draft.id = app::IncidentFactory::nextId(session);
    draft.party = QStringLiteral("新当事人");
    draft.violationType = core::ViolationType::RuralHousing;
    draft.discoveryDate = QDate::currentDate();
    draft.attachmentPaths = { photo };
    const int before = int(session.incidents().size());
    const QString id = app::IncidentFactory::create(session, draft, ring);
    CHECK(id == draft.id);
    fixture.projects().incidentsChanged();

    const auto storeOpened = fixture.reader(); // another desk's view of the project

    fg::gis::ProjectStore &store = *storeOpened;
    const auto records = store.incidents();
    REQUIRE(int(records.size()) == before + 1);
    const gis::IncidentRecord &made = records.back();
    CHECK(made.id == id);
    // Planar 100 × 200 = 20000 m² = 30 mu (1 mu = 10000/15 m²). The ellipsoidal area is the
    // planar one divided by the GK scale factor squared, k = 1 + x²/(2R²) with x = 450050 − 500000
    // = −49950 m from the central meridian and R = √(MN) = 6 371 636 m at 36.2°N:
    // k² = 1 + 6.1456e-5, so 20000 / k² = 19998.771 m² = 29.998 mu.
    CHECK(made.measures.measured);
    CHECK(made.measures.areaM2 == Approx(19998.771).margin(0.2));
    CHECK(made.measures.areaM2 / (10000.0 / 15.0) == Approx(30.0).margin(0.005));
    CHECK_FALSE(made.township.isEmpty());
    CHECK(made.measures.accountability == (made.measures.basicFarmlandMu >= 5.0 || made.measures.cultivatedMu >= 10.0));
    const auto opened = store.caseFile(id);
    REQUIRE(opened);
    CHECK(opened->status() == core::CaseStatus::Clue);
    REQUIRE(opened->steps().first().attachmentIds.size() == 1);
    CHECK(store.attachment(opened->steps().first().attachmentIds.first()) == QByteArray("not really a jpeg, but bytes to keep"));
    // The map shows the new incident.
    const app::MapLayer *layer = fixture.window->workspace()->layers()->layer(fixture.projects().incidentLayerId());
    REQUIRE(layer);
    CHECK(layer->data->featureCount() == before + 1);
    // The same number again is refused.
    CHECK_THROWS_AS(app::IncidentFactory::create(session, draft, ring), core::InputError);
    // A crossed boundary (points pasted out of order) is refused in the user's words, where it crosses.
    const QList<QPointF> crossed = app::BoundaryPointParser::parse(
        QStringLiteral("J1,4011000,38450000\nJ2,4011200,38450100\nJ3,4011000,38450100\nJ4,4011200,38450000"), epsg);
    draft.id = app::IncidentFactory::nextId(session);
    try {
        app::IncidentFactory::create(session, draft, crossed);
        FAIL("a crossed boundary was accepted");
    } catch (const core::InputError &error) {
        CHECK_FALSE(error.message().contains(QLatin1String("Self-intersection")));
        CHECK_FALSE(error.message().contains(QLatin1String("feature")));
        CHECK(error.message().contains(QStringLiteral("450050"))); // near the crossing
    }
}

TEST_CASE("Drawing snaps to a parcel vertex within the pixel tolerance and finishes on double-click", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::ProjectController &projects = fixture.projects();
    projects.actions().drawIncident->setChecked(true);
    app::IncidentDrawTool *tool = projects.drawTool();
    app::MapCanvas *canvas = fixture.window->workspace()->canvas();
    REQUIRE(canvas->tool() == tool);

    // A known vertex: the first of the first land-use parcel's outer ring.
    const auto landUse = fixture.session().mapLayer(QString::fromLatin1(gis::ProjectTables::kLandUse));
    REQUIRE(landUse);
    GEOSContextHandle_t ctx = gis::geosContext();
    const GEOSGeometry *polygon = GEOSGetGeometryN_r(ctx, landUse->geometry(0), 0);
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, polygon));
    double x = 0, y = 0;
    REQUIRE(GEOSCoordSeq_getXY_r(ctx, sequence, 0, &x, &y));
    const QPointF vertex(x, y);

    canvas->resize(800, 600);
    canvas->setTransform(gis::MapTransform(vertex, 0.5, QSize(800, 600)), false); // 0.5 m a pixel
    const QPointF pixel = canvas->transform().toPixel(vertex);
    tool->setSnapPixels(10);
    const app::VertexSnapper::Snap near = tool->snapAt(pixel + QPointF(4, -3)); // 5 px = 2.5 m away
    CHECK(near.kind == app::VertexSnapper::Kind::Vertex);
    CHECK(near.point == vertex);

    // Clicks through the canvas: the first click lands 4 px off the vertex and snaps onto it.
    QSignalSpy finished(tool, &app::IncidentDrawTool::polygonFinished);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, (pixel + QPointF(4, 3)).toPoint());
    REQUIRE(tool->vertices().size() == 1);
    CHECK(tool->vertices().first() == vertex);
    tool->setSnapPixels(0); // the other vertices exactly where clicked
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, (pixel + QPointF(200, 0)).toPoint());
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, (pixel + QPointF(300, 100)).toPoint());
    QTest::keyClick(canvas, Qt::Key_Backspace);
    CHECK(tool->vertices().size() == 2);
    tool->redo();
    CHECK(tool->vertices().size() == 3);
    // Hand the finished ring to a spy instead of the attribute dialog.
    QObject::disconnect(tool, nullptr, &projects, nullptr);
    CHECK(tool->finish());
    REQUIRE(finished.size() == 1);
    const auto ring = finished.first().first().value<QList<QPointF>>();
    REQUIRE(ring.size() == 3);
    CHECK(ring.first() == vertex);
}
