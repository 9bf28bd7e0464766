// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/render_job.h"

#include <QObject>
#include <QRectF>
#include <QSet>

#include <memory>
#include <vector>

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

/// One layer on the map: shared read-only data, its title, its style and its cached extent.
struct MapLayer
{
    QString id;
    std::shared_ptr<const gis::VectorLayer> data;
    QString title;          ///< what the user reads (LayerText::title), not the source's table name
    gis::LayerStyle style;
    QRectF extent;
    bool misplaced = false; ///< its CRS does not fit its coordinates: left out of the home extent
    std::shared_ptr<gis::LayerRenderCache> cache; ///< what its renders keep (boxes, outlines)
};

/// The layers of the map, bottom to top, with per-layer selection. Lives on the UI thread;
/// renders read copies (snapshots), never this object.
class MapLayerSet : public QObject
{
    Q_OBJECT

public:
    explicit MapLayerSet(QObject *parent = nullptr);

    /// Adds a layer (its spatial index must be built) with its default style on top of the map:
    /// above every layer but the incident layers (which stay on top), except an opaque land-use
    /// layer, which goes above the other land-use layers only. Returns the new layer's id. Pass
    /// the extent when it is known (computed off the UI thread): for a county's parcels computing
    /// it here takes a noticeable pause.
    QString addLayer(std::shared_ptr<const gis::VectorLayer> data, const QRectF &extent = QRectF());
    /// Marks a layer whose CRS does not fit its coordinates (kept out of homeExtent()).
    void setMisplaced(const QString &id, bool misplaced);
    void removeLayer(const QString &id);
    void clear();
    /// Moves the layer one step up (towards the top, delta > 0) or down.
    void moveLayer(const QString &id, int delta);

    const std::vector<MapLayer> &layers() const { return m_layers; }
    const MapLayer *layer(const QString &id) const;
    int indexOf(const QString &id) const;
    /// Union of all layers' extents (null when empty).
    QRectF extent() const;
    /// What 全图 shows: the project's area when one is set, else the union of the layers that are
    /// not misplaced (null when none).
    QRectF homeExtent() const;
    /// Sets the project's area (null: none). clear() forgets it.
    void setHomeExtent(const QRectF &extent) { m_home = extent; }

    void setStyle(const QString &id, const gis::LayerStyle &style);
    void setVisible(const QString &id, bool visible);
    void setOpacity(const QString &id, double opacity);

    /// Selected rows of a layer.
    QSet<int> selection(const QString &id) const { return m_selection.value(id); }
    void setSelection(const QString &id, const QSet<int> &rows);
    void clearSelection();

    /// The render snapshot: copies of styles plus shared data pointers, bottom to top.
    std::vector<gis::LayerSnapshot> snapshot() const;

    /// The working CRS all layers are in (EPSG code, 0 when unknown) and its name.
    int workingEpsg() const { return m_workingEpsg; }
    QString workingCrsName() const { return m_workingCrsName; }
    bool geographic() const { return m_geographic; }
    void setWorkingCrs(int epsg, const QString &name, bool geographic);

signals:
    void layersChanged();                 ///< added, removed, reordered
    void styleChanged(const QString &id); ///< style, visibility or opacity
    void selectionChanged(const QString &id);

private:
    MapLayer *find(const QString &id);

    std::vector<MapLayer> m_layers;
    QHash<QString, QSet<int>> m_selection;
    int m_nextId = 1;
    int m_workingEpsg = 0;
    QString m_workingCrsName;
    bool m_geographic = false;
    QRectF m_home;
};

} // namespace fg::app
