// SPDX-License-Identifier: MIT
#include "app/cli/patrol_mark_command.h"

#include "app/cli/project_command.h"
#include "gis/store/project_store.h"
#include "gis/usecases/patrol_visit.h"

#include <QCommandLineParser>

namespace fg::app {

QString PatrolMarkCommand::summary() const
{
    return tr("record a patrol visit to a grid cell by hand");
}

int PatrolMarkCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record by hand that an officer patrolled a grid cell: the cell's farmland counts as seen that day."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("officer"), tr("Officer who patrolled the cell."), tr("NAME") });
    parser.addOption({ QStringLiteral("cell"), tr("Grid cell id."), tr("ID") });
    parser.addOption({ QStringLiteral("date"), tr("Day of the visit, yyyy-MM-dd (default: today)."), tr("DATE") });
    ProjectCommand::addOperatorOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file with a patrol grid."), tr("PROJECT"));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString officer = parser.value(QStringLiteral("officer")).trimmed();
    const QString cell = parser.value(QStringLiteral("cell")).trimmed();
    const QDate day = parser.isSet(QStringLiteral("date"))
        ? QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
        : QDate::currentDate();
    if (positional.size() != 1 || officer.isEmpty() || cell.isEmpty() || !day.isValid())
        return usageError(err,
            tr("farmguard-cli patrol-mark: give PROJECT, --officer NAME, --cell ID and a valid --date (see "
               "--help)"));
    const auto project = ProjectCommand::open(positional[0], ProjectCommand::operatorFrom(parser));
    gis::PatrolVisit::mark(*project, cell, officer, day);
    out << tr("Visit of %1 to cell %2 on %3 recorded (logged)").arg(officer, cell, day.toString(Qt::ISODate)) << '\n';
    return ExitOk;
}

} // namespace fg::app
