// SPDX-License-Identifier: MIT
// Not a test: grabs the patrol and shared-project screens for docs/screenshots. Hidden ([.]);
// run `farmguard_app_tests "[screenshots]"` with FG_SCREENSHOT_DIR set (and FARMGUARD_LANG).
#include "memory_project_window.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/map/message_bar.h"
#include "app/map/open_layers_dialog.h"
#include "app/patrol/patrol_controller.h"
#include "app/patrol/plan_patrols_dialog.h"
#include "app/project/case_action_dialog.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_panel.h"
#include "app/project/session_watcher.h"
#include "app/project/shared_project_dialog.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"
#include "gis/store/patrol_records.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPainter>
#include <QStatusBar>

namespace {

/// The window as a desktop shows it: its title above its content (the offscreen and bare X
/// platforms draw no frame).
QImage framed(QWidget &window)
{
    const QPixmap content = window.grab();
    QImage image(content.width(), content.height() + 28, QImage::Format_RGB32);
    image.fill(QColor(0x3c, 0x3f, 0x41));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = window.font();
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, image.width(), 28), Qt::AlignCenter, window.windowTitle());
    painter.drawPixmap(0, 28, content);
    return image;
}

/// Saves a small PNG: 256 colours are plenty for a screen.
bool save(const QImage &image, const QString &path)
{
    return image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AutoColor).save(path);
}

} // namespace

TEST_CASE("Screenshots of planning, the shared project dialog and a change from another desk", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("FG_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    fg::app::test::MemoryProjectWindow fixture;
    fixture.window->resize(1280, 760);
    fixture.window->show();

    fg::app::PlanPatrolsDialog plan(QDate::currentDate(), fixture.window.get());
    plan.show();
    QTest::qWait(200);
    CHECK(save(plan.grab().toImage(), QDir(out).filePath(QStringLiteral("plan-patrols-dialog.png"))));
    plan.hide();

    fg::app::SharedProjectDialog shared(fixture.window.get());
    shared.setUri(QStringLiteral("postgresql://zhang@gis.pingshun.gov/farmguard?schema=pingshun"));
    shared.setIdentity({ QStringLiteral("张伟"), QStringLiteral("township land officer") });
    shared.show();
    QTest::qWait(200);
    CHECK(save(shared.grab().toImage(), QDir(out).filePath(QStringLiteral("open-shared-project-dialog.png"))));
    shared.hide();

    fg::app::PatrolController &patrol = *fixture.window->patrol();
    QSignalSpy finished(&patrol, &fg::app::PatrolController::jobFinished);
    fg::gis::PatrolPlanRequest request;
    request.today = QDate::currentDate();
    request.options.start = request.today.addDays(8 - request.today.dayOfWeek()); // next Monday: routes to show
    REQUIRE(patrol.plan(request));
    REQUIRE(finished.wait(60000));
    QTest::qWait(800); // the map renders; the note in the status bar stays
    CHECK(save(framed(*fixture.window), QDir(out).filePath(QStringLiteral("plan-patrols-shown.png"))));

    const auto wang = fixture.otherDesk({ QStringLiteral("王明"), QStringLiteral("township land officer") });
    const QString caseId = QStringLiteral("PS2024-007");
    fg::gis::CaseFacts facts = fg::gis::CaseFacts::of(*fixture.session().caseFile(caseId));
    facts.declaredMajor = true;
    facts.declaredMajorAt = QDateTime::currentDateTime();
    wang->setCaseFacts(caseId, facts, fixture.session().caseFile(caseId)->revision());
    REQUIRE(fixture.projects().watcher()->pollNow());
    QTest::qWait(800);
    CHECK(save(framed(*fixture.window), QDir(out).filePath(QStringLiteral("change-from-another-desk.png"))));

    fg::gis::StoreRights township;
    township.scope = fg::gis::StoreRights::Scope::Township;
    township.township = QStringLiteral("龙溪镇");
    QSignalSpy opened(&fixture.projects(), &fg::app::ProjectController::openFinished);
    REQUIRE(fixture.projects().openStore(
        fixture.otherDesk({ QStringLiteral("张伟"), QStringLiteral("township land officer") }, township)));
    REQUIRE(opened.wait(60000));
    QTest::qWait(800);
    CHECK(save(framed(*fixture.window), QDir(out).filePath(QStringLiteral("township-login.png"))));
}

namespace {

/// Waits until the map has drawn its current view.
void waitForMap(fg::app::MainWindow &window)
{
    fg::app::MapCanvas *canvas = window.workspace()->canvas();
    (void)QTest::qWaitFor([canvas] { return !canvas->isRendering() && canvas->lastImageTransform() == canvas->transform(); },
                    30000);
    QTest::qWait(300);
}

/// The sample project's window at a 1366×768 laptop's working area, drawn.
void showAtLaptopSize(fg::app::MainWindow &window)
{
    window.setWindowState(Qt::WindowNoState);
    window.resize(1366, 740);
    window.show();
    waitForMap(window);
}

bool openAndWait(fg::app::MainWindow &window, const QStringList &paths)
{
    QSignalSpy loaded(window.workspace(), &fg::app::MapWorkspace::loaded);
    return window.openFiles(paths) && loaded.wait(60000);
}

} // namespace

TEST_CASE("Screenshots of the desk at laptop and desktop sizes: layers, legend, identify, patrol panel",
          "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("FG_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    const QString data = QStringLiteral(FG_SHARED_DATA_DIR);
    fg::app::test::MemoryProjectWindow fixture;
    fg::app::MainWindow &window = *fixture.window;
    showAtLaptopSize(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("desk-1366x768-project.png"))));

    // Identify on an incident: the incident first, its aliases, the others below.
    fg::app::MapWorkspace &workspace = *window.workspace();
    const fg::app::MapLayer &incidents = workspace.layers()->layers().back();
    QRectF box;
    fg::gis::geometryEnvelope(incidents.data->geometry(0), &box);
    workspace.canvas()->zoomToExtent(box.adjusted(-300, -300, 300, 300));
    waitForMap(window);
    workspace.actions().identify->trigger();
    const QPointF pixel = workspace.canvas()->transform().toPixel(box.center());
    QTest::mouseClick(workspace.canvas(), Qt::LeftButton, Qt::NoModifier, pixel.toPoint());
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("identify-incident-aliases.png"))));

    // A shapefile whose .prj does not fit, and web parcels with repairs and GCJ-02.
    REQUIRE(openAndWait(window, {data + "/landuse/textbook_townshp_gbk/townshp.shp"}));
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("message-bar-prj-does-not-fit.png"))));
    REQUIRE(openAndWait(window, {data + "/landuse/sjz_dixiao_geojson/dxxztb.json"}));
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("message-bar-opened-on-top-zoomed.png"))));

    fg::app::OpenLayersDialog options({data + "/landuse/textbook_townshp_gbk/townshp.shp"}, &window);
    options.show();
    (void)QTest::qWaitFor([&options] { return !options.previewText().isEmpty(); }, 20000);
    CHECK(save(options.grab().toImage(), QDir(out).filePath(QStringLiteral("open-with-options-preview.png"))));
    options.hide();

    // The patrol panel at 1920×1080.
    workspace.messageBar()->dismiss();
    workspace.actions().zoomFull->trigger();
    window.resize(1920, 1050);
    window.patrol()->actions().show->trigger();
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("patrol-dock-1920x1080.png"))));
}

