// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>

#include <memory>
#include <vector>

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

/// Snaps a map point to the vertices and edges of polygon layers (parcels, basic farmland):
/// the nearest vertex within the tolerance wins, else the nearest point on an edge within it.
/// Uses each layer's spatial index; the layers are shared, read-only. UI thread.
class VertexSnapper
{
public:
    enum class Kind { None, Vertex, Edge };
    struct Snap
    {
        QPointF point; ///< the snapped point (the input when Kind::None)
        Kind kind = Kind::None;
    };

    VertexSnapper() = default;
    explicit VertexSnapper(std::vector<std::shared_ptr<const gis::VectorLayer>> layers);
    void setLayers(std::vector<std::shared_ptr<const gis::VectorLayer>> layers) { m_layers = std::move(layers); }

    /// @p tolerance in map units (the caller turns its pixel tolerance into map units).
    Snap snap(const QPointF &point, double tolerance) const;

private:
    std::vector<std::shared_ptr<const gis::VectorLayer>> m_layers;
};

} // namespace fg::app
