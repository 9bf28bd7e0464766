// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/map_tool.h"
#include "app/map/measurement.h"

#include <QPolygonF>

namespace fg::app {

/// Measures a line or a polygon drawn by clicks: each click adds a vertex, a double click or the
/// right button finishes, Esc starts over. Results go out through measured().
class MeasureTool : public MapTool
{
    Q_OBJECT

public:
    enum class Mode { Distance, Area };
    MeasureTool(MapCanvas *canvas, Mode mode);

    Mode mode() const { return m_mode; }
    /// The map's working CRS, used for geodesic and ellipsoidal values.
    void setCrs(int epsg, const QString &definition);
    /// Measures the given map vertices (what the clicks produce), emits measured() and returns the text.
    QString measure(const QPolygonF &mapPoints);

    void mouseRelease(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseDoubleClick(QMouseEvent *event) override;
    void keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

signals:
    void measured(const QString &text);

private:
    Mode m_mode;
    int m_epsg = 0;
    QString m_crs;
    QPolygonF m_points;    ///< map coordinates
    QPointF m_cursor;      ///< map coordinates
    bool m_finished = false;
    bool m_swallowRelease = false;
};

} // namespace fg::app
