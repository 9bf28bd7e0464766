// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The case subcommands of `farmguard-cli project`: cases, case, advance. Each returns an exit
/// code (see ProjectCommand) and throws core::InputError for bad input.
class ProjectCaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectCaseCommands)

public:
    static int listCases(const QStringList &args, QTextStream &out, QTextStream &err);
    static int showCase(const QStringList &args, QTextStream &out, QTextStream &err);
    static int advance(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
