// SPDX-License-Identifier: MIT
#include "app/cli/grid_command.h"

#include "app/cli/project_command.h"
#include "core/units.h"
#include "gis/patrol/grid_file.h"
#include "gis/store/project_store.h"
#include "gis/usecases/project_grid.h"

#include <QCommandLineParser>

#include <memory>

namespace fg::app {

namespace {

void printGrid(const gis::PatrolGrid &grid, const QString &output, QTextStream &out)
{
    out << GridCommand::tr("Grid: %1 cells (%2) in EPSG:%3, written to %4")
               .arg(grid.cells.size())
               .arg(grid.cellSizeM > 0 ? GridCommand::tr("%1 m squares").arg(grid.cellSizeM)
                                       : GridCommand::tr("one per village"))
               .arg(grid.epsg)
               .arg(output)
        << '\n';
    for (const gis::GridTownshipTotals &s : gis::ProjectGrid::totals(grid))
        out << "  " << s.township << ": "
            << GridCommand::tr("%1 cells, basic farmland %2 mu, cultivated %3 mu (ellipsoidal)")
                   .arg(s.cells)
                   .arg(core::formatMu(s.basicFarmlandM2), core::formatMu(s.cultivatedM2))
            << '\n';
    for (const QString &w : grid.warnings)
        out << GridCommand::tr("warning: %1").arg(w) << '\n';
}

/// `grid PROJECT` without --output: the grid goes into the project (replacing its old one).
int storeInProject(const QCommandLineParser &parser, const gis::GridOptions &options, QTextStream &out)
{
    const QString project = parser.positionalArguments().first();
    const std::unique_ptr<gis::ProjectStore> store = ProjectCommand::open(project, ProjectCommand::operatorFrom(parser));
    const gis::PatrolGrid grid = gis::ProjectGrid::make(*store, options, parser.isSet(QStringLiteral("per-village")));
    printGrid(grid, project, out);
    return ExitOk;
}

} // namespace

QString GridCommand::summary() const
{
    return tr("make the patrol grid: cells over townships with their farmland and risk inputs");
}

int GridCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Make patrol cells over townships and measure what each holds."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("cell-size"), tr("Square cell side in metres (default 1000)."), tr("M"),
        QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("townships"),
        tr("Townships to cover, names or codes, comma-separated (default all)."), tr("LIST") });
    parser.addOption({ QStringLiteral("per-village"), tr("One cell per village instead of squares.") });
    parser.addOption(
        { QStringLiteral("boundaries"), tr("Township boundaries layer (without PROJECT)."), tr("FILE") });
    parser.addOption({ QStringLiteral("villages"), tr("Village boundaries layer."), tr("FILE") });
    parser.addOption({ QStringLiteral("landuse"), tr("Land-use (三调 DLTB) layer."), tr("FILE") });
    parser.addOption({ QStringLiteral("basic-farmland"), tr("Permanent basic farmland layer."), tr("FILE") });
    parser.addOption(
        { QStringLiteral("incidents"), tr("Incidents layer with discovery dates (FXRQ)."), tr("FILE") });
    parser.addOption({ QStringLiteral("working-crs"),
        tr("Working CRS (EPSG:4513-4554); default: the zone of the data."), tr("CRS") });
    parser.addOption({ QStringLiteral("output"),
        tr("GeoPackage to write the grid to (must not exist); without it the grid is stored in PROJECT."),
        tr("FILE") });
    ProjectCommand::addOperatorOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
        tr("Project file: its reference layers are used and the grid is stored in it."), tr("[PROJECT]"));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    bool ok = false;
    gis::GridOptions options;
    options.cellSizeM = parser.value(QStringLiteral("cell-size")).toDouble(&ok);
    if (!ok || options.cellSizeM <= 0)
        return usageError(err, tr("farmguard-cli grid: --cell-size takes a positive number of metres"));
    const QString output = parser.value(QStringLiteral("output"));
    const bool inProject = !parser.positionalArguments().isEmpty() && output.isEmpty();
    if ((!inProject && output.isEmpty())
        || (parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("boundaries"))))
        return usageError(
            err, tr("farmguard-cli grid: give PROJECT, or --boundaries with --output (see --help)"));
    options.townships = parser.value(QStringLiteral("townships")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (inProject)
        return storeInProject(parser, options, out);
    if (!parser.positionalArguments().isEmpty()) {
        // A project's layers, the grid written to a file: the project is only read.
        const auto store = ProjectCommand::open(parser.positionalArguments().first(),
            ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadOnly);
        const gis::PatrolGrid grid
            = gis::ProjectGrid::build(*store, options, parser.isSet(QStringLiteral("per-village")));
        gis::GridFile::write(grid, output);
        printGrid(grid, output, out);
        return ExitOk;
    }
    gis::GridLayerFiles files;
    files.townships = parser.value(QStringLiteral("boundaries"));
    files.villages = parser.value(QStringLiteral("villages"));
    files.landUse = parser.value(QStringLiteral("landuse"));
    files.basicFarmland = parser.value(QStringLiteral("basic-farmland"));
    files.incidents = parser.value(QStringLiteral("incidents"));
    files.workingCrs = parser.value(QStringLiteral("working-crs"));
    const gis::PatrolGrid grid = gis::ProjectGrid::fromFiles(files, options, parser.isSet(QStringLiteral("per-village")));
    gis::GridFile::write(grid, output);
    printGrid(grid, output, out);
    return ExitOk;
}

} // namespace fg::app
