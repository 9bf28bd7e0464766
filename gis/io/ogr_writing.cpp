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
    const QByteArray wkb = toWkb(geometry);
    OGRGeometryH result = nullptr;
    if (!wkb.isEmpty())
        OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &result, size_t(wkb.size()));
    return multi && result ? OGR_G_ForceToMultiPolygon(result) : result;
}

} // namespace fg::gis
