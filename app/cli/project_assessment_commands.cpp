// SPDX-License-Identifier: MIT
#include "app/cli/project_assessment_commands.h"

#include "app/cli/project_command.h"
#include "core/units.h"
#include "gis/store/assessment_records.h"
#include "gis/store/project_store.h"
#include "core/input_error.h"
#include "gis/usecases/case_json.h"
#include "gis/usecases/report_inputs.h"
#include "gis/usecases/township_assessment.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace fg::app {

namespace {

/// Refuses a township the project's boundaries do not name: a target or measure for a misspelt
/// township would be logged for ever and never assessed.
void requireTownship(const gis::ProjectStore &store, const QString &project, const QString &township)
{
    const QStringList known = gis::ReportInputs(store).townships();
    if (!known.contains(township))
        throw core::InputError(project,
            ProjectAssessmentCommands::tr("no township '%1' in the project's boundaries (townships: %2)")
                .arg(township, known.join(QStringLiteral(", "))));
}

const QString kYear = QStringLiteral("year");

std::optional<double> area(const QCommandLineParser &p, const QString &option, core::TargetUnit unit)
{
    if (!p.isSet(option))
        return std::nullopt;
    return core::targetToSquareMetres(p.value(option).toDouble(), unit);
}

QString numberProblem(const QCommandLineParser &p, const QString &option)
{
    bool ok = false;
    const double value = p.value(option).toDouble(&ok);
    return p.isSet(option) && (!ok || !(value > 0))
        ? ProjectAssessmentCommands::tr("--%1 must be an area greater than 0, not '%2'")
              .arg(option, p.value(option))
        : QString();
}

QString yearProblem(const QCommandLineParser &p)
{
    bool ok = false;
    return p.isSet(kYear) && (p.value(kYear).toInt(&ok), !ok)
        ? ProjectAssessmentCommands::tr("--year must be a year such as 2026, not '%1'").arg(p.value(kYear))
        : QString();
}

/// What is wrong with `project targets`' options, or empty.
QString targetsProblem(const QCommandLineParser &p)
{
    core::TargetUnit unit;
    if (!core::parseTargetUnit(p.value(QStringLiteral("unit")), &unit))
        return ProjectAssessmentCommands::tr("--unit must be mu or ha, not '%1'")
            .arg(p.value(QStringLiteral("unit")));
    const bool areas = p.isSet(QStringLiteral("cultivated")) || p.isSet(QStringLiteral("basic"));
    if (p.isSet(QStringLiteral("set")) && !areas)
        return ProjectAssessmentCommands::tr("--set needs --cultivated, --basic or both");
    if (!p.isSet(QStringLiteral("set")) && areas)
        return ProjectAssessmentCommands::tr("--cultivated and --basic need --set TOWNSHIP");
    for (const QString &problem : { yearProblem(p), numberProblem(p, QStringLiteral("cultivated")),
             numberProblem(p, QStringLiteral("basic")) })
        if (!problem.isEmpty())
            return problem;
    return QString();
}

QString targetMu(const std::optional<double> &m2)
{
    return m2 ? core::formatMu(*m2) : QStringLiteral("—");
}

void printTargets(const std::vector<core::TownshipTarget> &targets, QTextStream &out)
{
    if (targets.empty()) {
        out << ProjectAssessmentCommands::tr("No targets recorded.") << '\n';
        return;
    }
    for (const core::TownshipTarget &t : targets)
        out << ProjectAssessmentCommands::tr(
            "%1 %2: cultivated land %3 mu, basic farmland %4 mu (entered in %5; %6, %7)")
                   .arg(QString::number(t.year), t.township, targetMu(t.cultivatedM2),
                       targetMu(t.basicFarmlandM2), QString::fromLatin1(core::targetUnitCode(t.unit)),
                       t.setBy, t.setAt.toUTC().toString(Qt::ISODate))
            << '\n';
}

QString landLine(const QString &what, double current, const std::optional<double> &target,
    const std::optional<core::TargetGap> &gap)
{
    QString line = ProjectAssessmentCommands::tr("%1 %2 mu").arg(what, core::formatMu(current));
    if (target && gap)
        line += ProjectAssessmentCommands::tr(", target %1 mu, gap %2 mu%3")
                    .arg(core::formatMu(*target),
                        QString::number(core::roundedMu(current) - core::roundedMu(*target), 'f', 2),
                        gap->shortfall ? ProjectAssessmentCommands::tr(" (SHORT)") : QString());
    else
        line += ProjectAssessmentCommands::tr(", no target");
    return line;
}

void printAssessment(const gis::TownshipAssessment &a, QTextStream &out)
{
    out << ProjectAssessmentCommands::tr("Assessment %1 (ellipsoidal areas; deadlines as of %2)")
               .arg(QString::number(a.year), a.asOf.toString(Qt::ISODate))
        << '\n';
    for (const gis::TownshipAssessmentRow &r : a.townships) {
        const std::optional<double> none;
        out << '\n'
            << r.township << (r.veto() ? ProjectAssessmentCommands::tr("  [ONE-VOTE VETO]") : QString())
            << '\n';
        out << "  "
            << landLine(ProjectAssessmentCommands::tr("Cultivated land"), r.land.cultivatedCurrentM2(),
                   r.target ? r.target->cultivatedM2 : none, r.cultivatedGap)
            << ProjectAssessmentCommands::tr(" (三调 %1 mu − occupied %2 mu)")
                   .arg(core::formatMu(r.land.cultivatedBaselineM2),
                       core::formatMu(r.land.cultivatedOccupiedM2))
            << '\n';
        out << "  "
            << landLine(ProjectAssessmentCommands::tr("Basic farmland"), r.land.basicFarmlandCurrentM2(),
                   r.target ? r.target->basicFarmlandM2 : none, r.basicFarmlandGap)
            << ProjectAssessmentCommands::tr(" (三调 %1 mu − occupied %2 mu)")
                   .arg(core::formatMu(r.land.basicFarmlandBaselineM2),
                       core::formatMu(r.land.basicFarmlandOccupiedM2))
            << '\n';
        for (const core::VetoTrigger &t : r.triggers)
            out << "  " << ProjectAssessmentCommands::tr("Veto: %1").arg(t.text) << '\n';
        for (const core::TownshipMeasure &m : r.measures)
            out << "  "
                << ProjectAssessmentCommands::tr("Measure: %1 %2 by %3, %4%5")
                       .arg(m.date.toString(Qt::ISODate), core::measureKindTerm(m.kind), m.issuedBy,
                           m.documentNo, m.note.isEmpty() ? QString() : QStringLiteral(" — ") + m.note)
                << '\n';
    }
}

} // namespace

