// SPDX-License-Identifier: MIT
#include "gis/report/case_report_builder.h"

#include "core/borderline.h"

#include "gis/report/report_notes.h"

#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/vector_layer.h"
#include "gis/usecases/incident_importer.h"

namespace fg::gis {

namespace {

QString textOf(const VectorLayer &layer, int row, const char *field)
{
    const int index = layer.fieldIndex(QString::fromLatin1(field));
    if (index < 0)
        return {};
    const QVariant value = layer.value(row, index);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString().trimmed();
}

/// Name (XZQMC) of the boundary polygon containing the incident's interior point, or empty.
QString containingName(const VectorLayer *layer, const GEOSGeometry *incident)
{
    if (!layer || layer->fieldIndex(QStringLiteral("XZQMC")) < 0)
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr point(GEOSPointOnSurface_r(ctx, incident));
    if (!point)
        return {};
    for (int row : layer->query(point.get()))
        if (GEOSIntersects_r(ctx, layer->geometry(row), point.get()) == 1)
            return textOf(*layer, row, "XZQMC");
    return {};
}

int findIncident(const VectorLayer &incidents, const QString &idField, const QString &caseId)
{
    const int field = idField.isEmpty() ? -1 : incidents.fieldIndex(idField);
    if (!idField.isEmpty() && field < 0)
        throw core::InputError(incidents.sourcePath,
                               CaseReportBuilder::tr("the incident layer has no field '%1'").arg(idField));
    for (int row = 0; row < incidents.featureCount(); ++row) {
        const QString id = field >= 0 ? incidents.value(row, field).toString().trimmed()
                                      : QString::number(incidents.fid(row));
        if (id == caseId)
            return row;
    }
    throw core::InputError(incidents.sourcePath, CaseReportBuilder::tr("no incident has the id '%1'").arg(caseId));
}

EncroachmentReport measureWhole(const CaseReportSources &sources, const QString &partyField)
{
    EncroachmentRequest request;
    request.incidents = sources.incidents.get();
    request.basicFarmland = sources.basicFarmland.get();
    request.cultivated = sources.landUse.get();
    request.workingEpsg = sources.workingEpsg;
    request.idField = sources.idField;
    request.partyField = partyField;
    request.overlay.classField = sources.classField;
    request.overlay.cultivatedClasses = sources.rules.cultivatedClasses();
    request.rules = sources.rules;
    request.method = sources.method;
    return analyzeEncroachment(request);
}

/// A layer file's non-occupation matter (WFLX 非粮化, 撂荒): measured, not judged.
void unjudgeNonOccupation(CaseReportData *data)
{
    const auto type = IncidentImporter::violationTypeFromText(data->violationType);
    if (!type || core::isOccupation(*type))
        return;
    data->occupationMatter = false;
    data->accumulated.reset();
    data->verdict.clearJudgement();
}

/// The party's incidents with their own figures, for the 当事人累计 line.
std::vector<std::pair<QString, core::Verdict>> eachOf(
    const EncroachmentReport &report, const PartyResult &party)
{
    std::vector<std::pair<QString, core::Verdict>> each;
    for (const QString &id : party.incidentIds)
        for (const IncidentResult &incident : report.incidents)
            if (incident.id == id)
                each.emplace_back(id, incident.verdict);
    return each;
}

void applyJudged(const CaseReportFigures &judged, const VectorLayer &incidents, int row, const QString &partyField,
    CaseReportData *data)
{
    if (!partyField.isEmpty())
        data->party = textOf(incidents, row, partyField.toLatin1().constData());
    data->incidentIds = judged.incidentIds;
    data->occupation = judged.occupation;
    data->verdict = judged.verdict;
    data->accumulated = judged.accumulated;
    data->occupationMatter = judged.occupationMatter;
    data->outsideWindow = judged.outsideWindow;
    data->partyIdNumber = judged.partyIdNumber;
    data->judgedFlag = judged.flag;
    data->verdictText = judged.verdictText;
    data->borderlineReasons = judged.borderlineReasons;
    data->splitPlots = judged.splitPlots;
    data->approvedText = judged.approvedText;
}

/// A layer file's 临界 reasons and split-plot groups (a project's come judged).
void addEdges(const EncroachmentReport &report, CaseReportData *data)
{
    data->borderlineReasons = core::Borderline::reasons(data->verdict, data->rules);
    if (data->accumulated)
        for (const QString &reason : core::Borderline::reasons(data->accumulated->verdict, data->rules))
            data->borderlineReasons << CaseReportBuilder::tr("party total: %1").arg(reason);
    for (const SplitPlotGroup &group : report.splitPlots)
        if (group.incidentIds.contains(data->caseId))
            data->splitPlots.push_back(group);
}

} // namespace

CaseReportData CaseReportBuilder::build(const CaseReportSources &sources)
{
    const VectorLayer &incidents = *sources.incidents;
    const int row = findIncident(incidents, sources.idField, sources.caseId);
    QString partyField = sources.partyField;
    if (partyField.isEmpty() && incidents.fieldIndex(QStringLiteral("DSR")) >= 0)
        partyField = QStringLiteral("DSR");

    // A project's judged figures need no measuring of the layer; a layer file is measured whole.
    const EncroachmentReport report = sources.judged ? EncroachmentReport {} : measureWhole(sources, partyField);

    CaseReportData data;
    data.caseId = sources.caseId;
    data.workingEpsg = sources.workingEpsg;
    data.crsName = sources.crsName;
    data.method = sources.method;
    data.rules = sources.rules;
    data.rulesText = sources.rulesText;
    data.incident = incidents.geometry(row);
    data.layers = { sources.landUse, sources.basicFarmland, sources.incidents, sources.villages, sources.townships };
    // The document names layers by their role; the reading's own messages (with paths) are the
    // caller's to show on screen.
    data.warnings = ReportNotes::of({ { sources.incidents.get(), tr("incident layer") },
                                        { sources.basicFarmland.get(), tr("basic farmland layer") },
                                        { sources.landUse.get(), tr("land-use layer") },
                                        { sources.villages.get(), tr("village boundaries") },
                                        { sources.townships.get(), tr("township boundaries") } },
        report.warnings);
    data.incidentIds = { sources.caseId };
    data.accumulationRule = sources.accumulationRule.isEmpty()
        ? tr("Accumulated (累计计算): every incident of the party in the layer (a layer file holds no case records).")
        : sources.accumulationRule;
    for (const IncidentResult &result : report.incidents) {
        if (result.row != row)
            continue;
        data.party = result.party;
        data.occupation = result.occupation;
        data.verdict = result.verdict;
    }
    for (const PartyResult &party : report.parties)
        if (!data.party.isEmpty() && party.party == data.party && party.incidentIds.size() > 1)
            data.accumulated = AccumulatedFigures { party.incidentIds, party.occupation, party.verdict,
                eachOf(report, party) };
    if (sources.judged)
        applyJudged(*sources.judged, incidents, row, partyField, &data);
    data.violationType = textOf(incidents, row, "WFLX");
    if (!sources.judged) {
        unjudgeNonOccupation(&data);
        addEdges(report, &data);
    }
    data.source = textOf(incidents, row, "LY");
    data.discovered = textOf(incidents, row, "FXRQ");
    data.township = textOf(incidents, row, "XZMC");
    if (data.township.isEmpty())
        data.township = containingName(sources.townships.get(), data.incident);
    data.village = containingName(sources.villages.get(), data.incident);
    if (sources.facts) {
        const IncidentFacts &f = *sources.facts;
        data.violationType = f.violationType;
        data.source = f.source;
        data.discovered = f.discovered;
        data.township = f.township.isEmpty() ? data.township : f.township;
        data.village = f.village.isEmpty() ? data.village : f.village;
    }
    return data;
}

} // namespace fg::gis
