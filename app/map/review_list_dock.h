// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/analysis_runner.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace fg::app {

class MapCanvas;
class MapLayerSet;

/// The review list (issue 16): after an analysis, what a person must look at on site — the
/// suspected split plots (疑似化整为零: each group with its members and totals; the map draws
/// its hull dashed) and the incidents marked 临界 with their reasons and range. Clicking a group
/// zooms to its outline; clicking an incident zooms to it and highlights it.
class ReviewListDock : public QDockWidget
{
    Q_OBJECT

public:
    ReviewListDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    /// Shows @p analysis's groups and 临界 incidents and draws the groups on the canvas.
    void setAnalysis(const MapAnalysis &analysis);

private:
    void activate(QTreeWidgetItem *item);
    /// The row of feature @p fid in the layer @p layerId; -1 when absent.
    int rowOf(const QString &layerId, qint64 fid) const;

    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QTreeWidget *m_tree;
    QString m_layerId;
};

} // namespace fg::app
