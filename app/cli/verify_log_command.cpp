// SPDX-License-Identifier: MIT
#include "app/cli/verify_log_command.h"

#include "gis/store/project_stores.h"

#include <QCommandLineParser>

namespace fg::app {

QString VerifyLogCommand::summary() const
{
    return tr("check a project's tamper-evident audit log; name the first broken event");
}

int VerifyLogCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the SHA-256 chain of a project's audit log. Exit 0 when intact, "
                                        "4 when an event was edited, deleted, reordered or cut off, or the file is damaged."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("verify-log"), tr("give one project file (see --help)"));
    const QString path = parser.positionalArguments().first();
    const gis::LogCheck check = gis::ProjectStores::verify(gis::ProjectLocation::parse(path));
    if (check.integrity != QLatin1String("ok"))
        out << tr("%1: the database is damaged: %2").arg(path, check.integrity) << '\n';
    if (check.report.intact() && check.integrity == QLatin1String("ok")) {
        out << tr("%1: audit log intact (%n event(s))", nullptr, int(check.events)).arg(path) << '\n';
        return ExitOk;
    }
    if (!check.report.intact())
        out << tr("%1: audit log BROKEN at event %2: %3").arg(path).arg(check.report.seq).arg(check.report.message)
            << '\n';
    return ExitBroken;
}

} // namespace fg::app