int ProjectAssessmentCommands::targets(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List a year's township targets (责任状: 耕地保有量 and 永久基本农田保护面积), or "
           "set one township's with --set (the bureau's right; logged old → new)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (path or postgresql:// URI)."));
    parser.addOptions({
        { kYear, tr("The year (default: this year when setting, every year when listing)."), tr("YEAR") },
        { QStringLiteral("set"), tr("The township whose targets to set."), tr("TOWNSHIP") },
        { QStringLiteral("cultivated"), tr("Cultivated land to keep (耕地保有量)."), tr("AREA") },
        { QStringLiteral("basic"), tr("Basic farmland to protect (永久基本农田保护面积)."), tr("AREA") },
        { QStringLiteral("unit"), tr("Unit of the areas: mu (亩, default) or ha (公顷)."), tr("UNIT"),
            QStringLiteral("mu") },
    });
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("targets"), args, 1, out, err, targetsProblem))
        return *done;
    const bool setting = parser.isSet(QStringLiteral("set"));
    const auto store = ProjectCommand::open(parser.positionalArguments().at(0),
        setting ? ProjectCommand::operatorFrom(parser)
                : gis::OperatorIdentity { QStringLiteral("farmguard-cli"), QStringLiteral("cli") },
        setting ? gis::OpenMode::ReadWrite : gis::OpenMode::ReadOnly);
    std::optional<int> year;
    if (parser.isSet(kYear))
        year = parser.value(kYear).toInt();
    if (!setting) {
        printTargets(store->assessment().targets(year), out);
        return ExitOk;
    }
    core::TownshipTarget target;
    target.township = parser.value(QStringLiteral("set")).trimmed();
    requireTownship(*store, parser.positionalArguments().at(0), target.township);
    target.year = year.value_or(QDate::currentDate().year());
    core::parseTargetUnit(parser.value(QStringLiteral("unit")), &target.unit);
    target.cultivatedM2 = area(parser, QStringLiteral("cultivated"), target.unit);
    target.basicFarmlandM2 = area(parser, QStringLiteral("basic"), target.unit);
    printTargets({ store->assessment().setTarget(target) }, out);
    return ExitOk;
}

