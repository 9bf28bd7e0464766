// SPDX-License-Identifier: MIT
// The desk on a laptop screen: the whole window, status bar and lists included, fits 1366×768
// and 1280×720; the picture is saved for docs/screenshots.
#include "memory_project_window.h"

#include "app/map/incident_list_dock.h"
#include "app/map/map_canvas.h"
#include "app/map/map_workspace.h"
#include "app/project/case_list_dock.h"

#include <QDir>
#include <QDockWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace {

/// Lays the window out at a laptop's size less a title bar and a task bar.
void showAt(QMainWindow &window, const QSize &screen)
{
    window.setWindowState(Qt::WindowNoState);
    window.resize(screen.width(), screen.height() - 60);
    window.show();
    QTest::qWait(300);
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("FG_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace

TEST_CASE("the desk fits a 1366x768 and a 1280x720 laptop with its status bar and lists on the screen")
{
    fg::app::test::MemoryProjectWindow fixture;
    fg::app::MainWindow &window = *fixture.window;
    // The window 748×817 of old could not get under a laptop's 768 pixels.
    CHECK(window.minimumSizeHint().height() < 700);
    CHECK(window.minimumSizeHint().width() <= 1280);
    for (const QSize screen : { QSize(1366, 768), QSize(1280, 720) }) {
        INFO(screen.width() << "x" << screen.height());
        showAt(window, screen);
        const QRect inside = window.rect();
        REQUIRE(window.height() <= screen.height() - 60);
        QStatusBar *status = window.statusBar();
        CHECK(status->isVisible());
        CHECK(inside.contains(status->geometry()));
        CHECK(status->geometry().height() >= 20);
        // Every dock on the screen (a tab behind another is parked off it) lies inside the window.
        int shown = 0;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->isVisible() && !dock->isFloating() && !dock->visibleRegion().isEmpty()) {
                INFO(dock->objectName().toStdString());
                CHECK(inside.contains(dock->geometry()));
                ++shown;
            }
        CHECK(shown >= 3);
        // The lists along the bottom show several rows, the map keeps most of the width.
        QDockWidget *cases = window.findChild<QDockWidget *>(QStringLiteral("CaseListDock"));
        REQUIRE(cases);
        CHECK(cases->height() >= 150);
        CHECK(window.workspace()->canvas()->width() >= screen.width() / 2);
        CHECK(window.workspace()->canvas()->height() >= 300);
        const QImage image = window.grab().toImage();
        CHECK(image.convertToFormat(QImage::Format_Indexed8)
                  .save(screenshotPath(
                      QStringLiteral("desk-%1x%2.png").arg(screen.width()).arg(screen.height()))));
    }
}
