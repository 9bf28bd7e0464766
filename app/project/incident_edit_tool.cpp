// SPDX-License-Identifier: MIT
#include "app/project/incident_edit_tool.h"

#include "app/map/map_canvas.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace fg::app {

namespace {

/// The point of segment a–b nearest to p.
QPointF nearestOnSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    return a + t * d;
}

} // namespace

IncidentEditTool::IncidentEditTool(MapCanvas *canvas)
    : MapTool(canvas)
{
}

bool IncidentEditTool::edit(const QString &incidentId, const GEOSGeometry *geometry)
{
    IncidentRings rings = IncidentReshaper::ringsOf(geometry);
    if (rings.isEmpty())
        return false;
    m_incidentId = incidentId;
    m_rings = std::move(rings);
    m_undo.clear();
    m_redo.clear();
    m_dragging = m_hover = Vertex();
    m_canvas->update();
    return true;
}

VertexSnapper::Snap IncidentEditTool::snapAt(const QPointF &pixel) const
{
    const gis::MapTransform &view = m_canvas->transform();
    return m_snapper.snap(view.toMap(pixel), m_snapPixels * view.unitsPerPixel());
}

IncidentEditTool::Vertex IncidentEditTool::vertexAt(const QPointF &pixel) const
{
    const gis::MapTransform &view = m_canvas->transform();
    // Grabbing needs a few pixels even when snapping is off.
    double best = std::max(m_snapPixels, 6.0);
    Vertex found;
    for (int p = 0; p < m_rings.size(); ++p) {
        for (int r = 0; r < m_rings[p].size(); ++r) {
            for (int i = 0; i < m_rings[p][r].size(); ++i) {
                const double distance = QLineF(view.toPixel(m_rings[p][r][i]), pixel).length();
                if (distance <= best) {
                    best = distance;
                    found = { p, r, i };
                }
            }
        }
    }
    return found;
}

IncidentEditTool::Vertex IncidentEditTool::edgeAt(const QPointF &pixel, QPointF *onEdge) const
{
    const gis::MapTransform &view = m_canvas->transform();
    double best = std::max(m_snapPixels, 6.0);
    Vertex found;
    for (int p = 0; p < m_rings.size(); ++p) {
        for (int r = 0; r < m_rings[p].size(); ++r) {
            const QList<QPointF> &ring = m_rings[p][r];
            for (int i = 0; i < ring.size(); ++i) {
                const QPointF a = view.toPixel(ring[i]);
                const QPointF b = view.toPixel(ring[(i + 1) % ring.size()]);
                const QPointF near = nearestOnSegment(pixel, a, b);
                const double distance = QLineF(near, pixel).length();
                if (distance <= best) {
                    best = distance;
                    found = { p, r, i };
                    *onEdge = view.toMap(near);
                }
            }
        }
    }
    return found;
}

bool IncidentEditTool::save(const IncidentRings &shape)
{
    const QString reason = m_commit ? m_commit(m_incidentId, shape) : tr("no project is open");
    if (!reason.isEmpty()) {
        emit refused(reason);
        return false;
    }
    m_rings = shape;
    emit saved(m_incidentId);
    return true;
}

bool IncidentEditTool::apply(const IncidentRings &next)
{
    const IncidentRings before = m_rings;
    if (next == before || !save(next))
        return false;
    m_undo << before;
    m_redo.clear();
    return true;
}

bool IncidentEditTool::undo()
{
    const IncidentRings current = m_rings;
    if (m_undo.isEmpty() || !save(m_undo.last()))
        return false;
    m_undo.removeLast();
    m_redo << current;
    m_canvas->update();
    return true;
}

bool IncidentEditTool::redo()
{
    const IncidentRings current = m_rings;
    if (m_redo.isEmpty() || !save(m_redo.last()))
        return false;
    m_redo.removeLast();
    m_undo << current;
    m_canvas->update();
    return true;
}

bool IncidentEditTool::removeVertex(const Vertex &vertex)
{
    if (!vertex.valid() || m_rings[vertex.polygon][vertex.ring].size() <= 3) {
        emit refused(tr("A ring keeps at least three vertices."));
        return false;
    }
    IncidentRings next = m_rings;
    next[vertex.polygon][vertex.ring].removeAt(vertex.index);
    m_hover = Vertex();
    return apply(next);
}

void IncidentEditTool::mousePress(QMouseEvent *event)
{
    if (m_incidentId.isEmpty())
        return;
    const Vertex vertex = vertexAt(event->position());
    if (event->button() == Qt::RightButton) {
        if (vertex.valid())
            removeVertex(vertex);
    } else if (event->button() == Qt::LeftButton && vertex.valid()) {
        m_dragging = vertex;
        m_dragPoint = m_rings[vertex.polygon][vertex.ring][vertex.index];
    }
    m_canvas->update();
}

void IncidentEditTool::mouseMove(QMouseEvent *event)
{
    if (m_dragging.valid())
        m_dragPoint = snapAt(event->position()).point;
    else
        m_hover = vertexAt(event->position());
    m_canvas->update();
}

void IncidentEditTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging.valid())
        return;
    const Vertex moved = m_dragging;
    m_dragging = Vertex();
    IncidentRings next = m_rings;
    next[moved.polygon][moved.ring][moved.index] = snapAt(event->position()).point;
    apply(next);
    m_canvas->update();
}

void IncidentEditTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_incidentId.isEmpty() || vertexAt(event->position()).valid())
        return;
    QPointF onEdge;
    const Vertex edge = edgeAt(event->position(), &onEdge);
    if (!edge.valid())
        return;
    const VertexSnapper::Snap snap = snapAt(event->position());
    IncidentRings next = m_rings;
    next[edge.polygon][edge.ring].insert(edge.index + 1, snap.kind == VertexSnapper::Kind::None ? onEdge : snap.point);
    apply(next);
    m_canvas->update();
}

void IncidentEditTool::keyPress(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo))
        undo();
    else if (event->matches(QKeySequence::Redo))
        redo();
    else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        removeVertex(m_hover);
    else if (event->key() == Qt::Key_Escape)
        m_canvas->setTool(nullptr);
    else
        return;
    m_canvas->update();
}

void IncidentEditTool::paint(QPainter &painter)
{
    const gis::MapTransform &view = m_canvas->transform();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int p = 0; p < m_rings.size(); ++p) {
        for (int r = 0; r < m_rings[p].size(); ++r) {
            QPolygonF pixels;
            for (int i = 0; i < m_rings[p][r].size(); ++i) {
                const bool dragged = m_dragging.valid() && m_dragging.polygon == p && m_dragging.ring == r && m_dragging.index == i;
                pixels << view.toPixel(dragged ? m_dragPoint : m_rings[p][r][i]);
            }
            painter.setPen(QPen(QColor(230, 120, 0), 2));
            painter.setBrush(QColor(230, 120, 0, 40));
            painter.drawPolygon(pixels);
            for (int i = 0; i < pixels.size(); ++i) {
                const bool hovered = m_hover.valid() && m_hover.polygon == p && m_hover.ring == r && m_hover.index == i;
                painter.setBrush(hovered ? QColor(230, 120, 0) : QColor(Qt::white));
                painter.drawRect(QRectF(pixels[i] - QPointF(4, 4), QSizeF(8, 8)));
            }
        }
    }
}

void IncidentEditTool::deactivate()
{
    m_incidentId.clear();
    m_rings.clear();
    m_undo.clear();
    m_redo.clear();
    m_dragging = m_hover = Vertex();
    m_canvas->update();
}

} // namespace fg::app
