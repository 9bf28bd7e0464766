// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/map_tool.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace fg::app {

/// One feature found by identify.
struct IdentifyHit
{
    QString layerId;
    int row = -1;
};

/// Click on the map: the features there, most relevant first — incidents, then basic farmland and
/// land use and other layers, boundaries last; within a rank the upper layer first. A polygon
/// answers only where it contains the point (incidents drawn as markers also within the pick
/// tolerance); points and lines within the tolerance. The first is highlighted; the dock lists
/// the others.
class IdentifyTool : public MapTool
{
    Q_OBJECT

public:
    explicit IdentifyTool(MapCanvas *canvas);

    /// The features of the visible layers at a map point (`tolerance` in map units), most relevant first.
    QVector<IdentifyHit> identifyAt(const QPointF &mapPoint, double tolerance) const;

    void mouseRelease(QMouseEvent *event) override;
    void deactivate() override;
    QCursor cursor() const override { return Qt::WhatsThisCursor; }

signals:
    void identified(const QPointF &mapPoint, const QVector<fg::app::IdentifyHit> &hits);
};

} // namespace fg::app
