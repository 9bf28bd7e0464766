// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_cell.h"
#include "core/patrol/risk_model.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fg::core {

/// What one patrol (a track, or a visit marked by hand) covered of one cell's farmland.
struct CellCoverage
{
    QString cellId;
    QString officer;
    QDate date;
    double farmlandM2 = 0; ///< the cell's farmland
    double seenM2 = 0; ///< of which within sight of the track
    double share() const { return farmlandM2 > 0 ? seenM2 / farmlandM2 : 0; }
};

/// Coverage of one group (an officer or a township) over a period.
struct CoverageRow
{
    QString group;
    int cells = 0; ///< cells of the group (officer: cells it covered at all)
    int coveredCells = 0; ///< cells whose best share in the period reached the threshold
    double farmlandM2 = 0; ///< farmland of those cells
    double seenM2 = 0; ///< best seen farmland per cell, summed
    double share() const { return farmlandM2 > 0 ? seenM2 / farmlandM2 : 0; }
};

/// A cell not covered within its required interval.
struct OverdueCell
{
    QString cellId;
    QString township;
    QDate lastCovered; ///< null when never covered (nor patrolled before)
    QDate dueBy;
    int daysOverdue = 0;
};

/// Sums coverage records by officer and by township and finds overdue cells. Pure functions.
class PatrolCoverage
{
public:
    /// Per officer, the cells it covered in [from, to], by their best share.
    static std::vector<CoverageRow> byOfficer(const std::vector<CellCoverage> &records,
        const std::vector<PatrolCell> &cells, QDate from, QDate to, double minShare);
    /// Per township, all its cells, by their best share in [from, to] (zero when not covered).
    static std::vector<CoverageRow> byTownship(const std::vector<CellCoverage> &records,
        const std::vector<PatrolCell> &cells, QDate from, QDate to, double minShare);
    /// Cells whose last covering (share ≥ minShare, on or before asOf) or last recorded patrol
    /// is more than their required interval before asOf; never covered cells are due one
    /// interval after @p since. Most overdue first.
    static std::vector<OverdueCell> overdue(const std::vector<CellCoverage> &records,
        const std::vector<PatrolCell> &cells, const RiskModel &risk, QDate since, QDate asOf,
        double minShare);
};

} // namespace fg::core
