// SPDX-License-Identifier: MIT
#include "gis/render/label_placer.h"
#include "gis/render/map_decorations.h"
#include "gis/render/map_renderer.h"

#include "gui_application.h"
#include "render_fixture.h"

#include <QFontInfo>

#include <catch2/catch.hpp>

using namespace fg::gis;

TEST_CASE("placed labels never overlap each other and stay inside the view")
{
    test::ensureGuiApplication();
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10);
    std::vector<LabelCandidate> candidates;
    // A dense 10 x 10 lattice 20 px apart: far more labels than fit.
    for (int i = 0; i < 100; ++i)
        candidates.push_back({QStringLiteral("青龙镇%1").arg(i), QPointF(40 + (i % 10) * 20, 40 + (i / 10) * 20),
                              font, Qt::black, i % 3, double(i)});
    const std::vector<PlacedLabel> placed = placeLabels(candidates, QSizeF(300, 300));
    REQUIRE(placed.size() >= 4);
    REQUIRE(placed.size() < candidates.size());
    for (size_t i = 0; i < placed.size(); ++i) {
        CHECK(QRectF(0, 0, 300, 300).contains(placed[i].box));
        for (size_t j = i + 1; j < placed.size(); ++j)
            CHECK_FALSE(placed[i].box.intersects(placed[j].box));
    }
    // The highest priority, heaviest candidate is placed first and keeps its own position.
    CHECK(placed.front().text == QStringLiteral("青龙镇98"));
}

TEST_CASE("labels use the Simplified Chinese Noto font, named explicitly")
{
    test::ensureGuiApplication();
    RenderJob job;
    CHECK(job.options.labelFontFamily == QStringLiteral("Noto Sans CJK SC"));
    const QFontInfo info(QFont(job.options.labelFontFamily));
    CHECK(info.family() == QStringLiteral("Noto Sans CJK SC"));
}

TEST_CASE("labelled boundaries produce Chinese label candidates at their features")
{
    test::ensureGuiApplication();
    auto townships = test::makeIncidents();
    townships->name = QStringLiteral("townships");
    RenderJob job = test::makeJob(test::makeParcels(), townships);
    job.options.labels = true;
    job.layers[1].style = defaultStyleFor(*townships);
    job.layers[1].style.labelField = QStringLiteral("XZQMC");
    job.layers[1].style.minLabelPixels = 10;
    const std::atomic_bool cancel{false};
    const LayerImage image = renderLayer(job, 1, cancel);
    REQUIRE(image.labels.size() == 3);
    CHECK(image.labels[0].text == QStringLiteral("青龙镇"));
    // Anchored inside the first feature (20..40 × 110..140 on the map).
    const QPointF map = job.transform.toMap(image.labels[0].anchor);
    CHECK(QRectF(QPointF(20, 110), QPointF(40, 140)).contains(map));
}

TEST_CASE("the scale bar length is a round 1, 2 or 5 times a power of ten")
{
    CHECK(niceScaleBarMetres(10.0, 160) == Approx(1000));  // at most 1600 m
    CHECK(niceScaleBarMetres(2.5, 160) == Approx(200));    // at most 400 m
    CHECK(niceScaleBarMetres(0.5, 120) == Approx(50));     // at most 60 m
    // A degree of longitude at 36.2°N on a 6378137 m sphere: 111319.491 m × cos(36.2°)
    // = 111319.491 × 0.8069603 = 89830.41 m.
    CHECK(metresPerMapUnit(true, 36.2) == Approx(89830.41).epsilon(1e-6));
    CHECK(metresPerMapUnit(false, 36.2) == 1.0);
}

TEST_CASE("a township label never covers an incident: it moves beside it or is left out")
{
    test::ensureGuiApplication();
    // The incidents layer reports where its features are drawn; a township label centred on one
    // of them goes elsewhere, while an incident's own number may sit on it.
    RenderJob job = test::makeJob(test::makeParcels(), test::makeIncidents());
    const std::atomic_bool cancel{false};
    const LayerImage incidents = renderLayer(job, 1, cancel);
    REQUIRE(incidents.obstacles.size() == 3);
    const QRectF first = incidents.obstacles.front(); // fid 7: map 20..40 × 110..140 = pixels 40..80 × 20..80
    CHECK(first.contains(QRectF(QPointF(41, 21), QPointF(79, 79))));

    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10);
    std::vector<LabelCandidate> candidates{
        {QStringLiteral("青龙镇"), first.center(), font, Qt::black, 20, 100, false},
        {QStringLiteral("7"), first.center(), font, Qt::black, 15, 10, true}};
    const std::vector<PlacedLabel> placed = placeLabels(candidates, QSizeF(600, 300), incidents.obstacles);
    for (const PlacedLabel &label : placed)
        if (label.text == QStringLiteral("青龙镇"))
            for (const QRectF &obstacle : incidents.obstacles)
                CHECK_FALSE(label.box.intersects(obstacle));
    // The incident's number keeps its place on the incident.
    bool number = false;
    for (const PlacedLabel &label : placed)
        number |= label.text == QStringLiteral("7") && label.box.intersects(first);
    CHECK(number);
    // Without obstacles the township label would have sat on the incident: the test means something.
    const std::vector<PlacedLabel> free = placeLabels(candidates, QSizeF(600, 300));
    REQUIRE_FALSE(free.empty());
    CHECK(free.front().box.intersects(first));
}
