// SPDX-License-Identifier: MIT
#include "app/cli/project_command.h"

#include "app/cli/project_case_commands.h"
#include "app/cli/project_assessment_commands.h"
#include "app/cli/project_approval_commands.h"
#include "app/cli/project_party_commands.h"
#include "app/cli/project_record_commands.h"
#include "app/cli/project_seal_command.h"
#include "app/cli/project_share_commands.h"
#include "core/input_error.h"
#include "core/rules.h"
#include "gis/usecases/incident_importer.h"
#include "gis/usecases/project_builder.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/sample_project.h"

#include <QDir>
#include <QFile>

#include <cmath>

namespace fg::app {

namespace {

const QString kOperator = QStringLiteral("operator");
const QString kRole = QStringLiteral("role");

struct MappedOption
{
    const char *option;
    QString gis::IncidentFieldMap::*field;
};

const MappedOption kFieldOptions[] = {
    { "id-field", &gis::IncidentFieldMap::id }, { "party-field", &gis::IncidentFieldMap::party },
    { "source-field", &gis::IncidentFieldMap::source }, { "date-field", &gis::IncidentFieldMap::date },
    { "township-field", &gis::IncidentFieldMap::township }, { "village-field", &gis::IncidentFieldMap::village },
    { "type-field", &gis::IncidentFieldMap::violationType },
    { "description-field", &gis::IncidentFieldMap::description },
};

void printWarnings(const QStringList &warnings, QTextStream &err)
{
    for (const QString &warning : warnings)
        err << ProjectCommand::tr("warning: %1").arg(warning) << '\n';
}

/// A tolerance that is a distance and a share within 0..1, when given.
QString checkImportLimits(const QCommandLineParser &parser)
{
    bool ok = true;
    const QString tolerance = parser.value(QStringLiteral("outside-tolerance"));
    if (!tolerance.isEmpty() && (tolerance.toDouble(&ok) < 0 || !ok || !std::isfinite(tolerance.toDouble())))
        return ProjectCommand::tr("--outside-tolerance must be a distance in metres (0 or more), not '%1'")
            .arg(tolerance);
    const QString share = parser.value(QStringLiteral("max-county-share"));
    const double value = share.toDouble(&ok);
    if (!share.isEmpty() && (!ok || !(value > 0 && value <= 1)))
        return ProjectCommand::tr("--max-county-share must be a share above 0 and at most 1, not '%1'")
            .arg(share);
    return {};
}

} // namespace

QString ProjectCommand::summary() const
{
    return tr("the county's record: create a project, import incidents, list and advance cases");
}

void ProjectCommand::addOperatorOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { kOperator, tr("Operator's name, recorded on every change (default: the login name)."), tr("NAME") },
        { kRole, tr("Operator's role, recorded on every change."), tr("ROLE") },
    });
}

gis::OperatorIdentity ProjectCommand::operatorFrom(const QCommandLineParser &parser)
{
    QString name = parser.value(kOperator);
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown")));
    const QString role = parser.isSet(kRole) ? parser.value(kRole) : QStringLiteral("cli");
    return { name, role };
}

std::unique_ptr<gis::ProjectStore> ProjectCommand::open(
    const QString &project, const gis::OperatorIdentity &who, gis::OpenMode mode)
{
    return gis::ProjectStores::open(gis::ProjectLocation::parse(project), who, mode);
}

std::optional<int> ProjectCommand::parse(QCommandLineParser &parser, const QString &sub,
    const QStringList &args, int positional, QTextStream &out, QTextStream &err, UsageCheck check)
{
    parser.addHelpOption();
    const QString command = QStringLiteral("project ") + sub;
    if (const std::optional<int> done = parseOrExit(parser, command, args, out, err))
        return done;
    if (parser.positionalArguments().size() != positional)
        return usageError(err, command,
            tr("expected %1 argument(s), got %2 (see --help)")
                .arg(positional)
                .arg(parser.positionalArguments().size()));
    if (check) {
        if (const QString problem = check(parser); !problem.isEmpty())
            return usageError(err, command, problem);
    }
    return std::nullopt;
}

