// SPDX-License-Identifier: MIT
// ReportInputs: the major-case report (重大案件报告) and the rules line every report prints.
#include "gis/usecases/report_inputs.h"

#include "core/input_error.h"
#include "gis/store/project_store.h"
#include "gis/usecases/case_actions.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/project_rules.h"

namespace fg::gis {

QString ReportInputs::rulesText() const
{
    return ProjectRules::record(m_store).describe();
}

MajorCaseReportData ReportInputs::majorCase(const QString &caseId, const QDateTime &asOf) const
{
    const auto file = m_store.caseFile(caseId);
    if (!file)
        throw core::InputError(m_store.info().location, tr("no case with this id"), caseId);
    if (!file->isMajor())
        throw core::InputError(m_store.info().location,
            tr("the case is not major: it reaches no threshold and was not declared major"), caseId);
    MajorCaseReportData data { *file, {}, {}, {}, {}, {}, std::nullopt, {}, false, {}, {}, asOf };
    for (const IncidentRecord &record : m_store.incidents())
        if (!file->incidentIds().isEmpty() && record.id == file->incidentIds().first()) {
            data.township = record.township;
            data.village = record.village;
            data.source = incidentSourceName(record.source);
            data.discovered = record.discoveryDate.toString(Qt::ISODate);
        }
    const CaseFigures figures = CaseJudgement::judgeCase(m_store, file->id());
    data.measured = figures.measured;
    data.own = figures.verdict;
    if (figures.hasAccumulation()) {
        data.partyTotal = figures.partyVerdict;
        data.partyIncidentIds = figures.partyIncidentIds;
    }
    data.rulesText = rulesText();
    data.deadlines = CaseActions::workflow().tracker().obligations(*file);
    return data;
}

} // namespace fg::gis
