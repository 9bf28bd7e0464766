// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/identify_tool.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace fg::app {

class MapCanvas;
class MapLayerSet;

/// Identify results: one entry per feature found (layer and feature id), its attributes beneath.
/// Selecting an entry highlights that feature on the map.
class IdentifyDock : public QDockWidget
{
    Q_OBJECT

public:
    IdentifyDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent = nullptr);

    void showHits(const QPointF &mapPoint, const QVector<IdentifyHit> &hits);
    QTreeWidget *tree() const { return m_tree; }

private:
    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QLabel *m_where;
    QTreeWidget *m_tree;
};

} // namespace fg::app
