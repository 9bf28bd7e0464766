// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace fg::app {

/// The assessment subcommands of `farmguard-cli project` (issue 16 item 3, 考核):
///   targets PROJECT [--year Y] [--set TOWNSHIP --cultivated X --basic Y [--unit mu|ha]]
///                                  list the year's targets, or set a township's (logged)
///   measure PROJECT --township T --kind 约谈|挂牌督办|暂停用地审批|通报批评|通报表扬 --date D
///           --doc NO [--issued-by BODY] [--note TEXT]   record a measure (logged)
///   assessment PROJECT [--year Y] [--as-of T] [--format json|text]
///                                  each township's figures, gaps, triggers and measures
/// Parse and print only: gis::TownshipAssessmentBuilder and the store do the work.
class ProjectAssessmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectAssessmentCommands)

public:
    static int targets(const QStringList &args, QTextStream &out, QTextStream &err);
    static int measure(const QStringList &args, QTextStream &out, QTextStream &err);
    static int assessment(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace fg::app
