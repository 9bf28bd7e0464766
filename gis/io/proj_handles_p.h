// SPDX-License-Identifier: MIT
// Private to gis/io: owning PROJ object handles on the calling thread's context.
#pragma once

#include "gis/proj_context.h"

#include <proj.h>

#include <QString>
#include <memory>

namespace fg::gis {

struct PjDestroyer
{
    void operator()(PJ *p) const
    {
        if (p)
            proj_destroy(p);
    }
};
/// A PJ created on (and to be used on) the calling thread's PROJ context.
using PjPtr = std::unique_ptr<PJ, PjDestroyer>;

/// A CRS from "EPSG:n", WKT or a PROJ string; null when PROJ cannot make one.
inline PjPtr createCrs(const QString &definition)
{
    return PjPtr(proj_create(projContext(), definition.toUtf8().constData()));
}

/// A transformation between two CRS objects with (east, north) / (lon, lat) axis order on both
/// sides; null when PROJ finds none.
inline PjPtr createTransform(const PJ *source, const PJ *target)
{
    PJ_CONTEXT *ctx = projContext();
    PjPtr raw(proj_create_crs_to_crs_from_pj(ctx, source, target, nullptr, nullptr));
    if (!raw)
        return {};
    return PjPtr(proj_normalize_for_visualization(ctx, raw.get()));
}

/// Definition PROJ should use for a decided source CRS: the EPSG code when known (PROJ then
/// picks transformations by code), else its WKT.
inline QString crsDefinition(int epsg, const QString &wkt)
{
    return epsg > 0 ? QStringLiteral("EPSG:%1").arg(epsg) : wkt;
}

} // namespace fg::gis
