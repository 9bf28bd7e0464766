// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_builder.h"
#include "gis/store/store_types.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// Layer files a grid is made from without a project (`farmguard-cli grid --boundaries …`).
struct GridLayerFiles
{
    QString townships; ///< required
    QString villages, landUse, basicFarmland, incidents; ///< optional
    QString workingCrs; ///< "EPSG:4547"; empty = the zone of the data
};

/// One township's share of a grid, for summaries.
struct GridTownshipTotals
{
    QString township;
    int cells = 0;
    double basicFarmlandM2 = 0;
    double cultivatedM2 = 0; ///< ellipsoidal
};

/// Making a patrol grid (巡查网格): from a project's own layers (townships, villages, land use,
/// basic farmland and its incidents, all in the working CRS), judged by the project's rules
/// (gis::ProjectRules: what is cultivated), and stored back into it; or from layer files. The
/// one place `farmguard-cli grid` and Patrol → Make Grid… call. Reads and writes through the
/// store; any thread the store may be used on (the GUI runs it on a worker).
class ProjectGrid
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectGrid)

public:
    /// Square cells of options.cellSizeM, or one per village when @p perVillage; cultivated land
    /// by the project's rules (options.cultivatedClasses is replaced by them). The incidents'
    /// discovery dates come from their discovery_date. progress(0..1) returning false cancels
    /// (gis::ReadCancelled). Throws core::InputError.
    static PatrolGrid build(
        const ProjectStore &store, GridOptions options, bool perVillage = false, const StoreProgress &progress = {});
    /// build() and replace(): the project's grid is replaced only when the new one is complete;
    /// a cancel (gis::ReadCancelled) leaves the stored grid as it was.
    static PatrolGrid make(
        ProjectStore &store, const GridOptions &options, bool perVillage = false, const StoreProgress &progress = {});
    /// Each officer's own cells in @p grid (core::OfficerAssignment: nearest base in its township,
    /// villages given to an officer stay his).
    static QHash<QString, QStringList> officerCells(const ProjectStore &store, const PatrolGrid &grid);
    /// Replaces the project's grid by @p grid and gives its cells to the officers (one edit).
    static void replace(ProjectStore &store, const PatrolGrid &grid);

    /// A grid from layer files brought into one working CRS (no project: default rules unless
    /// @p options name the classes). Throws core::InputError naming the file.
    static PatrolGrid fromFiles(const GridLayerFiles &files, const GridOptions &options, bool perVillage = false);

    /// Cells, basic farmland and cultivated land per township, by township name.
    static std::vector<GridTownshipTotals> totals(const PatrolGrid &grid);
};

} // namespace fg::gis
