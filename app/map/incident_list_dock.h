// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/analysis_runner.h"
#include "app/map/listed_verdict.h"

#include <QDockWidget>

class QTreeWidget;

namespace fg::app {

class MapCanvas;
class MapLayerSet;

/// The incidents of every incident layer on the map: verdict, number, party, township, type, date,
/// reported area and, once analysed, occupied basic farmland and cultivated mu; accountability
/// cases first. Clicking a row zooms to the incident and emits featureClicked().
class IncidentListDock : public QDockWidget
{
    Q_OBJECT

public:
    IncidentListDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    /// Shows an analysis's occupied areas and verdicts for its incident layer.
    void setAnalysis(const MapAnalysis &analysis);
    /// The verdicts of a layer's features (by feature id) as their judge gives them: they win over
    /// an analysis's and the layer style's, so the list says what every other view says.
    void setVerdicts(const QString &layerId, const QHash<qint64, ListedVerdict> &verdicts);
    /// Makes the row of a layer's feature current (scrolled to), without emitting or zooming;
    /// false when the list has no such row.
    bool setCurrentFeature(const QString &layerId, int row);
    /// The current row's layer and feature row (empty and -1 when none).
    std::pair<QString, int> currentFeature() const;

signals:
    void featureClicked(const QString &layerId, int row);

private:
    void rebuild();
    void zoomTo(const QString &layerId, int row);

    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    QTreeWidget *m_tree;
    QHash<QString, QHash<qint64, IncidentFigures>> m_figures;  ///< by layer id, then feature id
    QHash<QString, QHash<qint64, ListedVerdict>> m_verdicts; ///< by layer id, then feature id
};

} // namespace fg::app
