// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace fg::app {

/// Exit codes of farmguard-cli (the scripting contract).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< an unexpected internal error
    ExitUsage = 2,     ///< bad command line
    ExitBadInput = 3,  ///< unreadable or invalid input file, named in the message
    ExitReadOnly = 4,  ///< a broken audit log, a damaged or read-only project (core::ProjectReadOnly)
    ExitRefused = 5,   ///< a step the case workflow refused, or another user's change won (core::ConflictError)
    ExitDenied = 6,    ///< the operator's rights do not reach the record (core::PermissionDenied)
};

/// The parser's help with "farmguard-cli COMMAND" in the usage line instead of the binary's path.
QString commandHelp(const QCommandLineParser &parser, const QString &command);

/// What is wrong with a parsed command line (translated), or an empty string when nothing is.
using UsageCheck = QString (*)(const QCommandLineParser &parser);

/// Parses "farmguard-cli COMMAND" + @p args with @p parser, which already holds its options and help option.
/// Returns the exit code when the command is finished: ExitUsage after the parser's error on @p err, ExitOk
/// after the help on @p out, ExitUsage after "farmguard-cli COMMAND: problem" when @p check finds one;
/// std::nullopt when the command should go on. GUI or CLI thread, no ownership taken.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &args,
    QTextStream &out, QTextStream &err, UsageCheck check = nullptr);

/// Prints "farmguard-cli COMMAND: problem" on @p err; returns ExitUsage. @p problem is already translated.
int usageError(QTextStream &err, const QString &command, const QString &problem);

/// Prints one whole translated usage line on @p err; returns ExitUsage.
int usageError(QTextStream &err, const QString &line);

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
