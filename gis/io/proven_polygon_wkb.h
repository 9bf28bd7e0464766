// SPDX-License-Identifier: MIT
// A raw row's polygon proven valid from its WKB bytes, without GEOS (docs/design/create-proof.md).
#pragma once

#include "gis/geometry/geometry_box.h"

#include <QByteArray>

namespace fg::gis {

/// True when @p wkb is a little-endian 2D Polygon of one ring, framed exactly (no byte after its
/// last point), whose ring provenSimpleRing() proves simple: GEOS would read it, find it neither
/// empty nor non-finite, and call it valid, so checkAndRepair() would keep it as read. @p box then
/// receives the envelope GEOS gives that polygon (its ring's points taken in order, as GEOS's
/// Envelope expands). False when not proven, @p box unchanged: the caller asks GEOS. Why: GEOS's
/// read, IsValid and free were half of project create's checking threads; a parcel's single
/// ring is what the counties' layers nearly all hold. Any thread; touches nothing but its arguments.
bool provenValidPolygonWkb(const QByteArray &wkb, GeometryBox *box);

} // namespace fg::gis
