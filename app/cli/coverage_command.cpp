// SPDX-License-Identifier: MIT
#include "app/cli/coverage_command.h"

#include "app/cli/project_command.h"
#include "core/units.h"
#include "gis/patrol/grid_file.h"
#include "gis/store/project_store.h"
#include "gis/usecases/project_coverage.h"

#include <QCommandLineParser>

namespace fg::app {

namespace {

void printRows(const QString &title, const std::vector<core::CoverageRow> &rows, QTextStream &out)
{
    out << title << '\n';
    for (const core::CoverageRow &r : rows)
        out << "  " << r.group << ": "
            << CoverageCommand::tr("%1 of %2 cells covered, %3% of %4 mu farmland seen")
                   .arg(r.coveredCells)
                   .arg(r.cells)
                   .arg(r.share() * 100, 0, 'f', 1)
                   .arg(core::formatMu(r.farmlandM2))
            << '\n';
}

void printSummary(const gis::CoverageSummary &s, QTextStream &out)
{
    out << CoverageCommand::tr("Period %1 to %2").arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate)) << '\n';
    printRows(CoverageCommand::tr("Coverage per officer:"), s.byOfficer, out);
    printRows(CoverageCommand::tr("Coverage per township:"), s.byTownship, out);
    out << CoverageCommand::tr("Cells overdue on %1: %2").arg(s.to.toString(Qt::ISODate)).arg(s.overdue.size()) << '\n';
    for (const core::OverdueCell &o : s.overdue)
        out << "  " << o.cellId << " (" << o.township << ") "
            << CoverageCommand::tr("due by %1, %2 days overdue").arg(o.dueBy.toString(Qt::ISODate)).arg(o.daysOverdue)
            << '\n';
}

/// `coverage PROJECT --from --to`: the project's patrol records (imported tracks and visits
/// marked by hand) over its grid.
int projectCoverage(const QCommandLineParser &parser, QDate from, QDate to, double minShare, QTextStream &out)
{
    const auto project = ProjectCommand::open(
        parser.positionalArguments().first(), ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadOnly);
    const gis::CoverageSummary summary = gis::ProjectCoverage::run(*project, from, to, minShare);
    for (const gis::StoredTrack &t : summary.tracks) {
        out << CoverageCommand::tr("Track %1 (%2, %3): %4 points, %5 gaps")
                   .arg(t.fileName, t.officer, t.startedAt.toString(Qt::ISODate))
                   .arg(t.points)
                   .arg(t.gaps.size())
            << '\n';
        for (const QString &gap : t.gaps)
            out << "  " << CoverageCommand::tr("gap: %1").arg(gap) << '\n';
    }
    out << CoverageCommand::tr("Patrol records: %1").arg(summary.records.size()) << '\n';
    printSummary(summary, out);
    return ExitOk;
}

/// `coverage --grid G --officer O TRACK.gpx…`: tracks measured against a grid file.
int fileCoverage(const QCommandLineParser &parser, const gis::TrackCoverageOptions &options, QDate from, QDate to,
    double minShare, QTextStream &out)
{
    const gis::PatrolGrid grid = gis::GridFile::read(parser.value(QStringLiteral("grid")));
    std::vector<core::CellCoverage> records;
    for (const gis::TrackFileCoverage &track : gis::ProjectCoverage::ofTrackFiles(grid, parser.positionalArguments(),
             parser.value(QStringLiteral("officer")), options, parser.value(QStringLiteral("landuse")))) {
        out << CoverageCommand::tr("Track %1: %2 points, %3 gaps").arg(track.path).arg(track.points).arg(track.gaps.size())
            << '\n';
        for (const gis::TrackGap &g : track.gaps)
            out << "  " << CoverageCommand::tr("gap: %1").arg(g.describe()) << '\n';
        for (const core::CellCoverage &c : track.records) {
            out << "  "
                << CoverageCommand::tr("%1 on %2: %3% of %4 mu farmland seen")
                       .arg(c.cellId, c.date.toString(Qt::ISODate))
                       .arg(c.share() * 100, 0, 'f', 1)
                       .arg(core::formatMu(c.farmlandM2))
                << '\n';
            records.push_back(c);
        }
    }
    if (records.empty()) {
        out << CoverageCommand::tr("No cell's farmland lies within sight of these tracks.") << '\n';
        return ExitOk;
    }
    std::vector<core::PatrolCell> cells;
    for (const gis::GridCell &c : grid.cells)
        cells.push_back(c.cell);
    printSummary(gis::ProjectCoverage::summarise(std::move(records), cells, from, to, minShare), out);
    return ExitOk;
}

} // namespace

