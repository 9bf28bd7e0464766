// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fg::gis {

class VectorLayer;

/// One reference layer to copy into a project, already in the working CRS.
struct ProjectLayer
{
    QString table; ///< e.g. ProjectLayers::kBasicFarmland
    const VectorLayer *layer = nullptr;
};

/// The GDAL side of a project file: the GeoPackage, its reference layers and the incidents
/// layer, written through GDAL's GPKG driver (R-tree spatial index on every layer) so QGIS
/// and ogrinfo read them as they read any GeoPackage. Any thread; one call at a time per file.
class ProjectLayers
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectLayers)

public:
    static constexpr const char *kBasicFarmland = "basic_farmland";
    static constexpr const char *kLandUse = "landuse";
    static constexpr const char *kTownships = "townships";
    static constexpr const char *kVillages = "villages";
    static constexpr const char *kIncidents = "incidents";

    /// Creates a new GeoPackage at @p path with @p layers (polygons, as MultiPolygon, their fields
    /// as read) and the empty incidents layer, all in EPSG:@p workingEpsg. Refuses to replace an
    /// existing file. Throws core::InputError naming the file.
    static void create(const QString &path, int workingEpsg, const std::vector<ProjectLayer> &layers);
};

} // namespace fg::gis
