// SPDX-License-Identifier: MIT
// The 选址核查 action (issue 16 item 2): pasted boundary points, a drawn polygon and bad input in
// the dialog, the check in the background, the PDF saved from it.
#include "app/project/site_check_dialog.h"
#include "gis/usecases/site_check.h"
#include "gis/usecases/site_input.h"
#include "tests/app/memory_project_window.h"

#include "core/units.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;

namespace {

/// The exterior ring of the sample's site on basic farmland (working CRS), not closed.
QList<QPointF> basicFarmlandSite(int epsg)
{
    const gis::GeosGeometryPtr site = gis::SiteInput::fromFile(
        QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("sites/site_basic_farmland.geojson")),
        epsg);
    GEOSContextHandle_t ctx = gis::geosContext();
    const GEOSCoordSequence *ring = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, site.get()));
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(ctx, ring, &size);
    QList<QPointF> points;
    for (unsigned int i = 0; i + 1 < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, ring, i, &x, &y);
        points << QPointF(x, y);
    }
    return points;
}

app::SiteCheckDialog *openDialog(app::test::MemoryProjectWindow &fixture)
{
    QAction *action = fixture.window->findChild<QAction *>(QStringLiteral("actionSiteCheck"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *dialog = fixture.window->findChild<app::SiteCheckDialog *>(QStringLiteral("SiteCheckDialog"));
    REQUIRE(dialog);
    return dialog;
}

void waitChecked(app::SiteCheckDialog *dialog)
{
    REQUIRE(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 60000));
}

} // namespace

TEST_CASE("The site check dialog checks pasted boundary points and saves the opinion", "[app][site]")
{
    app::test::MemoryProjectWindow fixture;
    app::SiteCheckDialog *dialog = openDialog(fixture);
    const QList<QPointF> ring = basicFarmlandSite(fixture.session().workingEpsg());
    QString text = QStringLiteral("点号,X,Y\n");
    for (int i = 0; i < ring.size(); ++i) // X the northing, Y the easting, as surveys write them
        text += QStringLiteral("J%1,%2,%3\n")
                    .arg(i + 1)
                    .arg(ring[i].y(), 0, 'f', 4)
                    .arg(ring[i].x(), 0, 'f', 4);
    dialog->setPointsText(text);
    REQUIRE(dialog->check());
    waitChecked(dialog);
    REQUIRE(dialog->result());
    CHECK(dialog->error().isEmpty());
    // The sample's designed site: 8.00 亩 of permanent basic farmland (data/sample/sites).
    CHECK(core::roundedMu(dialog->result()->basicFarmlandM2) == 8.00);
    CHECK(dialog->resultHtml().contains("8.00"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("site.pdf"));
    REQUIRE(dialog->savePdf(pdf));
    CHECK(QFile(pdf).size() > 10000);
}

TEST_CASE("The site check dialog takes a drawn polygon and refuses a self-intersecting one", "[app][site]")
{
    app::test::MemoryProjectWindow fixture;
    app::SiteCheckDialog *dialog = openDialog(fixture);
    QList<QPointF> ring = basicFarmlandSite(fixture.session().workingEpsg());
    dialog->setDrawnRing(ring);
    waitChecked(dialog);
    REQUIRE(dialog->result());
    CHECK(dialog->result()->areaM2 == Approx(5333.33).margin(0.05));

    std::swap(ring[1], ring[2]); // a bow tie
    dialog->setDrawnRing(ring);
    waitChecked(dialog);
    CHECK(dialog->error().contains("Self-intersection"));
    CHECK(dialog->resultHtml().contains("Self-intersection"));
}
