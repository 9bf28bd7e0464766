// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace fg::app {

class MapCanvas;
class MapLayerSet;

/// The layer list: top layer first, a check box for visibility, buttons to move, zoom to and
/// remove the current layer, and a slider for its opacity.
class LayerTreeDock : public QDockWidget
{
    Q_OBJECT

public:
    LayerTreeDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent = nullptr);

    QString currentLayerId() const;
    void setCurrentLayer(const QString &id);
    /// Opens the style dialog for the current layer (modal).
    void editStyle();
    QTreeWidget *tree() const { return m_tree; }

signals:
    void currentLayerChanged(const QString &id);

private:
    void rebuild();
    void onItemChanged(QTreeWidgetItem *item);
    void syncOpacity();

    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QTreeWidget *m_tree;
    QSlider *m_opacity;
    bool m_rebuilding = false;
};

} // namespace fg::app
