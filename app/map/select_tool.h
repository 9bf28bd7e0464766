// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/map_tool.h"

#include <QPointF>
#include <QRectF>

namespace fg::app {

/// Selects features by click or by dragging a rectangle, in the target layer (or, with none set,
/// in every visible layer). Shift or Ctrl adds to the selection; a click on nothing clears it.
class SelectTool : public MapTool
{
    Q_OBJECT

public:
    explicit SelectTool(MapCanvas *canvas);

    /// Layer to select in; empty: all visible layers.
    void setTargetLayer(const QString &id) { m_target = id; }
    /// Selects what lies in the map rectangle (a click is a rectangle of pick tolerance).
    void selectIn(const QRectF &mapRect, bool isClick, bool add);

    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

private:
    QString m_target;
    bool m_dragging = false;
    QPointF m_start;
    QPointF m_end;
};

} // namespace fg::app
