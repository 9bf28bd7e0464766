// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The `farmguard-cli project` subcommands of the shared record (issue 11): moving a project
/// between backends, rights on a shared project, and the case steps that cross desks.
///   copy SRC DST                         any backend to any backend; refuses an existing DST
///   grant PROJECT LOGIN (--bureau | --township NAME | --department CODE | --revoke)
///   open-case PROJECT CASE INCIDENT…     open a case at its clue on stored incidents
/// Every PROJECT is a GeoPackage path or a postgresql:// URI. Exit codes as ProjectCommand's:
/// 3 bad input, 4 damaged or read-only, 5 refused or changed by someone else, 6 no right.
class ProjectShareCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectShareCommands)

public:
    static int copy(const QStringList &args, QTextStream &out, QTextStream &err);
    static int grant(const QStringList &args, QTextStream &out, QTextStream &err);
    static int openCase(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
