// SPDX-License-Identifier: MIT
// Shared set-up for the map widget tests: the hand-made layers of the render tests, put on a
// workspace's map with known verdicts and a known view.
#pragma once

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "tests/gis/render/render_fixture.h"

#include <catch2/catch.hpp>

#include <QColor>
#include <QSignalSpy>

namespace Catch {
template <>
struct StringMaker<QColor>
{
    static std::string convert(const QColor &c)
    {
        return QStringLiteral("rgb(%1, %2, %3)").arg(c.red()).arg(c.green()).arg(c.blue()).toStdString();
    }
};
} // namespace Catch

namespace fg::app::test {

/// Adds the parcels and incidents of the render fixture; incident 7 accountability, 8 below threshold.
/// Returns {parcelsId, incidentsId}.
inline std::pair<QString, QString> addFixtureLayers(MapLayerSet &layers)
{
    const QString parcels = layers.addLayer(gis::test::makeParcels());
    const QString incidents = layers.addLayer(gis::test::makeIncidents());
    gis::LayerStyle style = layers.layer(incidents)->style;
    auto verdicts = std::make_shared<QHash<qint64, gis::VerdictClass>>();
    verdicts->insert(7, gis::VerdictClass::Accountability);
    verdicts->insert(8, gis::VerdictClass::BelowThreshold);
    style.verdicts = verdicts;
    layers.setStyle(incidents, style);
    return {parcels, incidents};
}

/// Shows map 0..300 × 0..150 at 0.5 m per pixel on a 600 × 300 canvas and waits for the render.
inline bool showFixtureView(MapCanvas &canvas)
{
    canvas.resize(600, 300);
    QSignalSpy finished(&canvas, &MapCanvas::renderFinished);
    canvas.setTransform(gis::MapTransform(QPointF(150, 75), 0.5, QSize(600, 300)));
    // Keep waiting until the last requested render (not an older, cancelled one) has arrived.
    for (int i = 0; i < 50 && (finished.isEmpty() || canvas.isRendering()); ++i)
        finished.wait(200);
    return !canvas.isRendering() && canvas.lastImageTransform() == canvas.transform();
}

} // namespace fg::app::test
