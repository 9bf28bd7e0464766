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

/// Click on the map: every visible layer's features there, top layer first; the first is highlighted.
class IdentifyTool : public MapTool
{
    Q_OBJECT

public:
    explicit IdentifyTool(MapCanvas *canvas);

    /// The features of all visible layers at a map point within `tolerance` map units, top layer first.
    QVector<IdentifyHit> identifyAt(const QPointF &mapPoint, double tolerance) const;

    void mouseRelease(QMouseEvent *event) override;
    void deactivate() override;
    QCursor cursor() const override { return Qt::WhatsThisCursor; }

signals:
    void identified(const QPointF &mapPoint, const QVector<fg::app::IdentifyHit> &hits);
};

} // namespace fg::app