int ProjectAssessmentCommands::measure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record a measure taken against a township (约谈, 挂牌督办, 暂停用地审批, "
           "通报批评) or for it (通报表扬): the bureau's right; logged, never changed."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (path or postgresql:// URI)."));
    parser.addOptions({
        { QStringLiteral("township"), tr("The township."), tr("TOWNSHIP") },
        { QStringLiteral("kind"),
            tr("约谈, 挂牌督办, 暂停用地审批, 通报批评 or 通报表扬 (or interview, supervision, "
               "suspend_approvals, criticism, commendation)."),
            tr("KIND") },
        { QStringLiteral("date"), tr("The day it was taken (YYYY-MM-DD)."), tr("DATE") },
        { QStringLiteral("doc"), tr("Its document number (文号)."), tr("NO") },
        { QStringLiteral("issued-by"), tr("The issuing body (default 县人民政府)."), tr("BODY"),
            QStringLiteral("县人民政府") },
        { QStringLiteral("note"), tr("A note."), tr("TEXT") },
    });
    ProjectCommand::addOperatorOptions(parser);
    const auto check = [](const QCommandLineParser &p) -> QString {
        core::MeasureKind kind;
        for (const char *option : { "township", "kind", "date", "doc" })
            if (p.value(QLatin1String(option)).trimmed().isEmpty())
                return tr("--%1 is required").arg(QLatin1String(option));
        if (!core::parseMeasureKind(p.value(QStringLiteral("kind")), &kind))
            return tr("--kind must be 约谈, 挂牌督办, 暂停用地审批, 通报批评 or 通报表扬, not '%1'")
                .arg(p.value(QStringLiteral("kind")));
        if (!QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate).isValid())
            return tr("--date must be a day as YYYY-MM-DD, not '%1'").arg(p.value(QStringLiteral("date")));
        return QString();
    };
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("measure"), args, 1, out, err, check))
        return *done;
    const auto store
        = ProjectCommand::open(parser.positionalArguments().at(0), ProjectCommand::operatorFrom(parser));
    core::TownshipMeasure measure;
    measure.township = parser.value(QStringLiteral("township")).trimmed();
    requireTownship(*store, parser.positionalArguments().at(0), measure.township);
    core::parseMeasureKind(parser.value(QStringLiteral("kind")), &measure.kind);
    measure.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    measure.documentNo = parser.value(QStringLiteral("doc")).trimmed();
    measure.issuedBy = parser.value(QStringLiteral("issued-by")).trimmed();
    measure.note = parser.value(QStringLiteral("note"));
    const core::TownshipMeasure stored = store->assessment().addMeasure(measure);
    out << QStringLiteral("committed %1\n").arg(stored.id);
    return ExitOk;
}

int ProjectAssessmentCommands::assessment(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Each township's current cultivated land and basic farmland (三调 inside the "
           "township minus the unlawful occupation found, ellipsoidal), the gap to its "
           "targets, the one-vote-veto (一票否决) triggers with their cases and the "
           "measures of the year."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (path or postgresql:// URI)."));
    parser.addOptions({
        { kYear, tr("The year (default: the latest year with targets)."), tr("YEAR") },
        { QStringLiteral("as-of"),
            tr("Judge deadlines at this time (ISO 8601; default now, or the year's end)."), tr("TIME") },
        { QStringLiteral("format"), tr("Output format: text or json (default text)."), tr("FORMAT"),
            QStringLiteral("text") },
    });
    const auto check = [](const QCommandLineParser &p) -> QString {
        const QString format = p.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json")
            && format != QLatin1String("table"))
            return tr("--format must be text or json, not '%1'").arg(format);
        if (p.isSet(QStringLiteral("as-of"))
            && !QDateTime::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate).isValid())
            return tr("--as-of must be a time such as 2026-12-06T10:00:00Z, not '%1'")
                .arg(p.value(QStringLiteral("as-of")));
        return yearProblem(p);
    };
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("assessment"), args, 1, out, err, check))
        return *done;
    const auto store = ProjectCommand::open(parser.positionalArguments().at(0),
        { QStringLiteral("farmguard-cli"), QStringLiteral("cli") }, gis::OpenMode::ReadOnly);
    const int year = parser.isSet(kYear) ? parser.value(kYear).toInt()
                                         : gis::TownshipAssessmentBuilder::defaultYear(*store);
    const gis::TownshipAssessment result = gis::TownshipAssessmentBuilder::build(
        *store, year, QDateTime::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate));
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject json = result.json();
        json.insert(QStringLiteral("log_head"), gis::CaseJson::logHead(store->logHead()));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printAssessment(result, out);
    }
    return ExitOk;
}

} // namespace fg::app
