// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The records a case carries beside its track, as `farmguard-cli project` subcommands: each
/// parses, calls gis::CaseActions / gis::CaseFlags and prints. A refusal exits 5 with the
/// reasons, like `project advance`; --revision N bases the change on the case as read then.
///   accountability P CASE --organ O --persons X --decision D --date YYYY-MM-DD [--document NO]
///   suspect P CASE (--crime | --misconduct) --date DATE
///   declare-major P CASE --date DATE
///   transfer P CASE --to DEPARTMENT --reason R [--date DATE]
///   reply P CASE --transfer N --text T [--date DATE]
///   flag P CASE reached|below --reason R
class ProjectRecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectRecordCommands)

public:
    static int accountability(const QStringList &args, QTextStream &out, QTextStream &err);
    static int suspect(const QStringList &args, QTextStream &out, QTextStream &err);
    static int declareMajor(const QStringList &args, QTextStream &out, QTextStream &err);
    static int transfer(const QStringList &args, QTextStream &out, QTextStream &err);
    static int reply(const QStringList &args, QTextStream &out, QTextStream &err);
    static int flag(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
