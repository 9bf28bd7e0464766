// SPDX-License-Identifier: MIT
#pragma once

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
