// SPDX-License-Identifier: MIT
#include "gis/usecases/sample_project.h"

#include "core/input_error.h"
#include "gis/usecases/approval_importer.h"
#include "gis/usecases/case_actions.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/incident_importer.h"
#include "gis/usecases/project_builder.h"
#include "gis/usecases/sample_assessment.h"
#include "gis/usecases/sample_patrol.h"

#include <QDir>

namespace fg::gis {

namespace {

/// One planned step: action, days before "now", penalties.
struct PlannedStep
{
    core::CaseAction action;
    int daysAgo;
    QList<core::Penalty> penalties = {};
};

struct PlannedCase
{
    const char *id;
    int clueDaysAgo;
    QList<PlannedStep> steps;
};

class SampleCases
{
public:
    SampleCases(ProjectStore &store, const QDateTime &now)
        : m_store(store)
        , m_now(now)
    {
    }

    QDateTime at(double daysAgo) const { return m_now.addSecs(qint64(-daysAgo * 86400)); }

    core::Actor officer() const { return { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") }; }

    void open(const PlannedCase &plan)
    {
        const QString id = QString::fromLatin1(plan.id);
        core::CaseStep clue;
        clue.when = at(plan.clueDaysAgo);
        clue.actor = officer();
        clue.note = SampleProject::tr("clue from the sample incident layer");
        core::CaseFile file(id, clue);
        file.setIncidentIds({ id });
        for (const IncidentRecord &incident : m_incidents) {
            if (incident.id != id)
                continue;
            file.setPartyId(incident.party);
            file.setViolationType(incident.violationType);
            file.setThresholdFlag(incident.measures.accountability ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below);
        }
        m_store.openCase(file);
    }

    void advance(const QString &id, const PlannedStep &planned)
    {
        core::CaseStep step;
        step.action = planned.action;
        step.when = at(planned.daysAgo);
        step.actor = officer();
        step.penalties = planned.penalties;
        if (planned.action == core::CaseAction::AcceptReclamation)
            step.jointAcceptor = QStringLiteral("王志刚"); // 农业农村局, accepting with the bureau
        const core::TransitionResult result = m_store.advanceCase(id, step, m_workflow, kAnyRevision);
        if (!result.accepted)
            throw core::InputError(m_store.info().location, result.message(), id);
    }

    void run(const PlannedCase &plan)
    {
        open(plan);
        for (const PlannedStep &step : plan.steps)
            advance(QString::fromLatin1(plan.id), step);
    }

    void loadIncidents() { m_incidents = m_store.incidents(); }

private:
    ProjectStore &m_store;
    QDateTime m_now;
    core::CaseWorkflow m_workflow;
    std::vector<IncidentRecord> m_incidents;
};

} // namespace

QStringList SampleProject::create(
    const ProjectLocation &location, const QString &sampleDir, const QDateTime &now, bool approvals)
{
    const QDir dir(sampleDir);
    ProjectSources sources;
    sources.basicFarmland = dir.filePath(QStringLiteral("basic_farmland.shp"));
    sources.cultivated = dir.filePath(QStringLiteral("landuse.shp"));
    sources.boundaries = dir.filePath(QStringLiteral("townships.shp"));
    sources.villages = dir.filePath(QStringLiteral("villages.shp"));
    // Incidents, cases and patrols are part of the creation: an interrupted create leaves no project.
    QStringList ids;
    ProjectBuilder::create(location, sources, { tr("FarmGuard sample"), tr("generator") }, {},
        [&](ProjectStore &store) { ids = fill(store, sampleDir, now, approvals); });
    return ids;
}

QStringList SampleProject::fill(ProjectStore &store, const QString &sampleDir, const QDateTime &now, bool approvals)
{
    const QDir dir(sampleDir);
    IncidentImportOptions options;
    options.openCases = false; // the sample opens a few cases itself, dated relative to now
    IncidentImporter::run(store, dir.filePath(QStringLiteral("incidents.shp")), options);

    using A = core::CaseAction;
    SampleCases cases(store, now);
    cases.loadIncidents();
    // Closed: 5.00 mu basic farmland, demolished, reclaimed, official held to account.
    cases.run({ "PS2024-002", 60,
        { { A::Verify, 59 }, { A::Stop, 58 }, { A::ReportMajor, 57 }, { A::File, 55 },
            { A::Decide, 40, { core::Penalty::Demolish, core::Penalty::Fine } }, { A::Execute, 30 },
            { A::AcceptReclamation, 10 } } });
    store.addAccountability(QStringLiteral("PS2024-002"),
        { QStringLiteral("石城镇分管副镇长"), QStringLiteral("诫勉谈话"), now.date().addDays(-8),
            core::AccountabilityOrgan::DisciplineInspection, QStringLiteral("平纪发〔2024〕8号") },
        kAnyRevision);
    cases.advance(QStringLiteral("PS2024-002"), { A::Close, 5 });

    // Filed after a crime referral the police answered.
    cases.run({ "PS2024-003", 20, { { A::Verify, 19 }, { A::Stop, 18 } } });
    const QString crimeCase = QStringLiteral("PS2024-003");
    CaseActions::suspect(store, crimeCase, Suspicion::Crime, cases.at(18.5), kAnyRevision);
    store.addTransfer(crimeCase, { QStringLiteral("T1"), core::Department::PublicSecurity, cases.at(18.2),
                                     cases.officer(), tr("suspected illegal occupation of farmland (art. 342)"), {}, {}, {} },
        kAnyRevision);
    store.recordTransferReply(crimeCase, QStringLiteral("T1"), tr("case opened for investigation"), cases.at(16));
    cases.advance(crimeCase, { A::ReportMajor, 17 });
    cases.advance(crimeCase, { A::File, 15 });

    cases.run({ "PS2024-007", 3, { { A::Verify, 2 }, { A::Stop, 1 } } }); // stopped, report due
    cases.run({ "PS2024-012", 30, { { A::Verify, 29 } } }); // stop order overdue
    // A threshold case (10.00 mu) left past its stop-order deadline: 龙溪镇's one-vote veto.
    cases.run({ "PS2024-005", 40, { { A::Verify, 39 } } });
    cases.run({ "PS2024-015", 10, { { A::Dismiss, 9 } } }); // not a violation
    cases.run({ "PS2024-020", 0, {} }); // clue just recorded
    // The flags the sample opened with are the incidents' own; judged now with the parties'
    // totals (冯金锁's PS2024-007 reaches 5 亩 together with PS2024-008).
    CaseFlags::rejudge(store, {}, tr("sample cases judged with their parties' totals"));
    // Then the bureau's approvals arrive, through the use case `project import-approvals` runs:
    // the incidents they meet are measured again and their cases judged again, each logged
    // (PS2024-003 keeps 4.01 亩 unlawful of its 5.01: reached → below).
    if (approvals)
        ApprovalImporter::run(store, dir.filePath(QStringLiteral("approvals.shp")), {});
    QStringList ids;
    for (const core::CaseFile &file : store.cases())
        ids << file.id();
    SamplePatrol::add(store, now.date()); // grid, officers, a two-week plan, one track
    SampleAssessment::add(store, sampleDir, now); // targets of the year, one 约谈
    return ids;
}

} // namespace fg::gis
