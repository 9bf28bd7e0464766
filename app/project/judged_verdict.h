// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/listed_verdict.h"

#include <QCoreApplication>

namespace fg::gis {
struct CaseFigures;
}

namespace fg::app {

class ProjectSession;

/// An incident's verdict as every list, panel and the map of an open project show it: its case's
/// judged figures (or its own without a case) from the session's one judgement
/// (ProjectSession::judgements, gis::CaseJudgement), in words (gis::CaseFigures::verdictText),
/// with the explanation of 当事人累计 — the party's incidents and their figures — as tooltip.
class JudgedVerdict
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::JudgedVerdict)

public:
    static ListedVerdict of(const ProjectSession &session, const QString &incidentId);
    /// The map's class of judged figures: not analysed while unmeasured or not judged.
    static gis::VerdictClass verdictClass(const gis::CaseFigures *figures);
    /// The 当事人累计 explanation when the party's total adds incidents, else the figures in words.
    static QString explanation(const gis::CaseFigures &figures);
};

} // namespace fg::app
