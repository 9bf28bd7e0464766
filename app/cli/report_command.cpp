// SPDX-License-Identifier: MIT
#include "app/cli/report_command.h"

#include "app/cli/project_report_runner.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/report/case_report.h"
#include "gis/report/case_report_builder.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <memory>

namespace fg::app {

namespace {

const QString kIncidents = QStringLiteral("incidents");
const QString kBasic = QStringLiteral("basic-farmland");
const QString kCultivated = QStringLiteral("cultivated");
const QString kBoundaries = QStringLiteral("boundaries");
const QString kCase = QStringLiteral("case");
const QString kIdField = QStringLiteral("id-field");
const QString kPartyField = QStringLiteral("party-field");
const QString kMethod = QStringLiteral("area-method");
const QString kRules = QStringLiteral("rules");
const QString kCrs = QStringLiteral("crs");
const QString kEncoding = QStringLiteral("encoding");
const QString kPage = QStringLiteral("page");
const QString kBureau = QStringLiteral("bureau");
const QString kDate = QStringLiteral("date");
const QString kOutput = QStringLiteral("output");
const QString kTownship = QStringLiteral("township");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QStringList kKinds = { QStringLiteral("case"), QStringLiteral("township"), QStringLiteral("public-map"),
    QStringLiteral("patrol") };

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ReportCommand::tr(
        "Writes a report as PDF. 'report case' makes the case report (案件图斑分析报告): the incident's "
        "facts, a map over basic farmland and land-use parcels, the area table by class, the verdict, the "
        "boundary point coordinate table and signature lines. 'report township PROJECT [--township NAME]' "
        "makes the township statistics report (考核); 'report public-map PROJECT --township NAME' (or "
        "--basic-farmland and --boundaries) the public basic-farmland map (向社会公告); 'report patrol PROJECT "
        "--township NAME --from DATE --to DATE' the patrol plan report."));
    parser.addHelpOption();
    const QString path = ReportCommand::tr("PATH");
    parser.addOptions({
        { kIncidents, ReportCommand::tr("Incident (监测图斑) polygon layer."), path },
        { kBasic, ReportCommand::tr("Permanent basic farmland polygon layer."), path },
        { kCultivated, ReportCommand::tr("Cultivated land or land-use (DLTB) polygon layer."), path },
        { kBoundaries,
            ReportCommand::tr("Township or village boundary layer (repeatable; a layer with XZMC is villages)."),
            path },
        { kCase, ReportCommand::tr("The case (incident) id to report."), ReportCommand::tr("ID") },
        { kIdField, ReportCommand::tr("Incident id field (default: the source FID)."), ReportCommand::tr("NAME") },
        { kPartyField, ReportCommand::tr("Party field (default DSR when present)."), ReportCommand::tr("NAME") },
        { kMethod, ReportCommand::tr("Area method of the verdict: ellipsoidal, geodesic or planar."),
            ReportCommand::tr("METHOD"), QStringLiteral("ellipsoidal") },
        { kRules, ReportCommand::tr("JSON rules file (thresholds, reading, cultivated classes)."), path },
        { kCrs, ReportCommand::tr("Working CRS, also assumed for layers without one, e.g. EPSG:4547."),
            ReportCommand::tr("CRS") },
        { kEncoding, ReportCommand::tr("Attribute text encoding (overrides detection)."), ReportCommand::tr("NAME") },
        { kPage, ReportCommand::tr("Paper: A4, A3, A4-landscape or A3-landscape (default A4)."),
            ReportCommand::tr("SIZE"), QStringLiteral("A4") },
        { kBureau, ReportCommand::tr("Issuing bureau in the page header."), ReportCommand::tr("NAME"),
            QStringLiteral("平顺县自然资源局") },
        { kDate, ReportCommand::tr("Report date, YYYY-MM-DD (default today)."), ReportCommand::tr("DATE") },
        { kOutput, ReportCommand::tr("The PDF file to write."), path },
        { kTownship, ReportCommand::tr("Township (乡镇) the report is about (township, public-map, patrol)."),
            ReportCommand::tr("NAME") },
        { kFrom, ReportCommand::tr("First day of the patrol period, YYYY-MM-DD."), ReportCommand::tr("DATE") },
        { kTo, ReportCommand::tr("Last day of the patrol period, YYYY-MM-DD."), ReportCommand::tr("DATE") },
    });
}

