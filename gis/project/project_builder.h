// SPDX-License-Identifier: MIT
#pragma once

#include "gis/project/project_store.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace fg::gis {

/// The reference layers a project is built from, as the user has them.
struct ProjectSources
{
    QString basicFarmland; ///< required: permanent basic farmland (永久基本农田)
    QString cultivated; ///< required: land use / cultivated land (三调 DLTB)
    QString boundaries; ///< required: township boundaries
    QString villages; ///< optional: village boundaries
    QString crs; ///< working CRS override or CRS for layers without one ("EPSG:4547"); empty = choose
    QString encoding; ///< attribute encoding override; empty = detect
};

/// What creating a project did.
struct ProjectCreated
{
    std::unique_ptr<ProjectStore> store; ///< the new project, open for @p who
    int workingEpsg = 0;
    QString workingHow; ///< why this CRS
    QStringList warnings; ///< from reading and reprojecting, each naming its file
    QStringList layerSummary; ///< "basic_farmland: 761 features", …
};

/// Creates a project file: reads the reference layers (encoding and CRS detection, geometry
/// repair), brings them into one CGCS2000 Gauss-Krüger working CRS, copies them in through GDAL,
/// adds the incidents layer and the domain tables, and records the sources in the settings.
/// Throws core::InputError naming the file for unreadable input or an existing @p path.
/// Any thread (uses the thread's GEOS and PROJ contexts).
class ProjectBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectBuilder)

public:
    static ProjectCreated create(const QString &path, const ProjectSources &sources, const OperatorIdentity &who);
};

} // namespace fg::gis
