// SPDX-License-Identifier: MIT
#include "gis/usecases/case_judgement.h"

#include "core/borderline.h"
#include "core/input_error.h"
#include "core/units.h"
#include "gis/store/project_store.h"
#include "gis/usecases/analysis_lookup.h"
#include "gis/usecases/edges_json.h"

#include <QJsonArray>

#include <algorithm>

namespace fg::gis {

namespace {

QList<core::CaseFile> casesOf(const ProjectStore &store, const QStringList &ids, StoreReads *reads)
{
    const QList<core::CaseFile> all = reads ? reads->cases(store) : store.cases();
    if (ids.isEmpty())
        return all;
    // By id, the first of a kind as a scan finds it (a scan per id was quadratic in the cases).
    QHash<QString, qsizetype> positions;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (!positions.contains(all[i].id()))
            positions.insert(all[i].id(), i);
    QList<core::CaseFile> chosen;
    for (const QString &id : ids) {
        const auto it = positions.constFind(id);
        if (it == positions.cend())
            throw core::InputError(store.info().location, CaseJudgement::tr("the project has no case with this id"), id);
        chosen.append(all[*it]);
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
    if (!measured)
        return core::ThresholdFlag::NotAssessed;
    const bool reached = verdict.accountability() || (accumulates && partyVerdict.accountability());
    return reached ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below;
}

bool CaseFigures::borderline() const
{
    if (!occupation || !measured)
        return false;
    const bool judged = verdict.accountability() || (accumulates && partyVerdict.accountability());
    const bool other = verdict.otherAccountability() || (accumulates && partyVerdict.otherAccountability());
    if (judged != other)
        return true;
    // The tolerance: a verdict that flips is below at its inner boundary and reached at its outer
    // one; the flag flips when the two ends of (own or party total) differ.
    const auto low = [](const core::Verdict &v) { return !v.tolerance.flips && v.accountability(); };
    const auto high = [](const core::Verdict &v) { return v.tolerance.flips || v.accountability(); };
    return (low(verdict) || (accumulates && low(partyVerdict))) != (high(verdict) || (accumulates && high(partyVerdict)));
}

QStringList CaseFigures::borderlineReasons() const
{
    if (!borderline())
        return {};
    core::Rules rules;
    rules.setBasicFarmlandMu(basicFarmlandThresholdMu);
    rules.setCultivatedMu(cultivatedThresholdMu);
    QStringList reasons = core::Borderline::reasons(verdict, rules);
    if (accumulates)
        for (const QString &reason : core::Borderline::reasons(partyVerdict, rules))
            reasons << tr("party total: %1").arg(reason);
    return reasons;
}

bool CaseFigures::byPartyTotal() const
{
    return flag() == core::ThresholdFlag::Reached && !verdict.accountability();
}

QString CaseFigures::verdictText(core::ThresholdFlag flag, bool byPartyTotal, bool borderline)
{
    QString text;
    switch (flag) {
    case core::ThresholdFlag::Reached:
        text = byPartyTotal ? tr("accountability (party total)") : tr("accountability");
        break;
    case core::ThresholdFlag::Below:
        text = tr("below threshold");
        break;
    case core::ThresholdFlag::NotAssessed:
        return tr("not measured");
    case core::ThresholdFlag::NotApplicable:
        return tr("not an occupation: no threshold");
    }
    return borderline ? tr("%1, 临界 (review)").arg(text) : text;
}

QString CaseFigures::verdictText() const
{
    const QString text = verdictText(flag(), byPartyTotal(), borderline());
    // The digitising tolerance's range beside the mark, so every list shows what to re-measure.
    const core::ToleranceRange &range = byPartyTotal() ? partyVerdict.tolerance : verdict.tolerance;
    if (!borderline() || !range.flips)
        return text;
    return tr("%1 (±%2 m: %3)").arg(text).arg(range.toleranceM).arg(core::Borderline::rangeText(range));
}

QString CaseFigures::accumulationText() const
{
    if (!hasAccumulation())
        return {};
    const auto mu = [](double value) { return core::formatJudgedMu(value); };
    QStringList each;
    for (const auto &[id, v] : partyIncidents)
        each << tr("%1: %2 mu basic farmland, %3 mu cultivated land")
                    .arg(id, mu(v.basicFarmlandMu), mu(v.cultivatedMu));
    QString text = tr(
        "当事人累计 (the party's total): %1's incidents not yet dealt with count together, overlaps once.")
                       .arg(party);
    text += QLatin1Char('\n') + each.join(QLatin1Char('\n'));
    text += QLatin1Char('\n')
        + tr("Together %1 mu basic farmland, %2 mu cultivated land (thresholds %3 and %4 mu): %5.")
              .arg(mu(partyVerdict.basicFarmlandMu), mu(partyVerdict.cultivatedMu),
                  mu(basicFarmlandThresholdMu), mu(cultivatedThresholdMu),
                  partyVerdict.accountability() ? tr("threshold reached") : tr("below the thresholds"));
    text += QLatin1Char('\n')
        + tr("This case alone (%1): %2 mu basic farmland, %3 mu cultivated land.")
              .arg(incidentIds.join(QStringLiteral(", ")), mu(verdict.basicFarmlandMu),
                  mu(verdict.cultivatedMu));
    if (!outsideWindow.isEmpty())
        text += QLatin1Char('\n')
            + tr("Left out by the time window: %1.").arg(outsideWindow.join(QStringLiteral(", ")));
    return text;
}

namespace {

QJsonObject verdictJson(const core::Verdict &v)
{
    QJsonObject object { { QStringLiteral("basic_farmland_mu"), v.basicFarmlandMu },
        { QStringLiteral("cultivated_mu"), v.cultivatedMu }, { QStringLiteral("basic_farmland"), v.basicFarmland },
        { QStringLiteral("cultivated"), v.cultivated } };
    if (v.netKnown) {
        object.insert(QStringLiteral("cultivated_gross_mu"), v.cultivatedGrossMu);
        object.insert(QStringLiteral("cultivated_net_mu"), v.cultivatedNetMu);
    }
    if (v.borderline)
        object.insert(QStringLiteral("borderline"), true);
    return object;
}

} // namespace

QJsonObject CaseFigures::json() const
{
    QJsonObject object { { QStringLiteral("incidents"), QJsonArray::fromStringList(incidentIds) },
        { QStringLiteral("measured"), measured }, { QStringLiteral("reading"), core::readingName(reading) },
        { QStringLiteral("cultivated_area"), core::cultivatedAreaName(cultivatedArea) },
        { QStringLiteral("open_to_accumulation"), openToAccumulation },
        { QStringLiteral("thresholds_mu"), QJsonArray { basicFarmlandThresholdMu, cultivatedThresholdMu } } };
    if (!occupation)
        object.insert(QStringLiteral("occupation"), false);
    if (measured)
        object.insert(QStringLiteral("own"), verdictJson(verdict));
    if (hasAccumulation()) {
        QJsonObject total = verdictJson(partyVerdict);
        total.insert(QStringLiteral("party"), party);
        total.insert(QStringLiteral("incidents"), QJsonArray::fromStringList(partyIncidentIds));
        if (!outsideWindow.isEmpty())
            total.insert(QStringLiteral("outside_window"), QJsonArray::fromStringList(outsideWindow));
        object.insert(QStringLiteral("party"), total);
    }
    if (borderline())
        object.insert(QStringLiteral("borderline"), true);
    if (verdict.tolerance.checked)
        object.insert(QStringLiteral("tolerance"), EdgesJson::tolerance(verdict.tolerance));
    if (!splitPlots.empty())
        object.insert(QStringLiteral("split_plots"), EdgesJson::splitPlots(splitPlots));
    if (!approvals.isEmpty()) {
        QJsonArray documents;
        for (const core::Approval &a : approvals)
            documents.append(QJsonObject { { QStringLiteral("document_no"), a.documentNumber },
                { QStringLiteral("kind"), core::approvalKindCode(a.kind) },
                { QStringLiteral("valid_from"), a.firstDay().toString(Qt::ISODate) },
                { QStringLiteral("valid_to"), a.validTo.isValid() ? QJsonValue(a.validTo.toString(Qt::ISODate)) : QJsonValue() } });
        object.insert(QStringLiteral("approved"),
            QJsonObject { { QStringLiteral("area_m2"), core::roundToHundredths(approvedM2) },
                { QStringLiteral("area_mu"), core::roundedMu(approvedM2) }, { QStringLiteral("documents"), documents } });
    }
    return object;
}

QString CaseFigures::approvedText() const
{
    if (approvals.isEmpty())
        return {};
    QStringList documents;
    for (const core::Approval &a : approvals)
        documents << tr("%1 (%2, %3 to %4)")
                         .arg(a.documentNumber, core::approvalKindName(a.kind), a.firstDay().toString(Qt::ISODate),
                             a.validTo.isValid() ? a.validTo.toString(Qt::ISODate) : tr("no end"));
    return tr("%1 mu approved (已批准) by %2; the figures are of the unlawful part")
        .arg(core::formatJudgedMu(core::roundedMu(approvedM2)), documents.join(QStringLiteral("; ")));
}

QString CaseFigures::text() const
{
    if (!occupation)
        return tr("not an occupation (非粮化, 撂荒): the occupation thresholds do not apply");
    if (!measured)
        return tr("not every incident of the case is measured");
    const auto mu = [](double value) { return core::formatJudgedMu(value); };
    QString text = tr("%1 mu basic farmland, %2 mu cultivated land (%3)")
                       .arg(mu(verdict.basicFarmlandMu), mu(verdict.cultivatedMu), incidentIds.join(QStringLiteral(", ")));
    if (verdict.netKnown)
        text += tr("; cultivated land gross %1 mu, net of 田坎 %2 mu")
                    .arg(mu(verdict.cultivatedGrossMu), mu(verdict.cultivatedNetMu));
    if (hasAccumulation())
        text += tr("; accumulated with the party's %1: %2 mu basic farmland, %3 mu cultivated land")
                    .arg(partyIncidentIds.join(QStringLiteral(", ")), mu(partyVerdict.basicFarmlandMu),
                        mu(partyVerdict.cultivatedMu));
    if (borderline())
        text += tr("; 临界: %1").arg(borderlineReasons().join(QStringLiteral("; ")));
    for (const SplitPlotGroup &group : splitPlots)
        text += tr("; 疑似化整为零 with %1 (together %2 mu basic farmland, %3 mu cultivated land)")
                    .arg(group.incidentIds.join(QStringLiteral(", ")), mu(group.verdict.basicFarmlandMu),
                        mu(group.verdict.cultivatedMu));
    return text + tr("; thresholds %1 and %2 mu").arg(mu(basicFarmlandThresholdMu), mu(cultivatedThresholdMu));
}

const CaseFigures *CaseJudgements::find(const QString &caseId) const
{
    for (const CaseFigures &figures : cases)
        if (figures.caseId == caseId)
            return &figures;
    return nullptr;
}

const CaseFigures *CaseJudgements::ofIncident(const QString &incidentId) const
{
    if (const auto it = caseOfIncident.constFind(incidentId); it != caseOfIncident.constEnd())
        return find(*it);
    for (const CaseFigures &figures : uncased)
        if (figures.caseId == incidentId)
            return &figures;
    return nullptr;
}

namespace {

CaseFigures figuresOf(const QString &name, const QStringList &incidentIds, bool occupation,
    const ProjectAnalysisResult &analysis, const AnalysisLookup &lookup)
{
    CaseFigures f;
    f.caseId = name;
    f.occupation = occupation;
    f.reading = analysis.rules.reading();
    f.cultivatedArea = analysis.rules.cultivatedArea();
    f.basicFarmlandThresholdMu = analysis.rules.basicFarmlandMu();
    f.cultivatedThresholdMu = analysis.rules.cultivatedMu();
    int first = -1;
    for (const QString &id : incidentIds) {
        const int index = lookup.indexOf(id);
        if (index < 0)
            continue;
        f.incidentIds << id;
        if (first < 0)
            first = index;
        f.accumulates = f.accumulates || analysis.incidents.at(size_t(index)).accumulates;
        f.approvedM2 += analysis.report.incidents.at(size_t(index)).approved.area.of(analysis.method);
        for (const QString &number : analysis.incidents.at(size_t(index)).approvals)
            for (const ApprovalRecord &record : analysis.approvals)
                if (record.approval.documentNumber == number
                    && std::none_of(f.approvals.begin(), f.approvals.end(),
                        [&number](const core::Approval &a) { return a.documentNumber == number; }))
                    f.approvals.append(record.approval);
    }
    f.measured = !incidentIds.isEmpty() && f.incidentIds.size() == incidentIds.size();
    if (first < 0)
        return f;
    const ProjectIncidentOutcome &outcome = analysis.incidents.at(size_t(first));
    f.party = outcome.partyLabel;
    const PartyResult *group = f.incidentIds.size() > 1 ? findUnion(analysis.report.groups, name) : nullptr;
    f.occupied = group ? group->occupation : analysis.report.incidents.at(size_t(first)).occupation;
    f.verdict = analysis.rules.judge(occupiedAreas(f.occupied, analysis.method));
    f.verdict.setTolerance(group ? group->verdict.tolerance : analysis.report.incidents.at(size_t(first)).verdict.tolerance);
    for (const SplitPlotGroup &split : analysis.report.splitPlots)
        if (std::any_of(f.incidentIds.begin(), f.incidentIds.end(), [&](const QString &id) { return split.incidentIds.contains(id); }))
            f.splitPlots.push_back(split);
    if (!f.occupation)
        f.verdict.clearJudgement();
    if (const PartyResult *party = f.accumulates ? findUnion(analysis.report.parties, f.party) : nullptr) {
        f.partyIncidentIds = party->incidentIds;
        f.partyOccupied = party->occupation;
        f.partyVerdict = party->verdict;
        for (const QString &id : party->incidentIds)
            if (const int index = lookup.indexOf(id); index >= 0)
                f.partyIncidents.emplace_back(id, analysis.report.incidents.at(size_t(index)).verdict);
    }
    if (!f.party.isEmpty())
        f.outsideWindow << lookup.outsideWindowOf(f.party);
    return f;
}

/// A case's figures, with the lookups of the analysis built by the caller.
CaseFigures caseFigures(const core::CaseFile &file, const ProjectAnalysisResult &analysis, const AnalysisLookup &lookup)
{
    CaseFigures f = figuresOf(file.id(), file.incidentIds(), core::isOccupation(file.violationType()), analysis, lookup);
    f.openToAccumulation = core::AccumulationSelector::accumulates(file.status(), analysis.policy);
    return f;
}

} // namespace

CaseFigures CaseJudgement::figures(const core::CaseFile &file, const ProjectAnalysisResult &analysis)
{
    return caseFigures(file, analysis, AnalysisLookup(analysis));
}

CaseFigures CaseJudgement::judgeIncident(
    const ProjectStore &store, const QString &incidentId, const CaseJudgementOptions &options)
{
    ProjectAnalysisOptions analysisOptions;
    analysisOptions.rules = options.rules;
    analysisOptions.method = options.method;
    analysisOptions.memo = options.memo;
    analysisOptions.parcels = options.parcels;
    analysisOptions.reads = options.reads;
    analysisOptions.focusIncidents = { incidentId };
    const ProjectAnalysisResult analysis = ProjectAnalysis::run(store, analysisOptions);
    const int index = analysis.indexOf(incidentId);
    if (index < 0)
        throw core::InputError(store.info().location, tr("the project has no incident with this id"), incidentId);
    return figuresOf(
        incidentId, { incidentId }, analysis.incidents.at(size_t(index)).occupation, analysis, AnalysisLookup(analysis));
}

CaseJudgements CaseJudgement::judge(const ProjectStore &store, const QStringList &caseIds,
    const CaseJudgementOptions &options, const AnalysisProgress &progress)
{
    const QList<core::CaseFile> files = casesOf(store, caseIds, options.reads);
    ProjectAnalysisOptions analysisOptions;
    analysisOptions.rules = options.rules;
    analysisOptions.method = options.method;
    analysisOptions.memo = options.memo;
    analysisOptions.parcels = options.parcels;
    analysisOptions.reads = options.reads;
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
    const AnalysisLookup lookup(analysis);
    for (const core::CaseFile &file : files) {
        result.cases.push_back(caseFigures(file, analysis, lookup));
        for (const QString &id : file.incidentIds())
            if (!result.caseOfIncident.contains(id))
                result.caseOfIncident.insert(id, file.id());
    }
    // Every case judged: the incidents without one get their verdict from the same analysis.
    for (size_t i = 0; caseIds.isEmpty() && i < analysis.report.incidents.size(); ++i) {
        const QString &id = analysis.report.incidents[i].id;
        if (!result.caseOfIncident.contains(id))
            result.uncased.push_back(figuresOf(id, { id }, analysis.incidents[i].occupation, analysis, lookup));
    }
    result.rules = analysis.rules;
    result.rulesOrigin = analysis.rulesOrigin;
    result.method = analysis.method;
    result.possibleSameParties = analysis.possibleSameParties;
    result.warnings = analysis.report.warnings;
    result.splitPlots = analysis.report.splitPlots;
    return result;
}

CaseFigures CaseJudgement::judgeCase(const ProjectStore &store, const QString &caseId, const CaseJudgementOptions &options)
{
    return judge(store, { caseId }, options).cases.at(0);
}

} // namespace fg::gis
