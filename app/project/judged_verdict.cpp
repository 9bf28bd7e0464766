// SPDX-License-Identifier: MIT
#include "app/project/judged_verdict.h"

#include "app/project/project_session.h"
#include "gis/usecases/case_judgement.h"

namespace fg::app {

gis::VerdictClass JudgedVerdict::verdictClass(const gis::CaseFigures *figures)
{
    switch (figures ? figures->flag() : core::ThresholdFlag::NotAssessed) {
    case core::ThresholdFlag::Reached:
        return gis::VerdictClass::Accountability;
    case core::ThresholdFlag::Below:
    case core::ThresholdFlag::NotApplicable:
        return gis::VerdictClass::BelowThreshold;
    case core::ThresholdFlag::NotAssessed:
        break;
    }
    return gis::VerdictClass::NotAnalysed;
}

QString JudgedVerdict::explanation(const gis::CaseFigures &figures)
{
    const QString accumulation = figures.accumulationText();
    return accumulation.isEmpty() ? figures.text() : accumulation;
}

ListedVerdict JudgedVerdict::of(const ProjectSession &session, const QString &incidentId)
{
    ListedVerdict listed;
    const gis::CaseFigures *figures = session.judgedIncident(incidentId);
    if (!figures) {
        listed.text = tr("not measured");
        listed.toolTip = session.judgementError();
        return listed;
    }
    listed.verdict = verdictClass(figures);
    listed.text = figures->verdictText();
    listed.toolTip = explanation(*figures);
    return listed;
}

} // namespace fg::app
