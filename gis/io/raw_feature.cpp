// SPDX-License-Identifier: MIT
#include "gis/io/raw_feature.h"

#include "gis/io/proven_polygon_wkb.h"

namespace fg::gis {

void checkRawFeature(RawFeature &feature, GeometryKind kind)
{
    // What checkAndRepair() would answer for this WKB, proven without reading it into GEOS.
    if (!feature.unreadable && (kind == GeometryKind::Polygon || kind == GeometryKind::Unknown)
        && provenValidPolygonWkb(feature.wkb, &feature.box)) {
        feature.verdict = GeometryVerdict::Valid;
        feature.kind = GeometryKind::Polygon;
        feature.asRead = true;
        feature.proven = true;
        return;
    }
    if (!feature.unreadable && !feature.wkb.isEmpty()) {
        feature.geometry = fromWkb(feature.wkb);
        if (!feature.geometry) {
            takeGeosError();
            feature.unreadable = true;
        }
    }
    const GEOSGeometry *asRead = feature.geometry.get();
    feature.verdict = checkAndRepair(feature.geometry, kind, &feature.reason);
    const bool kept = feature.verdict == GeometryVerdict::Valid || feature.verdict == GeometryVerdict::Repaired;
    feature.kind = kept ? geometryKindOf(feature.geometry.get()) : GeometryKind::Unknown;
    // FeatureReader::keepOrSkip's test for a row whose source WKB is its geometry.
    feature.asRead = feature.verdict == GeometryVerdict::Valid && feature.kind == GeometryKind::Polygon
        && feature.geometry.get() == asRead;
}

} // namespace fg::gis
