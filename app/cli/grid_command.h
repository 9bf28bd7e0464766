// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli grid PROJECT --cell-size M [--townships A,B] [--per-village]`: makes the patrol
/// grid from a project's reference layers, measures every cell and stores it in the project
/// (replacing its grid, logged). With `--output GRID.gpkg` (and PROJECT or --boundaries,
/// --villages, --landuse, --basic-farmland, --incidents layer files) the grid is written as a
/// GeoPackage layer file instead. Prints cells and farmland per township. Exit 2 usage, 3 bad input.
class GridCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::GridCommand)

public:
    QString name() const override { return QStringLiteral("grid"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
