// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/map_tool.h"
#include "app/project/incident_reshaper.h"
#include "app/project/vertex_snapper.h"

#include <functional>

namespace fg::app {

/// Edits the vertices of a stored incident's polygon on the map: drag a vertex to move it,
/// double-click an edge to insert a vertex there, right-click a vertex (or hover it and press
/// Delete) to remove it (a ring keeps three). Moved and inserted vertices snap to parcel vertices,
/// else edges, within snapPixels(). Every finished edit is saved at once through the committer
/// (one audited geometry change); Ctrl+Z / Ctrl+Y undo and redo by saving the previous or next
/// shape again, so history is only ever appended. Escape stops editing. UI thread.
class IncidentEditTool : public MapTool
{
    Q_OBJECT

public:
    /// Saves a shape; returns an empty string, or why it was refused (the edit is then dropped).
    using Committer = std::function<QString(const QString &incidentId, const IncidentRings &rings)>;

    explicit IncidentEditTool(MapCanvas *canvas);

    VertexSnapper &snapper() { return m_snapper; }
    void setSnapPixels(double pixels) { m_snapPixels = pixels; }
    double snapPixels() const { return m_snapPixels; }
    void setCommitter(Committer committer) { m_commit = std::move(committer); }

    /// Starts editing @p incidentId whose stored polygon is @p geometry; false when it is not polygonal.
    bool edit(const QString &incidentId, const GEOSGeometry *geometry);
    QString incidentId() const { return m_incidentId; }
    const IncidentRings &rings() const { return m_rings; }
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    /// Saves the shape before the last edit; false when there is none or it was refused.
    bool undo();
    bool redo();

    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void mouseDoubleClick(QMouseEvent *event) override;
    void keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

signals:
    /// A shape was saved (an edit, an undo or a redo).
    void saved(const QString &incidentId);
    /// A shape was refused; nothing changed.
    void refused(const QString &reason);

private:
    struct Vertex
    {
        int polygon = -1, ring = -1, index = -1;
        bool valid() const { return index >= 0; }
    };
    Vertex vertexAt(const QPointF &pixel) const;
    /// The edge nearest to @p pixel within the tolerance: its first vertex and the point on it.
    Vertex edgeAt(const QPointF &pixel, QPointF *onEdge) const;
    VertexSnapper::Snap snapAt(const QPointF &pixel) const;
    bool removeVertex(const Vertex &vertex);
    bool save(const IncidentRings &shape);
    /// Saves @p next as a new edit (undoable).
    bool apply(const IncidentRings &next);

    VertexSnapper m_snapper;
    double m_snapPixels = 10;
    Committer m_commit;
    QString m_incidentId;
    IncidentRings m_rings;
    QList<IncidentRings> m_undo;
    QList<IncidentRings> m_redo;
    Vertex m_dragging;
    Vertex m_hover;
    QPointF m_dragPoint;
};

} // namespace fg::app
