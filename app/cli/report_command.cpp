// SPDX-License-Identifier: MIT
#include "app/cli/report_command.h"

#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/report/case_report.h"
#include "core/rules_record.h"
#include "gis/report/case_report_builder.h"
#include "gis/report/joint_discipline_notice.h"
#include "gis/report/major_case_report.h"
#include "gis/report/patrol_report.h"
#include "gis/report/public_map_report.h"
#include "gis/report/township_report.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/layer_files.h"
#include "gis/usecases/provenance.h"
#include "gis/usecases/report_inputs.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
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
const QString kJoint = QStringLiteral("joint-discipline");
const QStringList kKinds = { QStringLiteral("case"), QStringLiteral("township"), QStringLiteral("public-map"),
    QStringLiteral("patrol"), QStringLiteral("major-case"), kJoint };

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ReportCommand::tr(
        "Writes a report as PDF. 'report case' makes the case report (案件图斑分析报告): the incident's "
        "facts, a map over basic farmland and land-use parcels, the area table by class, the verdict, the "
        "boundary point coordinate table and signature lines. 'report township PROJECT [--township NAME]' "
        "makes the township statistics report (考核); 'report public-map PROJECT --township NAME' (or "
        "--basic-farmland and --boundaries) the public basic-farmland map (向社会公告); 'report patrol PROJECT "
        "--township NAME --from DATE --to DATE' the patrol plan report; 'report major-case PROJECT --case ID' "
        "the major-case report (重大案件报告); 'report joint-discipline PROJECT CASE' the one-page joint-discipline "
        "notice (联合惩戒通知书) of a case to the departments and companies that must refuse approvals, licences, "
        "funds, water, power, gas and loans for illegal land use. Every report prints the rules it judged with and "
        "their SHA-256."));
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

/// What is wrong with the command line of a township, public-map or patrol report; empty if fine.
QString projectReportProblem(const QCommandLineParser &parser)
{
    const bool hasProject = parser.positionalArguments().size() == 2;
    const QString which = parser.positionalArguments().value(0);
    if (which == QLatin1String("public-map")) {
        if (hasProject && (parser.isSet(kBasic) || parser.isSet(kBoundaries)))
            return ReportCommand::tr("give either a project or layer files, not both");
        if (!hasProject && (!parser.isSet(kBasic) || !parser.isSet(kBoundaries)))
            return ReportCommand::tr("give a project, or --basic-farmland PATH and --boundaries PATH (see --help)");
        if (!parser.isSet(kTownship))
            return ReportCommand::tr("--township NAME is required");
    } else if (!hasProject) {
        return ReportCommand::tr("give the project: 'report %1 PROJECT …' (see --help)").arg(which);
    }
    if (which == QLatin1String("major-case") && !parser.isSet(kCase))
        return ReportCommand::tr("--case ID is required");
    if (which == QLatin1String("patrol")) {
        if (!parser.isSet(kTownship))
            return ReportCommand::tr("--township NAME is required");
        for (const QString &option : { kFrom, kTo })
            if (!QDate::fromString(parser.value(option), Qt::ISODate).isValid())
                return ReportCommand::tr("--%1 must be a date such as 2024-05-20").arg(option);
    }
    if (!parser.isSet(kOutput))
        return ReportCommand::tr("--output FILE.pdf is required");
    gis::PageSetup page;
    if (parser.isSet(kPage) && !gis::PageSetup::parse(parser.value(kPage), &page))
        return ReportCommand::tr("--page must be A4, A3, A4-landscape or A3-landscape, not '%1'").arg(parser.value(kPage));
    if (parser.isSet(kDate) && !QDate::fromString(parser.value(kDate), Qt::ISODate).isValid())
        return ReportCommand::tr("--date must be a date such as 2024-05-20, not '%1'").arg(parser.value(kDate));
    return {};
}

