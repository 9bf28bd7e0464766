// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_legend.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

#include <vector>

class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace fg::app {

class MapCanvas;
class MapLayerSet;

/// The layer list: top layer first, each with its title, a check box for visibility and its
/// legend beneath (三调 classes present, hatch, verdict colours …); buttons to move, zoom to and
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
    /// Remembers which layers' legends the user folded, across rebuilds.
    void trackFolding();
    /// The legend of a layer, computed once per layer and style kind (a county's parcels take a scan).
    const std::vector<gis::LegendEntry> &legend(const QString &id);

    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QTreeWidget *m_tree;
    QSlider *m_opacity;
    bool m_rebuilding = false;
    struct CachedLegend
    {
        const void *data = nullptr;
        int kind = -1;
        QString field;
        std::vector<gis::LegendEntry> entries;
    };
    QHash<QString, CachedLegend> m_legends;
    QSet<QString> m_collapsed; ///< layers whose legend the user folded
};

} // namespace fg::app