void ProjectCommand::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: farmguard-cli project SUBCOMMAND PROJECT [OPTIONS]") << "\n\n"
           << tr("Subcommands:") << '\n'
           << "  create            " << tr("create a project from reference layers") << '\n'
           << "  create-sample     " << tr("create the sample county project with cases at different stages") << '\n'
           << "  import-incidents  " << tr("import an incident layer (each incident one commit)") << '\n'
           << "  import-approvals  " << tr("import an approvals layer (all or nothing; incidents measured again)") << '\n'
           << "  approvals         " << tr("list the project's approvals (文号, kind, dates)") << '\n'
           << "  cases             " << tr("list cases, by status or overdue") << '\n'
           << "  case              " << tr("show one case: timeline, transfers, next actions, deadlines") << '\n'
           << "  advance           " << tr("apply a case step through the workflow") << '\n'
           << "  rules             " << tr("show the project's accountability rules, or set them from a JSON file") << '\n'
           << "  open-case         " << tr("open a case at its clue on stored incidents") << '\n'
           << "  transfer          " << tr("transfer a case to any department, with a reason") << '\n'
           << "  reply             " << tr("record a department's reply to a transfer") << '\n'
           << "  accountability    " << tr("record an accountability decision (organ, persons, decision, date)") << '\n'
           << "  suspect           " << tr("record a suspected crime or officials' misconduct") << '\n'
           << "  declare-major     " << tr("declare a case major (重大案件报告)") << '\n'
           << "  flag              " << tr("set a case's threshold flag (checked against its figures)") << '\n'
           << "  parties           " << tr("the parties as accumulation matches them, and those that may be one") << '\n'
           << "  same-party        " << tr("record whether two recorded parties are the same (logged)") << '\n'
           << "  targets           " << tr("list or set the townships' targets of a year (责任状)") << '\n'
           << "  measure           " << tr("record a measure against a township (约谈, 挂牌督办, 暂停用地审批, 通报)") << '\n'
           << "  assessment        " << tr("each township's figures, gaps to its targets, one-vote-veto triggers, measures") << '\n'
           << "  copy              " << tr("copy a project to another place or backend (GeoPackage, PostGIS)") << '\n'
           << "  grant             " << tr("give a login rights on a shared PostGIS project") << '\n'
           << "  seal              " << tr("write a receipt of the audit log's head, to keep outside the project") << '\n'
           << "  key-log           " << tr("chain the audit log with HMAC under an office key kept outside") << '\n'
           << '\n'
           << tr("PROJECT is a GeoPackage file or a postgresql://HOST/DB?schema=NAME URI.") << '\n'
           << tr("Exit codes: 0 done, 2 usage, 3 bad input, 4 read-only or damaged project, 5 step refused by the "
                 "case workflow or changed meanwhile by another user, 6 no right to the record.")
           << '\n';
}

int ProjectCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create"))
        return create(rest, out, err);
    if (sub == QLatin1String("create-sample"))
        return createSample(rest, out, err);
    if (sub == QLatin1String("import-incidents"))
        return importIncidents(rest, out, err);
    if (sub == QLatin1String("import-approvals"))
        return ProjectApprovalCommands::importApprovals(rest, out, err);
    if (sub == QLatin1String("approvals"))
        return ProjectApprovalCommands::listApprovals(rest, out, err);
    if (sub == QLatin1String("rules"))
        return rules(rest, out, err);
    if (sub == QLatin1String("cases"))
        return ProjectCaseCommands::listCases(rest, out, err);
    if (sub == QLatin1String("case"))
        return ProjectCaseCommands::showCase(rest, out, err);
    if (sub == QLatin1String("advance"))
        return ProjectCaseCommands::advance(rest, out, err);
    if (sub == QLatin1String("open-case"))
        return ProjectShareCommands::openCase(rest, out, err);
    if (sub == QLatin1String("transfer"))
        return ProjectRecordCommands::transfer(rest, out, err);
    if (sub == QLatin1String("reply"))
        return ProjectRecordCommands::reply(rest, out, err);
    if (sub == QLatin1String("accountability"))
        return ProjectRecordCommands::accountability(rest, out, err);
    if (sub == QLatin1String("suspect"))
        return ProjectRecordCommands::suspect(rest, out, err);
    if (sub == QLatin1String("declare-major"))
        return ProjectRecordCommands::declareMajor(rest, out, err);
    if (sub == QLatin1String("flag"))
        return ProjectRecordCommands::flag(rest, out, err);
    if (sub == QLatin1String("parties"))
        return ProjectPartyCommands::parties(rest, out, err);
    if (sub == QLatin1String("same-party"))
        return ProjectPartyCommands::sameParty(rest, out, err);
    if (sub == QLatin1String("targets"))
        return ProjectAssessmentCommands::targets(rest, out, err);
    if (sub == QLatin1String("measure"))
        return ProjectAssessmentCommands::measure(rest, out, err);
    if (sub == QLatin1String("assessment"))
        return ProjectAssessmentCommands::assessment(rest, out, err);
    if (sub == QLatin1String("copy"))
        return ProjectShareCommands::copy(rest, out, err);
    if (sub == QLatin1String("grant"))
        return ProjectShareCommands::grant(rest, out, err);
    if (sub == QLatin1String("seal"))
        return ProjectSealCommands::seal(rest, out, err);
    if (sub == QLatin1String("key-log"))
        return ProjectSealCommands::keyLog(rest, out, err);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    if (!sub.isEmpty())
        err << tr("farmguard-cli project: unknown subcommand '%1'").arg(sub) << '\n';
    printUsage(err);
    return ExitUsage;
}

