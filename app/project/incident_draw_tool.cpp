// SPDX-License-Identifier: MIT
#include "app/project/incident_draw_tool.h"

#include "app/map/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace fg::app {

IncidentDrawTool::IncidentDrawTool(MapCanvas *canvas)
    : MapTool(canvas)
{
}

VertexSnapper::Snap IncidentDrawTool::snapAt(const QPointF &pixel) const
{
    const gis::MapTransform &view = m_canvas->transform();
    return m_snapper.snap(view.toMap(pixel), m_snapPixels * view.unitsPerPixel());
}

void IncidentDrawTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_vertices << snapAt(event->position()).point;
    m_undone.clear();
    m_canvas->update();
}

void IncidentDrawTool::mouseMove(QMouseEvent *event)
{
    m_hover = snapAt(event->position());
    m_hovering = true;
    m_canvas->update();
}

void IncidentDrawTool::mouseDoubleClick(QMouseEvent *event)
{
    // The double-click's first press already added its vertex; the second press comes here.
    Q_UNUSED(event);
    finish();
}

void IncidentDrawTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace || event->matches(QKeySequence::Undo))
        undo();
    else if (event->matches(QKeySequence::Redo))
        redo();
    else if (event->key() == Qt::Key_Escape)
        deactivate();
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        finish();
    else
        return;
    m_canvas->update();
}

void IncidentDrawTool::undo()
{
    if (!m_vertices.isEmpty())
        m_undone << m_vertices.takeLast();
}

void IncidentDrawTool::redo()
{
    if (!m_undone.isEmpty())
        m_vertices << m_undone.takeLast();
}

bool IncidentDrawTool::finish()
{
    // A double-click can leave the last vertex twice; drop repeats before judging the ring.
    QList<QPointF> ring;
    for (const QPointF &p : m_vertices) {
        if (ring.isEmpty() || ring.last() != p)
            ring << p;
    }
    if (ring.size() < 3)
        return false;
    m_vertices.clear();
    m_undone.clear();
    m_canvas->update();
    emit polygonFinished(ring);
    return true;
}

void IncidentDrawTool::paint(QPainter &painter)
{
    const gis::MapTransform &view = m_canvas->transform();
    QPolygonF pixels;
    for (const QPointF &p : m_vertices)
        pixels << view.toPixel(p);
    if (m_hovering && !pixels.isEmpty())
        pixels << view.toPixel(m_hover.point);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(200, 0, 160), 2));
    painter.setBrush(QColor(200, 0, 160, 50));
    if (pixels.size() >= 3)
        painter.drawPolygon(pixels);
    else
        painter.drawPolyline(pixels);
    painter.setBrush(Qt::white);
    for (const QPointF &p : m_vertices)
        painter.drawEllipse(view.toPixel(p), 3.5, 3.5);
    if (m_hovering && m_hover.kind != VertexSnapper::Kind::None) {
        painter.setPen(QPen(m_hover.kind == VertexSnapper::Kind::Vertex ? Qt::magenta : Qt::darkCyan, 2));
        painter.setBrush(Qt::NoBrush);
        const QPointF at = view.toPixel(m_hover.point);
        painter.drawRect(QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
    }
}

void IncidentDrawTool::deactivate()
{
    m_vertices.clear();
    m_undone.clear();
    m_hovering = false;
    m_canvas->update();
}

} // namespace fg::app
