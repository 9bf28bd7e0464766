// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"
#include "core/patrol/officer.h"
#include "gis/patrol/grid_cell.h"

#include <vector>

namespace fg::app {

/// `farmguard-cli plan PROJECT --start DATE --days N [--format json]`: each officer's daily cells
/// in route order, with why each is there, and the cells whose revisit interval the capacity
/// cannot keep; over the project's grid and officers, stored as the project's current plan, and
/// days before --today (default today) of the current plan are kept as they were.
/// `--grid GRID.gpkg [--officers FILE]` plans over a grid file instead (nothing stored). Officers come from a CSV file
/// (name,township,base_x,base_y,max_cells,max_km; a township's cells go to its nearest
/// officer) or, without one, one officer per township based at its central cell.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    /// Officers from the CSV file, or one per township; cells assigned to the nearest officer of
    /// their township. Throws core::InputError naming the file and line.
    static std::vector<core::Officer> officers(const gis::PatrolGrid &grid, const QString &csvPath,
        int capacityCells, double capacityKm, const core::WorkingCalendar &calendar);
};

} // namespace fg::app
