// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

#include <memory>
#include <vector>

namespace fg::app {

/// Dispatches `farmguard-cli SUBCOMMAND ...` to its Command. Owns the commands.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::CliApp)

public:
    CliApp();
    ~CliApp();

    /// args excludes the program name. Returns the process exit code.
    int run(const QStringList &args, QTextStream &out, QTextStream &err);

    void addCommand(std::unique_ptr<Command> command);

private:
    void printUsage(QTextStream &stream) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace fg::app
