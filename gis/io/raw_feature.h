// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geometry/geometry_box.h"
#include "gis/io/geometry_repair.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

namespace fg::gis {

/// One feature as a chunked read hands it on before its geometry check (LayerStream::nextRaw):
/// the check (IsValid, repair) runs on another thread (checkRawFeature), and the reader then
/// accounts for it in the read's order (LayerStream::settle), so the result is the one a
/// readLayer() of the same source gives. See docs/design/create-checking.md.
struct RawFeature
{
    qint64 fid = 0;
    std::vector<QVariant> values; ///< decoded as readLayer() decodes them
    QByteArray wkb; ///< the geometry's WKB as OGR gives it (2D, linearised); empty when none
    bool unreadable = false; ///< OGR could not export it, or GEOS could not read it
    GeosGeometryPtr geometry; ///< read from @c wkb by checkRawFeature(), checked and repaired
    // Filled by checkRawFeature():
    GeometryVerdict verdict = GeometryVerdict::Empty;
    QString reason; ///< GEOS's validity reason when repaired
    GeometryKind kind = GeometryKind::Unknown; ///< of the geometry kept
    bool asRead = false; ///< kept, valid, a polygon, and unchanged: @c wkb is its geometry
    /// Proven valid from @c wkb without GEOS (provenValidPolygonWkb): @c geometry stays null and
    /// @c box holds the envelope GEOS would give.
    bool proven = false;
    GeometryBox box;
};

/// Reads @p feature's WKB into GEOS (unreadable when GEOS cannot), runs checkAndRepair() on it
/// for a layer of @p kind and fills its verdict, reason, kind and asRead, as FeatureReader
/// decides them for a row it keeps. A one-ring polygon in a polygon layer whose ring is proven
/// simple from its WKB (provenValidPolygonWkb) gets the same verdict without GEOS (proven, no
/// geometry). Any thread (its own GEOS context); touches nothing but @p feature.
void checkRawFeature(RawFeature &feature, GeometryKind kind);

} // namespace fg::gis
