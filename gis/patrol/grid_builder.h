// SPDX-License-Identifier: MIT
#pragma once

#include "core/land_class.h"
#include "gis/patrol/grid_cell.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fg::gis {

class VectorLayer;

/// The layers a grid is made from, all already in one CGCS2000 Gauss-Krüger working CRS
/// (see transformToWorkingCrs). Only townships is required; the caller keeps them alive.
struct GridSources
{
    const VectorLayer *townships = nullptr;
    const VectorLayer *villages = nullptr; ///< for each cell's village; required for village cells
    const VectorLayer *landUse = nullptr; ///< 三调 DLTB: cultivated area, parcels, building land
    const VectorLayer *basicFarmland = nullptr; ///< 永久基本农田
    const VectorLayer *incidents = nullptr; ///< incidents with a discovery date
};

/// How to make the grid and read its layers.
struct GridOptions
{
    double cellSizeM = 1000; ///< square side in metres (square cells)
    QStringList townships; ///< names or codes to cover; empty = all townships
    QString nameField = QStringLiteral("XZQMC"); ///< township and village name field
    QString codeField = QStringLiteral("XZQDM"); ///< township and village code field
    QString classField = QStringLiteral("DLBM"); ///< land-use class code field
    QString incidentDateField = QStringLiteral("FXRQ");
    // The class lists below are matched by core::landClassMatches(): exact codes, or two-digit
    // first-level classes (一级类) by prefix.
    /// Cultivated land for each cell's cultivatedM2: pass the project's Rules::cultivatedClasses().
    QStringList cultivatedClasses = core::cultivatedLandClasses();
    QStringList homesteadClasses { QStringLiteral("0702") };
    QStringList roadClasses { QStringLiteral("1003"), QStringLiteral("1006") };
    /// Town land (城镇): commercial 05, industrial and mining 06, urban homesteads 0701,
    /// public services 08 — codes, or first-level classes (05 covers 05H1 and 0508).
    QStringList townClasses { QStringLiteral("05"), QStringLiteral("06"), QStringLiteral("0701"),
        QStringLiteral("08") };
    double searchRadiusM = 2000; ///< building land farther than this counts as none
};

/// Makes patrol cells over townships and measures what each holds.
///
/// Square cells: the working CRS plane is cut into squares whose corners lie at multiples of
/// the cell size; each square is clipped to the chosen townships (one cell per square, so a
/// cell on a township boundary holds both pieces and belongs to the township of the larger).
/// Village cells: one cell per village of the chosen townships. For every cell: township and
/// village of the largest overlap, ellipsoidal area, basic farmland and cultivated area (the
/// encroachment overlay engine), land-use parcel count, distance to the nearest homestead,
/// road and town land, and the discovery dates of incidents that overlap it.
/// Thread affinity: construct and use on one thread (it measures with workers internally).
class GridBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GridBuilder)

public:
    /// Throws core::InputError naming the file when a required field is missing, and
    /// std::invalid_argument when the working CRS is not a CGCS2000 GK zone.
    GridBuilder(GridSources sources, int workingEpsg, GridOptions options = {});

    /// Square cells. Throws core::InputError when the cell size is not positive, when a named
    /// township does not exist, or when the grid would exceed a million squares.
    PatrolGrid squareCells() const;
    /// One cell per village. Throws core::InputError without a villages layer.
    PatrolGrid villageCells() const;

private:
    std::vector<int> chosenTownships() const;
    GeosGeometryPtr clipToTownships(
        const GEOSGeometry *square, const std::vector<int> &townships, bool *snapped) const;
    void measure(PatrolGrid &grid) const;
    void describe(GridCell &cell) const;
    QString largestOverlap(const VectorLayer &layer, const GEOSGeometry *geometry) const;
    std::optional<double> nearestDistance(const GEOSGeometry *geometry, const QStringList &classes) const;

    GridSources m_sources;
    int m_epsg;
    GridOptions m_options;
};

} // namespace fg::gis
