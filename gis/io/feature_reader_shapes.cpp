// SPDX-License-Identifier: MIT
// FeatureReader's raw read with the geometry taken from the mapped .shp (LayerStream).
#include "gis/io/feature_reader_p.h"

#include "gis/io/shapefile_records.h"
#include "gis/io/shapefile_wkb.h"

namespace fg::gis {

namespace {

/// Tells OGR to read (true) or skip the geometry of the layer's features, attributes always.
void readOgrGeometry(OGRLayerH layer, bool read)
{
    const char *ignored[] = { "OGR_GEOMETRY", nullptr };
    OGR_L_SetIgnoredFields(layer, read ? nullptr : ignored);
}

} // namespace

void FeatureReader::rawShape(RawFeature &row)
{
    if (shapefilePolygonWkb(*m_shapes, row.fid, row.wkb) != ShapeWkb::AskOgr)
        return;
    // A record the fast path leaves alone: OGR reads it by its id, as the sequential read would
    // have, and says what it says about it (a corrupt record, an unclosed ring) at this feature.
    // The shapefile driver's random read leaves the sequential one where it was.
    readOgrGeometry(m_layer, true);
    const OgrFeaturePtr feature(OGR_L_GetFeature(m_layer, GIntBig(row.fid)));
    readOgrGeometry(m_layer, false);
    noteRecordError(row.fid, *m_chunkErrors, m_chunkMessages);
    if (feature)
        rawGeometry(static_cast<OGRFeatureH>(feature.get()), row);
}

} // namespace fg::gis