int ProjectCommand::create(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a project (one GeoPackage) from the reference layers, reprojected "
                                        "to one CGCS2000 Gauss-Krüger working CRS."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The new project: a .gpkg file or a postgresql:// URI."));
    parser.addOptions({
        { QStringLiteral("basic-farmland"), tr("Permanent basic farmland polygon layer."), tr("PATH") },
        { QStringLiteral("cultivated"), tr("Land-use (DLTB) or cultivated land polygon layer."), tr("PATH") },
        { QStringLiteral("boundaries"), tr("Township boundary polygon layer."), tr("PATH") },
        { QStringLiteral("villages"), tr("Village boundary polygon layer."), tr("PATH") },
        { QStringLiteral("nature-reserves"),
            tr("Nature reserve polygon layer (自然保护区): decides whether the ecology bureau takes part in a mining "
               "case."),
            tr("PATH") },
        { QStringLiteral("crs"), tr("Working CRS, also assumed for layers without a CRS, e.g. EPSG:4547."), tr("CRS") },
        { QStringLiteral("encoding"), tr("Attribute text encoding (overrides detection)."), tr("NAME") },
        { QStringLiteral("rules"), tr("JSON rules file (thresholds, reading, cultivated classes), recorded with its "
                                      "SHA-256 as the project's rules; default: the notice's."), tr("PATH") },
    });
    addOperatorOptions(parser);
    if (const std::optional<int> done = parse(parser, QStringLiteral("create"), args, 1, out, err))
        return *done;
    for (const char *required : { "basic-farmland", "cultivated", "boundaries" }) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(err, QStringLiteral("project create"),
                tr("--%1 PATH is required (see --help)").arg(QString::fromLatin1(required)));
    }
    gis::ProjectSources sources { parser.value(QStringLiteral("basic-farmland")), parser.value(QStringLiteral("cultivated")),
        parser.value(QStringLiteral("boundaries")), parser.value(QStringLiteral("villages")),
        parser.value(QStringLiteral("crs")), parser.value(QStringLiteral("encoding")),
        parser.value(QStringLiteral("rules")), parser.value(QStringLiteral("nature-reserves")) };
    const QString path = parser.positionalArguments().first();
    const gis::ProjectCreated created
        = gis::ProjectBuilder::create(gis::ProjectLocation::parse(path), sources, operatorFrom(parser));
    printWarnings(created.warnings, err);
    out << tr("Created %1").arg(path) << '\n'
        << tr("Working CRS: EPSG:%1 (%2)").arg(created.workingEpsg).arg(created.workingHow) << '\n';
    for (const QString &line : created.layerSummary)
        out << "  " << line << '\n';
    return ExitOk;
}

int ProjectCommand::createSample(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create the sample county project: the layers and incidents of the sample "
                                        "directory and six cases at different stages (one overdue), dated relative "
                                        "to now."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The new project file (.gpkg)."));
    parser.addOption({ QStringLiteral("sample-dir"), tr("Sample directory (default: the data/sample directory of the source tree)."),
        tr("DIR"), QStringLiteral(FARMGUARD_SAMPLE_DIR) });
    if (const std::optional<int> done = parse(parser, QStringLiteral("create-sample"), args, 1, out, err))
        return *done;
    const QString path = parser.positionalArguments().first();
    const QStringList cases = gis::SampleProject::create(
        gis::ProjectLocation::parse(path), parser.value(QStringLiteral("sample-dir")), QDateTime::currentDateTime());
    out << tr("Created %1 with cases %2").arg(path, cases.join(QStringLiteral(", "))) << '\n';
    return ExitOk;
}

