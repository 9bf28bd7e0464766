// SPDX-License-Identifier: MIT
// Finding the layers and fields that analyses and reports work on among the map's layers.
#pragma once

#include "app/map/map_layer_set.h"
#include "gis/io/vector_layer.h"

#include <initializer_list>

namespace fg::app {

/// The bottom-most map layer drawn as `kind` (the incident, basic farmland or land-use layer);
/// null when there is none. The pointer lives until the set changes.
inline const MapLayer *firstOfKind(const MapLayerSet &layers, gis::StyleKind kind)
{
    for (const MapLayer &layer : layers.layers())
        if (layer.style.kind == kind)
            return &layer;
    return nullptr;
}

/// The first of `names` that `layer` has, spelled as the layer spells it; empty when none.
inline QString firstField(const gis::VectorLayer &layer, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (layer.fieldIndex(QString::fromLatin1(name)) >= 0)
            return layer.fields[size_t(layer.fieldIndex(QString::fromLatin1(name)))].name;
    return {};
}

} // namespace fg::app
