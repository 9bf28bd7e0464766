// SPDX-License-Identifier: MIT
#include "app/map/map_tool.h"

#include "app/map/map_canvas.h"

namespace fg::app {

MapTool::MapTool(MapCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{
}

// The base tool ignores input: subclasses pick what they react to.
void MapTool::mousePress(QMouseEvent *) {}
void MapTool::mouseMove(QMouseEvent *) {}
void MapTool::mouseRelease(QMouseEvent *) {}
void MapTool::mouseDoubleClick(QMouseEvent *) {}
void MapTool::keyPress(QKeyEvent *) {}
void MapTool::paint(QPainter &) {}
void MapTool::deactivate() {}

} // namespace fg::app
