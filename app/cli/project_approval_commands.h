// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The approvals subcommands of `farmguard-cli project` (issue 16 item 1, approved land):
///   import-approvals PROJECT FILE [--kind K] [--number-field F …] [--crs C] [--encoding E]
///                    all or nothing per file; the incidents they meet are measured again
///   approvals PROJECT [--format json]   the stored approvals
/// Parse and print only: gis::ApprovalImporter does the work.
class ProjectApprovalCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectApprovalCommands)

public:
    static int importApprovals(const QStringList &args, QTextStream &out, QTextStream &err);
    static int listApprovals(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