QString usageProblem(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !kKinds.contains(positional.first()))
        return ReportCommand::tr("say which report: case, township, public-map or patrol (see --help)");
    if (positional.size() > 2)
        return ReportCommand::tr("unexpected argument '%1' (see --help)").arg(positional.at(2));
    if (positional.first() != QLatin1String("case"))
        return ProjectReportRunner::usageProblem(parser);
    const bool project = positional.size() == 2;
    if (project && (parser.isSet(kIncidents) || parser.isSet(kBasic) || parser.isSet(kCultivated)))
        return ReportCommand::tr("give either a project or layer files, not both");
    if (!project && !parser.isSet(kIncidents))
        return ReportCommand::tr("give a project, or --incidents PATH (see --help)");
    if (!project && !parser.isSet(kBasic) && !parser.isSet(kCultivated))
        return ReportCommand::tr("give at least one of --basic-farmland and --cultivated");
    if (!parser.isSet(kCase))
        return ReportCommand::tr("--case ID is required");
    if (!parser.isSet(kOutput))
        return ReportCommand::tr("--output FILE.pdf is required");
    gis::AreaMethod method;
    if (!gis::parseAreaMethod(parser.value(kMethod), &method))
        return ReportCommand::tr("--area-method must be ellipsoidal, geodesic or planar, not '%1'")
            .arg(parser.value(kMethod));
    gis::PageSetup page;
    if (!gis::PageSetup::parse(parser.value(kPage), &page))
        return ReportCommand::tr("--page must be A4, A3, A4-landscape or A3-landscape, not '%1'")
            .arg(parser.value(kPage));
    if (parser.isSet(kDate) && !QDate::fromString(parser.value(kDate), Qt::ISODate).isValid())
        return ReportCommand::tr("--date must be a date such as 2024-05-20, not '%1'").arg(parser.value(kDate));
    if (parser.isSet(kCrs) && gis::parseEpsgCode(parser.value(kCrs)) == 0)
        return ReportCommand::tr("--crs must be an EPSG code such as EPSG:4547, not '%1'").arg(parser.value(kCrs));
    return {};
}

/// Reads every layer, brings them into one working CRS and builds their indexes.
gis::CaseReportSources readSources(const QCommandLineParser &parser)
{
    std::vector<std::shared_ptr<gis::VectorLayer>> layers;
    const auto read = [&](const QString &path) {
        layers.push_back(ProjectReportRunner::readPolygons(path, parser));
        return layers.back();
    };
    gis::CaseReportSources sources;
    auto incidents = read(parser.value(kIncidents));
    auto basic = parser.isSet(kBasic) ? read(parser.value(kBasic)) : nullptr;
    auto landUse = parser.isSet(kCultivated) ? read(parser.value(kCultivated)) : nullptr;
    std::shared_ptr<gis::VectorLayer> villages, townships;
    for (const QString &path : parser.values(kBoundaries)) {
        auto layer = read(path);
        (layer->fieldIndex(QStringLiteral("XZMC")) >= 0 ? villages : townships) = layer;
    }
    std::vector<const gis::VectorLayer *> all;
    for (const auto &layer : layers)
        all.push_back(layer.get());
    const QString crs = parser.value(kCrs);
    const bool override = gis::isCgcs2000GaussKrugerZone(gis::parseEpsgCode(crs));
    const gis::WorkingCrsChoice working = gis::chooseWorkingCrs(all, override ? crs : QString());
    for (const auto &layer : layers) {
        gis::transformToWorkingCrs(*layer, working.epsg);
        layer->buildIndex();
        for (const QString &warning : layer->warnings)
            sources.warnings << (warning.contains(layer->sourcePath) ? warning
                                                                     : layer->sourcePath + QStringLiteral(": ") + warning);
    }
    sources.incidents = incidents;
    sources.basicFarmland = basic;
    sources.landUse = landUse;
    sources.villages = villages;
    sources.townships = townships;
    sources.workingEpsg = working.epsg;
    sources.crsName = incidents->crs.name;
    return sources;
}

