// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/project_location.h"
#include "gis/store/project_store.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

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
    /// Optional JSON rules file (core::Rules): recorded as the project's rules with its SHA-256
    /// in the log at creation (ProjectRules); empty = the notice's built-in defaults.
    QString rules = {};
    QString natureReserves = {}; ///< optional: nature reserves (自然保护区), for mining cases' departments
    /// Read every layer whole before writing (as sources that cannot be streamed always are):
    /// the reference the streamed create is tested against.
    bool wholeLayers = false;
    /// Threads that check and repair the streamed rows (0: StreamedLayers' default); the file
    /// does not depend on it.
    int checkThreads = 0;
};

/// What creating a project did.
struct ProjectCreated
{
    std::unique_ptr<ProjectStore> store; ///< the new project, open for @p who
    int workingEpsg = 0;
    QString workingHow; ///< why this CRS
    QStringList warnings; ///< from reading and reprojecting, each naming its file
    QStringList layerSummary; ///< "basic_farmland: 761 features", …
    /// The layers were read and written chunk by chunk (a GeoPackage from shapefiles whose
    /// headers decided what their rows decide), not read whole first.
    bool streamed = false;
};

/// Creates a project: reads the reference layers (encoding and CRS detection, geometry repair),
/// brings them into one CGCS2000 Gauss-Krüger working CRS and hands them to
/// gis::ProjectStores::create() (a GeoPackage file or a PostGIS schema), recording the sources
/// in the settings. Throws core::InputError naming the file for unreadable input or an existing
/// project at the location.
/// Any thread (uses the thread's GEOS and PROJ contexts).
///
/// progress(fraction 0..1, what) is called now and then (on the calling thread); returning
/// false cancels: create() then throws gis::ReadCancelled (gis/io/layer_reader.h). A cancelled
/// or failed create() removes what it had started, so no half-written project remains.
class ProjectBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectBuilder)

public:
    using Progress = std::function<bool(double, const QString &)>;

    static ProjectCreated create(const ProjectLocation &location, const ProjectSources &sources,
        const OperatorIdentity &who, const Progress &progress = {});
    /// The same, with @p populate run on the new project before it gets its name (NewProject::
    /// populate): what it adds is part of the creation, so an interrupted create leaves nothing.
    static ProjectCreated create(const ProjectLocation &location, const ProjectSources &sources,
        const OperatorIdentity &who, const Progress &progress, const std::function<void(ProjectStore &)> &populate);

private:
    /// The GeoPackage create that reads and writes the layers chunk by chunk on two threads
    /// (StreamedLayers, GpkgLayerWriter); nullopt, with nothing left behind, when the sources or
    /// the location do not allow it, or when what it decided from the layers' headers turned
    /// out different from what the rows give (then write() does it the whole-layer way).
    static std::optional<ProjectCreated> writeStreamed(const ProjectLocation &location, const ProjectSources &sources,
        const OperatorIdentity &who, const std::function<void(double, const QString &)> &step,
        const std::function<void(ProjectStore &)> &populate);
    static ProjectCreated write(const ProjectLocation &location, const ProjectSources &sources,
        const OperatorIdentity &who, const std::function<void(double, const QString &)> &step,
        const std::function<void(ProjectStore &)> &populate);
};

} // namespace fg::gis
