// SPDX-License-Identifier: MIT
#include "app/map/select_tool.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "gis/render/feature_picker.h"

#include <QMouseEvent>
#include <QPainter>

namespace fg::app {

SelectTool::SelectTool(MapCanvas *canvas)
    : MapTool(canvas)
{
}

void SelectTool::selectIn(const QRectF &mapRect, bool isClick, bool add)
{
    MapLayerSet *set = m_canvas->layers();
    bool clickTaken = false;
    const std::vector<MapLayer> &layers = set->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!m_target.isEmpty() ? it->id != m_target : !it->style.visible)
            continue;
        std::vector<int> rows;
        if (isClick) {
            // A click picks the topmost feature only, as users expect from a desktop GIS.
            if (!clickTaken)
                rows = gis::featuresAt(*it->data, mapRect.center(), mapRect.width() / 2);
            if (rows.size() > 1)
                rows.resize(1);
            clickTaken = clickTaken || !rows.empty();
        } else {
            rows = gis::featuresIn(*it->data, mapRect);
        }
        QSet<int> selection = add ? set->selection(it->id) : QSet<int>{};
        for (int row : rows)
            selection.insert(row);
        set->setSelection(it->id, selection);
    }
}

void SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_start = m_end = event->position();
}

void SelectTool::mouseMove(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_end = event->position();
    m_canvas->update();
}

void SelectTool::mouseRelease(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_end = event->position();
    const bool add = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    const gis::MapTransform &t = m_canvas->transform();
    const QPointF delta = m_end - m_start;
    if (std::abs(delta.x()) < 3 && std::abs(delta.y()) < 3) {
        const double tol = m_canvas->pickTolerance();
        const QPointF centre = t.toMap(m_end);
        selectIn(QRectF(centre.x() - tol, centre.y() - tol, 2 * tol, 2 * tol), true, add);
    } else {
        selectIn(QRectF(t.toMap(m_start), t.toMap(m_end)).normalized(), false, add);
    }
    m_canvas->update();
}

void SelectTool::paint(QPainter &painter)
{
    if (!m_dragging)
        return;
    painter.save();
    painter.setPen(QPen(QColor(0, 120, 215), 1, Qt::DashLine));
    painter.setBrush(QColor(0, 120, 215, 40));
    painter.drawRect(QRectF(m_start, m_end).normalized());
    painter.restore();
}

void SelectTool::deactivate()
{
    m_dragging = false;
}

} // namespace fg::app
