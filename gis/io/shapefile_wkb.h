// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace fg::gis {

class ShapefileRecords;

/// What shapefilePolygonWkb() made of a record.
enum class ShapeWkb {
    None, ///< a null record: OGR gives the feature no geometry
    Written, ///< the WKB OGR would export for it is in the output
    AskOgr, ///< anything else (several parts, an unclosed ring, another type, a record not framed
            ///< exactly): OGR is to read it, with whatever it says about it
};

/// The WKB (little-endian, 2D) that OGR's shapefile driver and FeatureReader's raw export give
/// for record @p index of a Polygon shapefile, written straight from the mapped record into
/// @p wkb (its capacity reused): a one-part record of type Polygon, exactly framed, with at least
/// four points, whose first and last points are equal (OGR warns about an unclosed ring, so that
/// one is left to it) becomes a Polygon of that one ring, its points as stored — the ring order,
/// orientation and closure OGR gives. Everything else is None or AskOgr, with @p wkb emptied.
/// Pinned against OGR byte for byte by tests/gis/io/shapefile_wkb_test.cpp. Any thread.
ShapeWkb shapefilePolygonWkb(const ShapefileRecords &records, qint64 index, QByteArray &wkb);

} // namespace fg::gis
