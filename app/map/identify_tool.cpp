// SPDX-License-Identifier: MIT
#include "app/map/identify_tool.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "gis/io/vector_layer.h"
#include "gis/render/feature_picker.h"

#include <QMouseEvent>

#include <algorithm>

namespace fg::app {

IdentifyTool::IdentifyTool(MapCanvas *canvas)
    : MapTool(canvas)
{
}

namespace {

/// What a click most likely asks about: the incident, then the parcels under it, boundaries last.
int relevance(const MapLayer &layer)
{
    switch (layer.style.kind) {
    case gis::StyleKind::Incident: return 0;
    case gis::StyleKind::BasicFarmland: return 1;
    case gis::StyleKind::SimpleFill:
    case gis::StyleKind::Categorised: return layer.data->geometryKind == gis::GeometryKind::Polygon ? 3 : 1;
    case gis::StyleKind::LandUse: return 2;
    case gis::StyleKind::Boundary: return 4;
    }
    return 3;
}

} // namespace

QVector<IdentifyHit> IdentifyTool::identifyAt(const QPointF &mapPoint, double tolerance) const
{
    std::vector<std::pair<int, IdentifyHit>> ranked;
    const std::vector<MapLayer> &layers = m_canvas->layers()->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!it->style.visible)
            continue;
        // Polygons answer where they contain the click, or the tolerance would return the
        // neighbours of the parcel clicked at county scale; incidents may be markers.
        const bool polygon = it->data->geometryKind == gis::GeometryKind::Polygon;
        const bool within = !polygon || it->style.kind == gis::StyleKind::Incident;
        std::vector<int> rows = gis::featuresAt(*it->data, mapPoint, within ? tolerance : 0.0);
        if (within && !polygon && rows.size() > 1)
            rows.resize(1); // the nearest point or line
        for (int row : rows)
            ranked.push_back({relevance(*it), {it->id, row}});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<IdentifyHit> hits;
    for (const auto &entry : ranked)
        hits.push_back(entry.second);
    return hits;
}

void IdentifyTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF map = m_canvas->transform().toMap(event->position());
    const QVector<IdentifyHit> hits = identifyAt(map, m_canvas->pickTolerance());
    if (hits.isEmpty())
        m_canvas->setHighlight({}, -1);
    else
        m_canvas->setHighlight(hits.front().layerId, hits.front().row);
    emit identified(map, hits);
}

void IdentifyTool::deactivate()
{
    m_canvas->setHighlight({}, -1);
}

} // namespace fg::app
