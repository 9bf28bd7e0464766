// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The `farmguard-cli project` subcommands that anchor a project's audit log outside it (issue 13):
///   seal PROJECT [--output R.json] [--key-file K]   a receipt of the log's head (head seq and hash,
///                                                   event count, time, version; signed with the key)
///   key-log PROJECT --key-file K                    from now on, chain the log with HMAC-SHA256
///                                                   under the office key (logged; needs the key after)
/// Exit 0 done, 2 usage, 3 bad input, 4 the project failed its check or cannot be written.
class ProjectSealCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectSealCommands)

public:
    static int seal(const QStringList &args, QTextStream &out, QTextStream &err);
    static int keyLog(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
