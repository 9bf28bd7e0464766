// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"

namespace fg::gis {

/// What the geometry check did to one feature's geometry.
enum class GeometryVerdict {
    Valid, ///< kept as read
    Repaired, ///< was invalid; replaced by GEOS MakeValid's result
    Empty, ///< null or empty: the caller skips the feature
    Collapsed, ///< invalid, and nothing polygonal was left after repair: the caller skips it
    WrongKind, ///< not of the layer's kind (e.g. a point in a polygon layer): the caller skips it
};

/// Kind of a GEOS geometry (multi-geometries count as their element kind; collections as Unknown).
GeometryKind geometryKindOf(const GEOSGeometry *g);

/// Checks one geometry for a layer of `kind` and repairs invalid polygons in place with
/// GEOSMakeValid (structure method: holes and multiparts are kept, collapsed parts dropped, the
/// result stays polygonal). Polygon layers accept a collection only for its polygonal parts.
/// Uses the calling thread's GEOS context. `reason` receives GEOS's validity reason when invalid.
GeometryVerdict checkAndRepair(GeosGeometryPtr &geometry, GeometryKind kind, QString *reason = nullptr);

} // namespace fg::gis
