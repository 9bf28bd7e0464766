// SPDX-License-Identifier: MIT
#include "app/map/identify_tool.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "gis/render/feature_picker.h"

#include <QMouseEvent>

namespace fg::app {

IdentifyTool::IdentifyTool(MapCanvas *canvas)
    : MapTool(canvas)
{
}

QVector<IdentifyHit> IdentifyTool::identifyAt(const QPointF &mapPoint, double tolerance) const
{
    QVector<IdentifyHit> hits;
    const std::vector<MapLayer> &layers = m_canvas->layers()->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!it->style.visible)
            continue;
        for (int row : gis::featuresAt(*it->data, mapPoint, tolerance))
            hits.push_back({it->id, row});
    }
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
