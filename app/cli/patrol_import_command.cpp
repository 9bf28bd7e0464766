// SPDX-License-Identifier: MIT
#include "app/cli/patrol_import_command.h"

#include "app/cli/project_command.h"
#include "core/units.h"
#include "gis/usecases/track_import.h"
#include "gis/store/project_store.h"

#include <QCommandLineParser>

namespace fg::app {

QString PatrolImportCommand::summary() const
{
    return tr("store an officer's GPS track (GPX) in the project and record what it covered");
}

int PatrolImportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a GPX patrol track into the project and record its coverage."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("officer"), tr("Officer who walked the track."), tr("NAME") });
    parser.addOption({ QStringLiteral("sight"), tr("Sight distance each side of the track, m (default 100)."),
        tr("M"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("max-jump"), tr("Longest straight step still walked, m (default 500)."),
        tr("M"), QStringLiteral("500") });
    parser.addOption({ QStringLiteral("max-silence"), tr("Longest time without a fix, s (default 600)."), tr("S"),
        QStringLiteral("600") });
    ProjectCommand::addOperatorOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file with a patrol grid."), tr("PROJECT"));
    parser.addPositionalArgument(QStringLiteral("TRACK"), tr("GPX file."), tr("TRACK.gpx"));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    bool ok1 = false, ok2 = false, ok3 = false;
    gis::TrackCoverageOptions options;
    options.sightM = parser.value(QStringLiteral("sight")).toDouble(&ok1);
    options.maxJumpM = parser.value(QStringLiteral("max-jump")).toDouble(&ok2);
    options.maxSilenceS = parser.value(QStringLiteral("max-silence")).toLongLong(&ok3);
    const QStringList positional = parser.positionalArguments();
    const QString officer = parser.value(QStringLiteral("officer")).trimmed();
    if (positional.size() != 2 || officer.isEmpty() || !ok1 || !ok2 || !ok3 || options.sightM <= 0)
        return usageError(err,
            tr("farmguard-cli patrol-import: give PROJECT, --officer NAME and one TRACK.gpx (see --help)"));
    const auto store = ProjectCommand::open(positional[0], ProjectCommand::operatorFrom(parser));
    const gis::TrackImport imported = gis::TrackImporter::run(*store, positional[1], officer, options);
    const gis::StoredTrack &t = imported.track;
    out << tr("Track %1 stored as track %2 for %3: %4 points, %5 to %6, %7 gaps")
               .arg(t.fileName)
               .arg(t.id)
               .arg(t.officer)
               .arg(t.points)
               .arg(t.startedAt.toString(Qt::ISODate), t.endedAt.toString(Qt::ISODate))
               .arg(t.gaps.size())
        << '\n';
    for (const QString &gap : t.gaps)
        out << "  " << tr("gap: %1").arg(gap) << '\n';
    for (const core::CellCoverage &c : imported.records)
        out << "  "
            << tr("%1 on %2: %3% of %4 mu farmland seen")
                   .arg(c.cellId, c.date.toString(Qt::ISODate))
                   .arg(c.share() * 100, 0, 'f', 1)
                   .arg(core::formatMu(c.farmlandM2))
            << '\n';
    out << tr("Cells seen: %1").arg(imported.records.size()) << '\n';
    return ExitOk;
}

} // namespace fg::app
