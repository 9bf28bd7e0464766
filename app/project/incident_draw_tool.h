// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/map_tool.h"
#include "app/project/vertex_snapper.h"

#include <QList>
#include <QPointF>

namespace fg::app {

/// Draws a new incident's polygon on the map: click to add vertices (snapped to parcel vertices,
/// else edges, within snapPixels()), Backspace or Ctrl+Z removes the last vertex, Ctrl+Y puts it
/// back, Escape abandons, double-click finishes with three or more vertices (polygonFinished()).
class IncidentDrawTool : public MapTool
{
    Q_OBJECT

public:
    explicit IncidentDrawTool(MapCanvas *canvas);

    VertexSnapper &snapper() { return m_snapper; }
    void setSnapPixels(double pixels) { m_snapPixels = pixels; }
    double snapPixels() const { return m_snapPixels; }
    /// Snaps a pixel position on the canvas to a map point.
    VertexSnapper::Snap snapAt(const QPointF &pixel) const;
    const QList<QPointF> &vertices() const { return m_vertices; }

    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseDoubleClick(QMouseEvent *event) override;
    void keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

    void undo();
    void redo();
    /// Emits polygonFinished() when there are three vertices or more; false otherwise.
    bool finish();

signals:
    /// The drawn ring in map units (working CRS), not closed.
    void polygonFinished(const QList<QPointF> &ring);

private:
    VertexSnapper m_snapper;
    double m_snapPixels = 10;
    QList<QPointF> m_vertices;
    QList<QPointF> m_undone;
    VertexSnapper::Snap m_hover;
    bool m_hovering = false;
};

} // namespace fg::app
