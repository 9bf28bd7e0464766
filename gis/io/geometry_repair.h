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
    NonFinite, ///< a NaN or infinite coordinate: the caller skips it (never repaired)
};

/// Kind of a GEOS geometry (multi-geometries count as their element kind; collections as Unknown).
GeometryKind geometryKindOf(const GEOSGeometry *g);

/// True when any coordinate of @p g is NaN or infinite (a damaged record, a bad export, a
/// reprojection far outside the CRS's area). Null and empty geometries have none.
bool hasNonFiniteCoordinates(const GEOSGeometry *g);

/// Checks one geometry for a layer of `kind` and repairs invalid polygons in place with
/// GEOSMakeValid (structure method: holes and multiparts are kept, collapsed parts dropped, the
/// result stays polygonal). A geometry with a NaN or infinite coordinate is NonFinite, left as it
/// is: repairing it would silently measure another shape. Polygon layers accept a collection only for its
/// polygonal parts. Uses the calling thread's GEOS context. `reason` receives GEOS's validity reason when
/// invalid.
GeometryVerdict checkAndRepair(GeosGeometryPtr &geometry, GeometryKind kind, QString *reason = nullptr);

} // namespace fg::gis
