// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_workflow.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fg::gis {
struct CaseFigures;
}

namespace fg::app {

/// `farmguard-cli project case` as text: every record of a case — facts, figures, timeline,
/// transfers with replies, accountability, every deadline with its state (and the ordinary-week
/// mark), next actions and what closing still needs.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::CaseText)

public:
    static void print(const core::CaseFile &file, const core::CaseWorkflow &workflow, const QDateTime &now,
        const gis::CaseFigures *figures, QTextStream &out);
    /// "yyyy-MM-dd HH:mm", or "-" for an invalid time.
    static QString when(const QDateTime &time);
    /// An obligation's state in words.
    static QString stateName(core::Obligation::State state);
};

} // namespace fg::app