QString CoverageCommand::summary() const
{
    return tr("import GPS tracks and report patrol coverage, gaps and overdue cells");
}

int CoverageCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Measure what GPS patrol tracks covered of each cell's farmland."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("grid"), tr("Grid GeoPackage written by 'farmguard-cli grid'."), tr("FILE") });
    parser.addOption({ QStringLiteral("landuse"),
        tr("Land-use layer: farmland is its 0101/0102/0103 parcels (default: whole cells)."), tr("FILE") });
    parser.addOption({ QStringLiteral("officer"), tr("Officer who walked the tracks."), tr("NAME") });
    parser.addOption({ QStringLiteral("sight"), tr("Sight distance each side of the track, m (default 100)."),
        tr("M"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("max-jump"), tr("Longest straight step still walked, m (default 500)."),
        tr("M"), QStringLiteral("500") });
    parser.addOption({ QStringLiteral("max-silence"), tr("Longest time without a fix, s (default 600)."),
        tr("S"), QStringLiteral("600") });
    parser.addOption({ QStringLiteral("min-share"),
        tr("Share of farmland seen for a cell to count as covered (default 0.5)."), tr("X"),
        QStringLiteral("0.5") });
    parser.addOption({ QStringLiteral("from"),
        tr("First day of the period, yyyy-MM-dd (default: earliest track)."), tr("DATE") });
    parser.addOption({ QStringLiteral("to"),
        tr("Last day of the period, yyyy-MM-dd (default: latest track)."), tr("DATE") });
    ProjectCommand::addOperatorOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
        tr("Project file: its patrol records and grid (give --from and --to); or, with --grid, GPX files."),
        tr("PROJECT | TRACK.gpx..."));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    gis::TrackCoverageOptions options;
    options.sightM = parser.value(QStringLiteral("sight")).toDouble(&ok1);
    options.maxJumpM = parser.value(QStringLiteral("max-jump")).toDouble(&ok2);
    options.maxSilenceS = parser.value(QStringLiteral("max-silence")).toLongLong(&ok3);
    const double minShare = parser.value(QStringLiteral("min-share")).toDouble(&ok4);
    QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    const bool datesOk = (!parser.isSet(QStringLiteral("from")) || from.isValid())
        && (!parser.isSet(QStringLiteral("to")) || to.isValid());
    if (!parser.isSet(QStringLiteral("grid")) && parser.positionalArguments().size() == 1 && datesOk && ok4) {
        if (!from.isValid() || !to.isValid() || to < from)
            return usageError(
                err, tr("farmguard-cli coverage: give PROJECT --from DATE --to DATE (see --help)"));
        return projectCoverage(parser, from, to, minShare, out);
    }
    if (!parser.isSet(QStringLiteral("grid")) || !parser.isSet(QStringLiteral("officer"))
        || parser.positionalArguments().isEmpty() || !ok1 || !ok2 || !ok3 || !ok4 || !datesOk
        || options.sightM <= 0)
        return usageError(err,
            tr("farmguard-cli coverage: give --grid, --officer, valid numbers and dates, and TRACK.gpx "
               "(see --help)"));
    return fileCoverage(parser, options, from, to, minShare, out);
}

} // namespace fg::app
