// SPDX-License-Identifier: MIT
#include "gis/io/ogr_writing_p.h"

namespace fg::gis {

OGRFieldType ogrFieldType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return OFTInteger64;
    case FieldType::Real:
        return OFTReal;
    case FieldType::Date:
        return OFTDate;
    case FieldType::DateTime:
        return OFTDateTime;
    case FieldType::Text:
    case FieldType::Other:
        break;
    }
    return OFTString;
}

OgrSrsPtr ogrSrsForEpsg(int epsg)
{
    OgrSrsPtr srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), epsg);
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRGeometryH ogrGeometryFromGeos(const GEOSGeometry *geometry, bool multi)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setByteOrder_r(ctx, writer, GEOS_WKB_NDR);
    size_t size = 0;
    unsigned char *wkb = GEOSWKBWriter_write_r(ctx, writer, geometry, &size);
    GEOSWKBWriter_destroy_r(ctx, writer);
    OGRGeometryH result = nullptr;
    if (wkb)
        OGR_G_CreateFromWkbEx(wkb, nullptr, &result, size);
    GEOSFree_r(ctx, wkb);
    return multi && result ? OGR_G_ForceToMultiPolygon(result) : result;
}

} // namespace fg::gis
