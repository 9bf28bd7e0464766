// SPDX-License-Identifier: MIT
#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace fg::app {

class MapCanvas;

/// An interaction mode of the canvas (identify, select, measure). The canvas forwards mouse and
/// key events to the active tool and lets it paint over the map; with no tool, left-drag pans.
/// Middle-drag pans and the wheel zooms whatever the tool.
class MapTool : public QObject
{
    Q_OBJECT

public:
    explicit MapTool(MapCanvas *canvas);

    virtual void mousePress(QMouseEvent *event);
    virtual void mouseMove(QMouseEvent *event);
    virtual void mouseRelease(QMouseEvent *event);
    virtual void mouseDoubleClick(QMouseEvent *event);
    virtual void keyPress(QKeyEvent *event);
    /// Paints in the canvas's logical pixel coordinates, over the map.
    virtual void paint(QPainter &painter);
    /// Called when another tool takes over: drop rubber bands.
    virtual void deactivate();
    virtual QCursor cursor() const { return Qt::CrossCursor; }

protected:
    MapCanvas *m_canvas;
};

} // namespace fg::app
