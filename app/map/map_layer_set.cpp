// SPDX-License-Identifier: MIT
#include "app/map/map_layer_set.h"

#include "app/map/layer_text.h"
#include "gis/io/vector_layer.h"
#include "gis/render/layer_render_cache.h"

#include <algorithm>

namespace fg::app {

MapLayerSet::MapLayerSet(QObject *parent)
    : QObject(parent)
{
}

QString MapLayerSet::addLayer(std::shared_ptr<const gis::VectorLayer> data, const QRectF &extent)
{
    MapLayer layer;
    layer.id = QStringLiteral("layer%1").arg(m_nextId++);
    layer.style = gis::defaultStyleFor(*data);
    layer.title = LayerText::title(*data);
    layer.extent = extent.isNull() ? data->extent() : extent;
    layer.data = std::move(data);
    layer.cache = std::make_shared<gis::LayerRenderCache>();
    // A new layer goes on top, so the user sees what was opened; incidents stay above it (they
    // are what the map is for), and opaque land use stays under every overlay.
    const gis::StyleKind kind = layer.style.kind;
    auto position = std::find_if(m_layers.begin(), m_layers.end(), [kind](const MapLayer &l) {
        if (kind == gis::StyleKind::LandUse)
            return l.style.kind != gis::StyleKind::LandUse;
        return kind != gis::StyleKind::Incident && l.style.kind == gis::StyleKind::Incident;
    });
    const QString id = layer.id;
    m_layers.insert(position, std::move(layer));
    emit layersChanged();
    return id;
}

void MapLayerSet::setMisplaced(const QString &id, bool misplaced)
{
    if (MapLayer *l = find(id))
        l->misplaced = misplaced;
}

void MapLayerSet::removeLayer(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_layers.erase(m_layers.begin() + index);
    m_selection.remove(id);
    emit layersChanged();
}

void MapLayerSet::clear()
{
    m_layers.clear();
    m_selection.clear();
    m_home = QRectF();
    emit layersChanged();
}

void MapLayerSet::moveLayer(const QString &id, int delta)
{
    const int index = indexOf(id);
    const int target = index + delta;
    if (index < 0 || target < 0 || target >= int(m_layers.size()) || delta == 0)
        return;
    std::swap(m_layers[size_t(index)], m_layers[size_t(target)]);
    emit layersChanged();
}

const MapLayer *MapLayerSet::layer(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_layers[size_t(index)];
}

MapLayer *MapLayerSet::find(const QString &id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_layers[size_t(index)];
}

int MapLayerSet::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i].id == id)
            return int(i);
    return -1;
}

QRectF MapLayerSet::extent() const
{
    QRectF all;
    for (const MapLayer &l : m_layers)
        if (!l.extent.isNull())
            all = all.isNull() ? l.extent : all.united(l.extent);
    return all;
}

QRectF MapLayerSet::homeExtent() const
{
    if (!m_home.isNull())
        return m_home;
    QRectF all;
    for (const MapLayer &l : m_layers)
        if (!l.extent.isNull() && !l.misplaced)
            all = all.isNull() ? l.extent : all.united(l.extent);
    return all;
}

void MapLayerSet::setStyle(const QString &id, const gis::LayerStyle &style)
{
    if (MapLayer *l = find(id)) {
        l->style = style;
        emit styleChanged(id);
    }
}

void MapLayerSet::setVisible(const QString &id, bool visible)
{
    MapLayer *l = find(id);
    if (l && l->style.visible != visible) {
        l->style.visible = visible;
        emit styleChanged(id);
    }
}

void MapLayerSet::setOpacity(const QString &id, double opacity)
{
    MapLayer *l = find(id);
    if (l && l->style.opacity != opacity) {
        l->style.opacity = std::clamp(opacity, 0.0, 1.0);
        emit styleChanged(id);
    }
}

void MapLayerSet::setSelection(const QString &id, const QSet<int> &rows)
{
    if (m_selection.value(id) == rows)
        return;
    if (rows.isEmpty())
        m_selection.remove(id);
    else
        m_selection.insert(id, rows);
    emit selectionChanged(id);
}

void MapLayerSet::clearSelection()
{
    const QList<QString> ids = m_selection.keys();
    m_selection.clear();
    for (const QString &id : ids)
        emit selectionChanged(id);
}

std::vector<gis::LayerSnapshot> MapLayerSet::snapshot() const
{
    std::vector<gis::LayerSnapshot> layers;
    layers.reserve(m_layers.size());
    for (const MapLayer &l : m_layers)
        layers.push_back({l.id, l.data, l.style, l.cache});
    return layers;
}

void MapLayerSet::setWorkingCrs(int epsg, const QString &name, bool geographic)
{
    m_workingEpsg = epsg;
    m_workingCrsName = name;
    m_geographic = geographic;
}

} // namespace fg::app
