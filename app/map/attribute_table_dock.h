// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace fg::app {

class AttributeTableModel;
class MapCanvas;
class MapLayerSet;

/// The attribute table of one layer: sort by a header click, filter by text in any column,
/// double-click a row to zoom to it. Selecting rows selects the features on the map and the reverse.
class AttributeTableDock : public QDockWidget
{
    Q_OBJECT

public:
    AttributeTableDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent = nullptr);

    void showLayer(const QString &id);
    QString layerId() const { return m_layerId; }
    void setFilterText(const QString &text);
    /// Zooms the map to the feature shown in a proxy (view) row and highlights it.
    void zoomToViewRow(int viewRow);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void refillLayers();
    void viewSelectionChanged();
    void mapSelectionChanged(const QString &id);

    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QComboBox *m_layerBox;
    QLineEdit *m_filter;
    QTableView *m_view;
    AttributeTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_layerId;
    bool m_syncing = false;
};

} // namespace fg::app