/// What is wrong with a joint-discipline notice's command line; empty if fine.
QString jointProblem(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return ReportCommand::tr("give the project: 'report joint-discipline PROJECT CASE …' (see --help)");
    if (positional.size() > 3)
        return ReportCommand::tr("unexpected argument '%1' (see --help)").arg(positional.at(3));
    if ((positional.size() == 3) == parser.isSet(kCase))
        return ReportCommand::tr("name the case once: 'report joint-discipline PROJECT CASE' or --case ID");
    if (!parser.isSet(kOutput))
        return ReportCommand::tr("--output FILE.pdf is required");
    gis::PageSetup page;
    if (!gis::PageSetup::parse(parser.value(kPage), &page))
        return ReportCommand::tr("--page must be A4, A3, A4-landscape or A3-landscape, not '%1'").arg(parser.value(kPage));
    if (parser.isSet(kDate) && !QDate::fromString(parser.value(kDate), Qt::ISODate).isValid())
        return ReportCommand::tr("--date must be a date such as 2024-05-20, not '%1'").arg(parser.value(kDate));
    return {};
}

QString usageProblem(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !kKinds.contains(positional.first()))
        return ReportCommand::tr(
            "say which report: case, township, public-map, patrol, major-case or joint-discipline (see --help)");
    if (positional.first() == kJoint)
        return jointProblem(parser);
    if (positional.size() > 2)
        return ReportCommand::tr("unexpected argument '%1' (see --help)").arg(positional.at(2));
    if (positional.first() != QLatin1String("case"))
        return projectReportProblem(parser);
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

/// The layer files a case report from files reads, as given.
QStringList sourcePaths(const QCommandLineParser &parser)
{
    QStringList paths { parser.value(kIncidents) };
    for (const QString &option : { kBasic, kCultivated })
        if (parser.isSet(option))
            paths << parser.value(option);
    return paths + parser.values(kBoundaries);
}

/// The case report's layers from files, in one working CRS (a boundary layer with XZMC is villages).
gis::CaseReportSources readSources(const QCommandLineParser &parser)
{
    const gis::LayerFiles files = gis::readLayerFiles(sourcePaths(parser), { parser.value(kEncoding), parser.value(kCrs), true });
    gis::CaseReportSources sources;
    size_t next = 0;
    sources.incidents = files.layers.at(next++);
    if (parser.isSet(kBasic))
        sources.basicFarmland = files.layers.at(next++);
    if (parser.isSet(kCultivated))
        sources.landUse = files.layers.at(next++);
    for (; next < files.layers.size(); ++next)
        (files.layers[next]->fieldIndex(QStringLiteral("XZMC")) >= 0 ? sources.villages : sources.townships) = files.layers[next];
    sources.workingEpsg = files.working.epsg;
    sources.crsName = sources.incidents->crs.name;
    sources.warnings = files.warnings;
    sources.caseId = parser.value(kCase);
    return sources;
}

/// Opens a report's project read-only (a file path or a postgresql:// URI).
std::unique_ptr<gis::ProjectStore> openProject(const QString &project)
{
    return gis::ProjectStores::open(gis::ProjectLocation::parse(project),
        { QStringLiteral("farmguard-cli report"), QStringLiteral("report") }, gis::OpenMode::ReadOnly);
}

/// The options of the project reports: maps read best across the page, the township report's
/// tables and charts fill a portrait page, unless the user chose otherwise.
gis::ReportOptions projectReportOptions(const QCommandLineParser &parser, bool landscape = true)
{
    gis::ReportOptions options;
    gis::PageSetup::parse(parser.isSet(kPage) ? parser.value(kPage) : landscape ? QStringLiteral("A4-landscape") : QStringLiteral("A4"),
        &options.page);
    options.bureau = parser.value(kBureau);
    options.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    return options;
}

