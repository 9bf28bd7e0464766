// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// Exit codes of farmguard-cli (the scripting contract).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< an unexpected internal error
    ExitUsage = 2,     ///< bad command line
    ExitBadInput = 3,  ///< unreadable or invalid input file, named in the message
};

/// The parser's help with "farmguard-cli COMMAND" in the usage line instead of the binary's path.
inline QString commandHelp(const QCommandLineParser &parser, const QString &command)
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

/// One farmguard-cli subcommand. Output goes to the given streams so tests can capture it.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for the command list in `farmguard-cli --help`.
    virtual QString summary() const = 0;
    /// args excludes the program and the subcommand name.
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;
};

} // namespace fg::app
