// SPDX-License-Identifier: MIT
#include "app/cli/command.h"

namespace fg::app {

QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty()) {
        const int at = text.indexOf(arguments.constFirst());
        if (at >= 0)
            text.replace(at, arguments.constFirst().size(), QStringLiteral("farmguard-cli ") + command);
    }
    return text;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &args,
    QTextStream &out, QTextStream &err, UsageCheck check)
{
    if (!parser.parse(QStringList { QStringLiteral("farmguard-cli ") + command } + args)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, command);
        return ExitOk;
    }
    if (check) {
        if (const QString problem = check(parser); !problem.isEmpty())
            return usageError(err, command, problem);
    }
    return std::nullopt;
}

int usageError(QTextStream &err, const QString &command, const QString &problem)
{
    err << QStringLiteral("farmguard-cli ") << command << QStringLiteral(": ") << problem << '\n';
    return ExitUsage;
}

int usageError(QTextStream &err, const QString &line)
{
    err << line << '\n';
    return ExitUsage;
}

} // namespace fg::app
