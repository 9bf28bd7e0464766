// SPDX-License-Identifier: MIT
#include "gis/usecases/case_judgement.h"

#include "core/input_error.h"
#include "gis/store/project_store.h"

#include <QSet>

namespace fg::gis {

namespace {

QList<core::CaseFile> casesOf(const ProjectStore &store, const QStringList &ids)
{
    const QList<core::CaseFile> all = store.cases();
    if (ids.isEmpty())
        return all;
    QList<core::CaseFile> chosen;
    for (const QString &id : ids) {
        auto it = std::find_if(all.begin(), all.end(), [&](const core::CaseFile &f) { return f.id() == id; });
        if (it == all.end())
            throw core::InputError(store.info().location, CaseJudgement::tr("the project has no case with this id"), id);
        chosen.append(*it);
    }
    return chosen;
}

const PartyResult *findUnion(const std::vector<PartyResult> &unions, const QString &name)
{
    for (const PartyResult &u : unions)
        if (u.party == name)
            return &u;
    return nullptr;
}

} // namespace

bool CaseFigures::hasAccumulation() const
{
    if (!accumulates)
        return false;
    for (const QString &id : partyIncidentIds)
        if (!incidentIds.contains(id))
            return true;
    return false;
}

core::ThresholdFlag CaseFigures::flag() const
{
    if (!occupation)
        return core::ThresholdFlag::NotApplicable;
    const bool reached = verdict.accountability() || (accumulates && partyVerdict.accountability());
    return reached ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below;
}

bool CaseFigures::borderline() const
{
    if (!occupation)
        return false;
    const bool judged = verdict.accountability() || (accumulates && partyVerdict.accountability());
    const bool other = verdict.otherAccountability() || (accumulates && partyVerdict.otherAccountability());
    return judged != other;
}

const CaseFigures *CaseJudgements::find(const QString &caseId) const
{
    for (const CaseFigures &figures : cases)
        if (figures.caseId == caseId)
            return &figures;
    return nullptr;
}

namespace {

CaseFigures figuresOf(const QString &name, const QStringList &incidentIds, bool occupation,
    const ProjectAnalysisResult &analysis)
{
    CaseFigures f;
    f.caseId = name;
    f.occupation = occupation;
    int first = -1;
    for (const QString &id : incidentIds) {
        const int index = analysis.indexOf(id);
        if (index < 0)
            continue;
        f.incidentIds << id;
        if (first < 0)
            first = index;
        f.accumulates = f.accumulates || analysis.incidents.at(size_t(index)).accumulates;
    }
    if (first < 0)
        return f;
    const ProjectIncidentOutcome &outcome = analysis.incidents.at(size_t(first));
    f.party = outcome.partyLabel;
    const PartyResult *group = f.incidentIds.size() > 1 ? findUnion(analysis.report.groups, name) : nullptr;
    f.occupied = group ? group->occupation : analysis.report.incidents.at(size_t(first)).occupation;
    f.verdict = analysis.rules.judge(occupiedAreas(f.occupied, analysis.method));
    if (!f.occupation)
        f.verdict.basicFarmland = f.verdict.cultivated = f.verdict.borderline = false;
    if (const PartyResult *party = f.accumulates ? findUnion(analysis.report.parties, f.party) : nullptr) {
        f.partyIncidentIds = party->incidentIds;
        f.partyOccupied = party->occupation;
        f.partyVerdict = party->verdict;
    }
    for (size_t i = 0; i < analysis.incidents.size(); ++i)
        if (analysis.incidents[i].partyLabel == f.party && !f.party.isEmpty()
            && analysis.outsideWindow.contains(analysis.report.incidents[i].id))
            f.outsideWindow << analysis.report.incidents[i].id;
    return f;
}

} // namespace

CaseFigures CaseJudgement::figures(const core::CaseFile &file, const ProjectAnalysisResult &analysis)
{
    return figuresOf(file.id(), file.incidentIds(), core::isOccupation(file.violationType()), analysis);
}

CaseFigures CaseJudgement::judgeIncident(
    const ProjectStore &store, const QString &incidentId, const CaseJudgementOptions &options)
{
    ProjectAnalysisOptions analysisOptions;
    analysisOptions.rules = options.rules;
    analysisOptions.method = options.method;
    analysisOptions.focusIncidents = { incidentId };
    const ProjectAnalysisResult analysis = ProjectAnalysis::run(store, analysisOptions);
    const int index = analysis.indexOf(incidentId);
    if (index < 0)
        throw core::InputError(store.info().location, tr("the project has no incident with this id"), incidentId);
    return figuresOf(incidentId, { incidentId }, analysis.incidents.at(size_t(index)).occupation, analysis);
}

CaseJudgements CaseJudgement::judge(const ProjectStore &store, const QStringList &caseIds,
    const CaseJudgementOptions &options, const AnalysisProgress &progress)
{
    const QList<core::CaseFile> files = casesOf(store, caseIds);
    ProjectAnalysisOptions analysisOptions;
    analysisOptions.rules = options.rules;
    analysisOptions.method = options.method;
    QSet<QString> focus;
    for (const core::CaseFile &file : files) {
        for (const QString &id : file.incidentIds())
            focus.insert(id);
        if (file.incidentIds().size() > 1)
            analysisOptions.groups.push_back({ file.id(), file.incidentIds() });
    }
    if (!caseIds.isEmpty()) {
        analysisOptions.focusIncidents = QStringList(focus.begin(), focus.end());
        analysisOptions.focusIncidents.sort();
        if (analysisOptions.focusIncidents.isEmpty())
            analysisOptions.focusIncidents << QString(); // a case without incidents: read none
    }
    const ProjectAnalysisResult analysis = ProjectAnalysis::run(store, analysisOptions, progress);
    CaseJudgements result;
    for (const core::CaseFile &file : files)
        result.cases.push_back(figures(file, analysis));
    result.rules = analysis.rules;
    result.rulesOrigin = analysis.rulesOrigin;
    result.method = analysis.method;
    result.possibleSameParties = analysis.possibleSameParties;
    result.warnings = analysis.report.warnings;
    return result;
}

CaseFigures CaseJudgement::judgeCase(const ProjectStore &store, const QString &caseId, const CaseJudgementOptions &options)
{
    return judge(store, { caseId }, options).cases.at(0);
}

} // namespace fg::gis
