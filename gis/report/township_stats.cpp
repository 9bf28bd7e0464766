// SPDX-License-Identifier: MIT
#include "gis/report/township_stats.h"

#include "core/cases/deadline_tracker.h"
#include "gis/io/vector_layer.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/project_coverage.h"
#include "gis/usecases/project_rules.h"
#include "gis/report/township_report.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace fg::gis {

namespace {

struct IncidentInfo
{
    QString township;
    QString party;
    double basicFarmlandMu = 0; ///< as judged when measured
    double cultivatedMu = 0;
};

TownshipStats &statsFor(std::vector<TownshipStats> &all, const QString &township)
{
    for (TownshipStats &s : all)
        if (s.township == township)
            return s;
    all.push_back(TownshipStats());
    all.back().township = township;
    return all.back();
}

TownshipCaseRow caseRow(const core::CaseFile &file, const QHash<QString, IncidentInfo> &incidents, int overdue)
{
    TownshipCaseRow row;
    row.caseId = file.id();
    row.party = file.partyId();
    row.status = file.status();
    row.recordedFlag = file.thresholdFlag();
    row.flagged = file.thresholdFlag() == core::ThresholdFlag::Reached;
    row.major = file.isMajor();
    row.overdueSteps = overdue;
    // Without a judgement: the stored figures of a one-incident case (as judged when measured).
    if (file.incidentIds().size() == 1) {
        const IncidentInfo info = incidents.value(file.incidentIds().first());
        row.verdict.basicFarmlandMu = info.basicFarmlandMu;
        row.verdict.cultivatedMu = info.cultivatedMu;
    }
    for (const QString &id : file.incidentIds())
        if (row.party.isEmpty())
            row.party = incidents.value(id).party;
    return row;
}

void applyJudged(TownshipCaseRow &row, const CaseFigures &figures)
{
    row.verdict = figures.verdict;
    row.judgedFlag = figures.flag();
    row.borderline = figures.borderline();
    row.borderlineReasons = figures.borderlineReasons();
    row.verdictText = figures.verdictText();
    row.approvedText = figures.approvedText();
    if (figures.hasAccumulation()) {
        row.accumulated = figures.partyVerdict;
        row.accumulatedWith = figures.partyIncidentIds;
    }
    if (!figures.party.isEmpty())
        row.party = figures.party;
}

} // namespace

double TownshipStats::closureRate() const
{
    const int counted = cases - dismissed;
    return counted > 0 ? double(closed) / counted : -1;
}

TownshipStatsSet TownshipStatsBuilder::build(const ProjectStore &store, const QStringList &townships,
                                             const QDateTime &asOf, const std::vector<core::CoverageRow> &coverage,
                                             const CaseJudgements *judged)
{
    TownshipStatsSet set;
    set.asOf = asOf;
    set.judged = judged != nullptr;
    set.rules = judged ? judged->rules : ProjectRules::read(store);
    QStringList order = townships;
    if (order.isEmpty()) {
        for (const IncidentRecord &record : store.incidents())
            if (!order.contains(record.township))
                order << record.township;
        std::sort(order.begin(), order.end());
    }
    for (const QString &name : order)
        statsFor(set.townships, name);
    QHash<QString, IncidentInfo> incidents;
    for (const IncidentRecord &record : store.incidents()) {
        incidents.insert(record.id, { record.township, record.party, record.measures.basicFarmlandMu,
                                      record.measures.cultivatedMu });
        if (set.method.isEmpty() && record.measures.measured)
            set.method = record.measures.method;
    }
    const QList<core::CaseFile> cases = store.cases();
    QHash<QString, const core::CaseFile *> caseOfIncident;
    for (const core::CaseFile &file : cases)
        for (const QString &id : file.incidentIds())
            caseOfIncident.insert(id, &file);

    const auto wanted = [&](const QString &township) {
        return townships.isEmpty() || townships.contains(township);
    };
    for (const IncidentRecord &record : store.incidents()) {
        if (!wanted(record.township))
            continue;
        TownshipStats &s = statsFor(set.townships, record.township);
        ++s.clues;
        const core::CaseFile *file = caseOfIncident.value(record.id);
        if (!file)
            ++s.withoutCase;
        if (file && file->status() == core::CaseStatus::Dismissed)
            continue;
        s.basicFarmlandM2 += record.measures.basicFarmlandM2;
        s.cultivatedM2 += record.measures.cultivatedM2;
        // The judged verdict (its case's, or its own with its party's total) when given.
        const CaseFigures *figures = judged ? judged->ofIncident(record.id) : nullptr;
        const bool flagged
            = (figures ? figures->flag() == core::ThresholdFlag::Reached : record.measures.accountability)
            || (file && file->thresholdFlag() == core::ThresholdFlag::Reached);
        if (flagged)
            ++s.flagged;
        if (flagged && !file)
            s.vetoWarnings << tr("Incident %1 reaches the accountability threshold but no case was opened")
                                  .arg(record.id);
    }

    const core::DeadlineTracker tracker;
    for (const core::CaseFile &file : cases) {
        const QString township = file.incidentIds().isEmpty() ? QString()
                                                              : incidents.value(file.incidentIds().first()).township;
        if (!wanted(township))
            continue;
        TownshipStats &s = statsFor(set.townships, township);
        const int overdue = tracker.overdue(file, asOf).size();
        TownshipCaseRow row = caseRow(file, incidents, overdue);
        if (const CaseFigures *figures = judged ? judged->find(file.id()) : nullptr)
            applyJudged(row, *figures);
        s.caseRows << row;
        ++s.cases;
        ++s.casesByStatus[row.status];
        s.closed += row.status == core::CaseStatus::Closed;
        s.dismissed += row.status == core::CaseStatus::Dismissed;
        s.overdueSteps += overdue;
        if ((row.flagged || row.judgedFlag == core::ThresholdFlag::Reached) && !core::isTerminal(row.status))
            s.vetoWarnings << tr("Case %1 reaches the accountability threshold and is not closed (%2)")
                                  .arg(file.id(), core::caseStatusName(row.status));
        else if (row.major && overdue > 0 && !core::isTerminal(row.status))
            s.vetoWarnings << tr("Major case %1 has %2 overdue step(s)").arg(file.id()).arg(overdue);
    }
    for (const core::CoverageRow &row : coverage)
        for (TownshipStats &s : set.townships)
            if (s.township == row.group)
                s.coverage = row;
    return set;
}

std::vector<core::CoverageRow> TownshipStatsBuilder::patrolCoverage(const ProjectStore &store, QDate asOf)
{
    return ProjectCoverage::patrolledTownships(store, asOf.addDays(-(TownshipReport::kCoverageDays - 1)), asOf);
}

QStringList TownshipStatsBuilder::townshipNames(const VectorLayer *townships)
{
    QStringList names;
    const int field = townships ? townships->fieldIndex(QStringLiteral("XZQMC")) : -1;
    for (int row = 0; field >= 0 && row < townships->featureCount(); ++row) {
        const QString name = townships->value(row, field).toString().trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

} // namespace fg::gis