/// The layers of a project (already in its working CRS) and the case's record: the case is
/// found by its id, or by the id of one of its incidents.
gis::CaseReportSources readProject(const QString &path, const QString &caseId, std::optional<core::CaseFile> *file)
{
    const std::unique_ptr<gis::ProjectStore> opened = ProjectReportRunner::openProject(path);
    const gis::ProjectStore &store = *opened;
    gis::CaseReportSources sources;
    using L = gis::ProjectTables;
    sources.incidents = ProjectReportRunner::projectLayer(store, L::kIncidents);
    // lupdate takes the qualified return type for a scope and would file X::tr() under a bare context.
    if (!sources.incidents)
        throw core::InputError(
            path, QCoreApplication::translate("fg::app::ReportCommand", "the project has no incidents layer"));
    sources.basicFarmland = ProjectReportRunner::projectLayer(store, L::kBasicFarmland);
    sources.landUse = ProjectReportRunner::projectLayer(store, L::kLandUse);
    sources.townships = ProjectReportRunner::projectLayer(store, L::kTownships);
    sources.villages = ProjectReportRunner::projectLayer(store, L::kVillages);
    sources.workingEpsg = store.info().workingEpsg;
    sources.crsName = sources.incidents->crs.name;
    sources.idField = QStringLiteral("incident_id");
    sources.partyField = QStringLiteral("party");
    sources.caseId = caseId;
    *file = store.caseFile(caseId);
    if (*file && !(*file)->incidentIds().isEmpty())
        sources.caseId = (*file)->incidentIds().first();
    for (const core::CaseFile &c : store.cases())
        if (!*file && c.incidentIds().contains(caseId))
            *file = c;
    for (const gis::IncidentRecord &record : store.incidents())
        if (record.id == sources.caseId)
            sources.facts = { core::violationTypeName(record.violationType), gis::incidentSourceName(record.source),
                record.discoveryDate.toString(Qt::ISODate), record.township, record.village };
    return sources;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("write reports as PDF: case report, township statistics, public basic-farmland map, patrol plan");
}

int ReportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err, usageProblem))
        return *done;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("farmguard-cli report: fonts need a GUI application object (internal error)") << '\n';
        return ExitFailure;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.first() != QLatin1String("case"))
        return ProjectReportRunner::run(parser, out);
    std::optional<core::CaseFile> caseFile;
    gis::CaseReportSources sources = positional.size() == 2
        ? readProject(positional.at(1), parser.value(kCase), &caseFile)
        : readSources(parser);
    if (positional.size() < 2)
        sources.caseId = parser.value(kCase);
    if (parser.isSet(kIdField))
        sources.idField = parser.value(kIdField);
    if (parser.isSet(kPartyField))
        sources.partyField = parser.value(kPartyField);
    gis::parseAreaMethod(parser.value(kMethod), &sources.method);
    if (parser.isSet(kRules))
        sources.rules = core::Rules::fromFile(parser.value(kRules));
    gis::CaseReportData data = gis::CaseReportBuilder::build(sources);
    data.caseFile = caseFile;

    gis::ReportOptions options;
    gis::PageSetup::parse(parser.value(kPage), &options.page);
    options.bureau = parser.value(kBureau);
    options.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    const gis::CaseReport report(data, options);
    const gis::CaseReportLayout layout = report.write(parser.value(kOutput));
    out << tr("Wrote the case report of %1 (%2 pages, map 1:%3) to %4")
               .arg(data.caseId)
               .arg(layout.pages)
               .arg(layout.denominator, 0, 'f', 0)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

} // namespace fg::app