int caseReport(const QCommandLineParser &parser, QTextStream &out)
{
    const QStringList positional = parser.positionalArguments();
    gis::CaseReportInputs inputs;
    std::optional<core::Rules> rules;
    QString rulesText; // which rules judged, with their SHA-256, as every report prints it
    std::optional<core::RulesRecord> givenRecord; // --rules, hashed as given
    if (parser.isSet(kRules)) {
        QFile file(parser.value(kRules));
        if (!file.open(QIODevice::ReadOnly))
            throw core::InputError(file.fileName(), ReportCommand::tr("cannot read the rules file: %1").arg(file.errorString()));
        core::RulesRecord record = core::RulesRecord::fromText(file.readAll(), file.fileName());
        record.setSource(QFileInfo(file.fileName()).fileName());
        rules = record.rules();
        rulesText = record.describe();
        givenRecord = record;
    } else if (positional.size() != 2) {
        rulesText = core::RulesRecord::defaults().describe();
    }
    gis::AreaMethod method = gis::AreaMethod::Ellipsoidal;
    gis::parseAreaMethod(parser.value(kMethod), &method);
    QString logNote;
    QStringList provenance;
    if (positional.size() == 2) {
        const std::unique_ptr<gis::ProjectStore> store = openProject(positional.at(1));
        const gis::ReportInputs project(*store);
        inputs = project.caseReport(parser.value(kCase), rules, method);
        logNote = project.logNote();
        provenance = project.provenance(method, givenRecord).lines();
    } else {
        inputs.sources = readSources(parser);
        provenance = gis::ProvenanceBuilder::ofFiles(sourcePaths(parser), givenRecord.value_or(core::RulesRecord::defaults()),
            method, inputs.sources.workingEpsg)
                         .lines();
    }
    gis::CaseReportSources &sources = inputs.sources;
    if (parser.isSet(kIdField))
        sources.idField = parser.value(kIdField);
    if (parser.isSet(kPartyField))
        sources.partyField = parser.value(kPartyField);
    sources.method = method;
    if (rules)
        sources.rules = *rules;
    if (!rulesText.isEmpty())
        sources.rulesText = rulesText;
    gis::CaseReportData data = gis::CaseReportBuilder::build(sources);
    data.caseFile = inputs.caseFile;

    gis::ReportOptions options;
    gis::PageSetup::parse(parser.value(kPage), &options.page);
    options.bureau = parser.value(kBureau);
    options.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    options.logNote = logNote;
    options.provenance = provenance;
    const gis::CaseReportLayout layout = gis::CaseReport(data, options).write(parser.value(kOutput));
    out << ReportCommand::tr("Wrote the case report of %1 (%2 pages, map 1:%3) to %4")
               .arg(data.caseId)
               .arg(layout.pages)
               .arg(layout.denominator, 0, 'f', 0)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

int townshipReport(const QCommandLineParser &parser, QTextStream &out)
{
    const std::unique_ptr<gis::ProjectStore> store = openProject(parser.positionalArguments().at(1));
    const gis::ReportInputs project(*store);
    gis::ReportOptions options = projectReportOptions(parser, false);
    options.logNote = project.logNote();
    options.provenance = project.provenance().lines();
    const QDateTime asOf = options.date.isValid() ? QDateTime(options.date, QTime(23, 59, 59)) : QDateTime::currentDateTime();
    const gis::TownshipStatsSet stats = project.townshipStats(asOf, parser.value(kTownship));
    const int pages = gis::TownshipReport(stats, options).write(parser.value(kOutput));
    out << ReportCommand::tr("Wrote the township statistics report of %1 township(s) (%2 pages) to %3")
               .arg(stats.townships.size())
               .arg(pages)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

/// The public map's layers from files (a boundary layer with XZMC is villages).
gis::PublicMapLayers publicMapFiles(const QCommandLineParser &parser)
{
    const gis::LayerFiles files = gis::readLayerFiles(
        QStringList { parser.value(kBasic) } + parser.values(kBoundaries), { parser.value(kEncoding), parser.value(kCrs), true });
    gis::PublicMapLayers layers;
    layers.workingEpsg = files.working.epsg;
    layers.basicFarmland = files.layers.front();
    for (size_t i = 1; i < files.layers.size(); ++i)
        (files.layers[i]->fieldIndex(QStringLiteral("XZMC")) >= 0 ? layers.villages : layers.townships) = files.layers[i];
    layers.crsName = layers.basicFarmland->crs.name;
    return layers;
}

int publicMap(const QCommandLineParser &parser, QTextStream &out)
{
    const QStringList positional = parser.positionalArguments();
    gis::ReportOptions options = projectReportOptions(parser);
    gis::PublicMapLayers layers;
    if (positional.size() == 2) {
        const std::unique_ptr<gis::ProjectStore> store = openProject(positional.at(1));
        const gis::ReportInputs project(*store);
        layers = project.publicMap();
        options.logNote = project.logNote();
        options.provenance = project.provenance().lines();
    } else {
        layers = publicMapFiles(parser);
        options.provenance = gis::ProvenanceBuilder::ofFiles(QStringList { parser.value(kBasic) } + parser.values(kBoundaries),
            core::RulesRecord::defaults(), gis::AreaMethod::Ellipsoidal, layers.workingEpsg)
                                 .lines();
    }
    const gis::PublicMapReport report(layers, parser.value(kTownship), options);
    const int pages = report.write(parser.value(kOutput));
    out << ReportCommand::tr("Wrote the public basic-farmland map of %1 (%2 parcels, %3 pages, 1:%4) to %5")
               .arg(parser.value(kTownship))
               .arg(report.content().parcels.size())
               .arg(pages)
               .arg(report.denominator(), 0, 'f', 0)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

int patrolReport(const QCommandLineParser &parser, QTextStream &out)
{
    const std::unique_ptr<gis::ProjectStore> store = openProject(parser.positionalArguments().at(1));
    const gis::ReportInputs project(*store);
    const gis::PatrolReportInputs inputs
        = project.patrol(parser.value(kTownship), QDate::fromString(parser.value(kFrom), Qt::ISODate),
            QDate::fromString(parser.value(kTo), Qt::ISODate));
    gis::ReportOptions options = projectReportOptions(parser);
    options.logNote = project.logNote();
    options.provenance = project.provenance().lines();
    const gis::PatrolReport report(inputs.data, options);
    const int pages = report.write(parser.value(kOutput));
    out << ReportCommand::tr("Wrote the patrol plan report of %1, %2 to %3 (%4 visits, %5 pages) to %6")
               .arg(inputs.data.township, inputs.data.from.toString(Qt::ISODate), inputs.data.to.toString(Qt::ISODate))
               .arg(report.visits().size())
               .arg(pages)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

gis::ReportOptions caseRecordOptions(const QCommandLineParser &parser)
{
    gis::ReportOptions options;
    gis::PageSetup::parse(parser.value(kPage), &options.page);
    options.bureau = parser.value(kBureau);
    options.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    return options;
}

int majorCaseReport(const QCommandLineParser &parser, QTextStream &out)
{
    const std::unique_ptr<gis::ProjectStore> store = openProject(parser.positionalArguments().at(1));
    gis::ReportOptions options = caseRecordOptions(parser);
    options.logNote = gis::ReportInputs(*store).logNote();
    options.provenance = gis::ReportInputs(*store).provenance().lines();
    const QDateTime asOf = options.date.isValid() ? QDateTime(options.date, QTime(23, 59, 59)) : QDateTime::currentDateTime();
    const gis::MajorCaseReport report(gis::ReportInputs(*store).majorCase(parser.value(kCase), asOf), options);
    const int pages = report.write(parser.value(kOutput));
    out << ReportCommand::tr("Wrote the major-case report of %1 (%2 pages) to %3")
               .arg(parser.value(kCase))
               .arg(pages)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

int jointDiscipline(const QCommandLineParser &parser, QTextStream &out)
{
    const QStringList positional = parser.positionalArguments();
    const QString caseId = positional.size() == 3 ? positional.at(2) : parser.value(kCase);
    const std::unique_ptr<gis::ProjectStore> store = openProject(positional.at(1));
    const gis::JointDisciplineData data = gis::ReportInputs(*store).jointDiscipline(caseId);
    gis::ReportOptions options = caseRecordOptions(parser);
    options.logNote = gis::ReportInputs(*store).logNote();
    options.provenance = gis::ReportInputs(*store).provenance().lines();
    const int pages = gis::JointDisciplineNotice(data, options).write(parser.value(kOutput));
    out << ReportCommand::tr("Wrote the joint-discipline notice of case %1 to %2 bodies (%3 page(s)) to %4")
               .arg(data.caseId)
               .arg(data.recipients.size())
               .arg(pages)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("write reports as PDF: case report, township statistics, public basic-farmland map, patrol plan, "
              "joint-discipline notice");
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
    const QString which = parser.positionalArguments().first();
    if (which == QLatin1String("case"))
        return caseReport(parser, out);
    if (which == QLatin1String("township"))
        return townshipReport(parser, out);
    if (which == QLatin1String("public-map"))
        return publicMap(parser, out);
    if (which == QLatin1String("major-case"))
        return majorCaseReport(parser, out);
    if (which == kJoint)
        return jointDiscipline(parser, out);
    return patrolReport(parser, out);
}

} // namespace fg::app