TEST_CASE("Screenshots of the cases at a laptop: linked selection, deadlines, 登记线索, a closed case, the step dialog",
          "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("FG_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    fg::app::test::MemoryProjectWindow fixture;
    fg::app::MainWindow &window = *fixture.window;
    showAtLaptopSize(window);
    fg::app::ProjectController &projects = fixture.projects();
    projects.caseList()->raise();

    // The overdue stop order of 012, chosen in the case list: panel, incident list and map follow
    // (the window opened on it without moving the map: choose another first).
    projects.caseList()->selectIncident(QStringLiteral("PS2024-007"));
    projects.caseList()->selectIncident(QStringLiteral("PS2024-012"));
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("case-linked-selection-overdue.png"))));

    // 008 has no case: its one action is 登记线索.
    projects.caseList()->selectIncident(QStringLiteral("PS2024-008"));
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("case-record-clue.png"))));

    // The closed 002: no step, no transfer.
    projects.caseList()->selectIncident(QStringLiteral("PS2024-002"));
    waitForMap(window);
    CHECK(save(framed(window), QDir(out).filePath(QStringLiteral("case-closed-no-transfer.png"))));

    fg::app::CaseActionDialog dialog(fg::core::CaseAction::File, { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") }, &window);
    dialog.documentNumber()->setText(QStringLiteral("平自然资立〔2024〕17号"));
    dialog.note()->setPlainText(QStringLiteral("经审批立案"));
    dialog.addAttachmentPaths({ QStringLiteral("/home/officer/立案审批表.pdf"), QStringLiteral("/home/officer/现场照片.jpg") });
    dialog.show();
    QTest::qWait(300);
    CHECK(save(dialog.grab().toImage(), QDir(out).filePath(QStringLiteral("case-step-dialog.png"))));
}
