// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QTreeWidget;

namespace fg::app {

class MapCanvas;
class MapLayerSet;

/// The incidents of every incident layer on the map: number, township, type, date, reported
/// area and verdict; accountability cases first. Clicking a row zooms to the incident.
class IncidentListDock : public QDockWidget
{
    Q_OBJECT

public:
    IncidentListDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    void rebuild();
    void zoomTo(const QString &layerId, int row);

    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QTreeWidget *m_tree;
};

} // namespace fg::app
