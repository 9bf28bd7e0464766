// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace fg::gis {

class ProjectStore;

/// A proposed site as the site check takes it: one valid polygon in the project's working CRS,
/// from a file (GeoJSON, shapefile, GeoPackage: one feature), from boundary points typed or
/// pasted (界址点, parsed by the caller) or drawn on the map. Every refusal is a core::InputError
/// naming the file (or the source: 界址点坐标, "drawn site"), the feature and the problem: no
/// polygon, more than one feature, a self-intersecting or otherwise invalid ring (never repaired:
/// a site must be exactly what was proposed), a CRS that does not fit the coordinates, NaN or
/// infinite coordinates, a site outside the project's townships or of an absurd size.
/// Any thread; uses the calling thread's GEOS and PROJ contexts.
class SiteInput
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SiteInput)

public:
    /// Reads the one polygon feature of @p path (encoding and CRS detection; @p crs declares the
    /// CRS of a file without one, as `--crs` does) and transforms it into EPSG:@p workingEpsg.
    /// @p name, when given, receives the feature's own name (a field name / NAME / MC / XMMC
    /// 项目名称), empty when it has none.
    static GeosGeometryPtr fromFile(
        const QString &path, int workingEpsg, const QString &crs = {}, QString *name = nullptr);
    /// The polygon of a ring of (easting, northing) points in the working CRS, not closed.
    /// @p source names it in errors (e.g. 界址点坐标).
    static GeosGeometryPtr fromRing(const QList<QPointF> &ring, const QString &source);
    /// Refuses a site (working CRS) outside the project's townships (50 m tolerance) or larger than
    /// 5 % of the county, as an incident import would (ImportGuard).
    static void checkPlace(const ProjectStore &store, const GEOSGeometry *site, const QString &source);
    /// Refuses an invalid polygon, with GEOS's reason and where.
    static void checkValid(const GEOSGeometry *site, const QString &source, const QString &feature = {});
};

} // namespace fg::gis
