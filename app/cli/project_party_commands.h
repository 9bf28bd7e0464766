// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The party subcommands of `farmguard-cli project` (issue 12, one accumulation):
///   parties PROJECT [--format json]           the matched parties and the pairs that may be one
///   same-party PROJECT NAME NAME (--same | --different) [--a-id ID] [--b-id ID] [--note TEXT]
///                                             a person's decision on such a pair (logged)
/// Parse and print only: gis::PartyIdentities does the work.
class ProjectPartyCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectPartyCommands)

public:
    static int parties(const QStringList &args, QTextStream &out, QTextStream &err);
    static int sameParty(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