int ProjectCommand::importIncidents(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import an incident layer: each incident is measured against the project's "
                                        "layers and committed with its case (clue) as one edit."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("INCIDENTS"), tr("Incident polygon layer."));
    for (const MappedOption &mapped : kFieldOptions)
        parser.addOption({ QString::fromLatin1(mapped.option), tr("Source field for this attribute."), tr("FIELD") });
    parser.addOptions({
        { QStringLiteral("source"),
            tr("Source when the layer has none: patrol, public_report, satellite, "
               "department_transfer, other."),
            tr("SOURCE") },
        { QStringLiteral("crs"), tr("CRS of a layer without one, e.g. EPSG:4547."), tr("CRS") },
        { QStringLiteral("encoding"), tr("Attribute text encoding (overrides detection)."), tr("NAME") },
        { QStringLiteral("rules"),
            tr("JSON rules file (thresholds, reading, cultivated classes); default: the "
               "project's own rules."),
            tr("PATH") },
        { QStringLiteral("no-cases"), tr("Record the incidents without opening a case for each.") },
        { QStringLiteral("outside-tolerance"),
            tr("How far an incident may reach beyond the project's townships, "
               "in metres (default 50)."),
            tr("M") },
        { QStringLiteral("max-county-share"),
            tr("The largest incident as a share of the county's area, 0-1 "
               "(default 0.05)."),
            tr("SHARE") },
    });
    addOperatorOptions(parser);
    if (const std::optional<int> done
        = parse(parser, QStringLiteral("import-incidents"), args, 2, out, err, &checkImportLimits))
        return *done;
    gis::IncidentImportOptions options;
    for (const MappedOption &mapped : kFieldOptions)
        options.fields.*mapped.field = parser.value(QString::fromLatin1(mapped.option));
    if (parser.isSet(QStringLiteral("source")))
        options.defaultSource = gis::incidentSourceFromText(parser.value(QStringLiteral("source")));
    options.crs = parser.value(QStringLiteral("crs"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("rules")))
        options.rules = core::Rules::fromFile(parser.value(QStringLiteral("rules")));
    options.openCases = !parser.isSet(QStringLiteral("no-cases"));
    if (parser.isSet(QStringLiteral("outside-tolerance")))
        options.limits.outsideToleranceM = parser.value(QStringLiteral("outside-tolerance")).toDouble();
    if (parser.isSet(QStringLiteral("max-county-share")))
        options.limits.maxCountyShare = parser.value(QStringLiteral("max-county-share")).toDouble();
    // One line per committed incident, flushed, so a caller sees exactly what is safe on disk.
    // A protocol line for scripts: never translated.
    options.committed = [&out](const QString &id) {
        out << QStringLiteral("committed ") << id << '\n';
        out.flush();
    };
    const QStringList positional = parser.positionalArguments();
    const std::unique_ptr<gis::ProjectStore> store = open(positional.at(0), operatorFrom(parser));
    const gis::IncidentImportResult result = gis::IncidentImporter::run(*store, positional.at(1), options);
    printWarnings(result.warnings, err);
    out << tr("Imported %1 incident(s) into %2").arg(result.imported.size()).arg(positional.at(0)) << '\n';
    return ExitOk;
}

int ProjectCommand::rules(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The project's accountability rules (thresholds, reading, cultivated classes) "
                                        "that analysis, import and reports judge with. Without --set, prints them as "
                                        "JSON (the notice's defaults when the project sets none)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project: a .gpkg file or a postgresql:// URI."));
    parser.addOption({ QStringLiteral("set"), tr("Record these rules (a JSON rules file) as the project's; logged."), tr("PATH") });
    addOperatorOptions(parser);
    if (const std::optional<int> done = parse(parser, QStringLiteral("rules"), args, 1, out, err))
        return *done;
    const QString project = parser.positionalArguments().first();
    if (!parser.isSet(QStringLiteral("set"))) {
        const auto store = open(project, operatorFrom(parser), gis::OpenMode::ReadOnly);
        const core::RulesRecord record = gis::ProjectRules::record(*store);
        out << QString::fromUtf8(record.rules().toJson()) << '\n';
        err << tr("Rules in effect: %1 (SHA-256 %2)").arg(record.describe(), record.sha256()) << '\n';
        return ExitOk;
    }
    QFile file(parser.value(QStringLiteral("set")));
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(file.fileName(), tr("cannot read the rules file: %1").arg(file.errorString()));
    const auto store = open(project, operatorFrom(parser));
    const gis::RulesChange change = gis::ProjectRules::change(*store, file.readAll(), file.fileName());
    out << tr("Recorded the rules of %1 from %2 (SHA-256 %3)").arg(project, file.fileName(), change.after.sha256())
        << '\n';
    for (const gis::FlagChange &c : change.rejudged.changed)
        out << tr("Case %1: %2 → %3 (%4)")
                   .arg(c.caseId, core::thresholdFlagCode(c.from), core::thresholdFlagCode(c.to), c.figures.text())
            << '\n';
    for (const QString &id : change.rejudged.conflicts)
        err << tr("Case %1 was changed by someone else meanwhile: judge it again").arg(id) << '\n';
    return ExitOk;
}

} // namespace fg::app
