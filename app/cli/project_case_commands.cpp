// SPDX-License-Identifier: MIT
#include "app/cli/project_case_commands.h"

#include "app/cli/project_command.h"
#include "core/cases/case_workflow.h"
#include "core/cases/deadline_countdown.h"
#include "core/cases/log_receipt.h"
#include "core/input_error.h"
#include "app/cli/case_text.h"
#include "gis/usecases/case_actions.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/case_json.h"
#include "gis/usecases/edges_json.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace fg::app {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kNow = QStringLiteral("now");

void addViewOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { kFormat, ProjectCaseCommands::tr("Output format: table or json (default table)."),
            ProjectCaseCommands::tr("FORMAT"), QStringLiteral("table") },
        { kNow, ProjectCaseCommands::tr("Judge deadlines at this time instead of now (ISO 8601)."),
            ProjectCaseCommands::tr("TIME") },
    });
}

/// Checks --format and --now; returns an error text or empty.
QString viewProblem(const QCommandLineParser &parser)
{
    const QString format = parser.value(kFormat);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return ProjectCaseCommands::tr("--format must be table or json, not '%1'").arg(format);
    if (parser.isSet(kNow) && !QDateTime::fromString(parser.value(kNow), Qt::ISODate).isValid())
        return ProjectCaseCommands::tr("--now must be an ISO 8601 date-time, not '%1'").arg(parser.value(kNow));
    return {};
}

QDateTime nowFrom(const QCommandLineParser &parser)
{
    return parser.isSet(kNow) ? QDateTime::fromString(parser.value(kNow), Qt::ISODate) : QDateTime::currentDateTime();
}

QJsonArray obligationsJson(const QList<core::Obligation> &obligations, const QDateTime &now)
{
    QJsonArray result;
    for (const core::Obligation &o : obligations)
        result.append(gis::CaseJson::obligation(o, now));
    return result;
}

/// The deadlines a case is under and has not met yet, not overdue either.
QList<core::Obligation> openObligations(const core::CaseWorkflow &workflow, const core::CaseFile &file, const QDateTime &now)
{
    QList<core::Obligation> open;
    for (const core::Obligation &o : workflow.tracker().obligations(file))
        if (o.stateAt(now) == core::Obligation::State::Pending)
            open.append(o);
    return open;
}

bool hasOpenOverdue(const QList<core::Obligation> &late, const QDateTime &now)
{
    for (const core::Obligation &o : late) {
        if (o.stateAt(now) == core::Obligation::State::Overdue)
            return true;
    }
    return false;
}

QString dateText(const QDateTime &when)
{
    return CaseText::when(when);
}

void printCaseTable(const QList<core::CaseFile> &files, const core::CaseWorkflow &workflow,
    const QDateTime &now, const gis::CaseJudgements &judged, QTextStream &out)
{
    out << ProjectCaseCommands::tr(
        "case | status | party | violation type | threshold | verdict | opened | overdue")
        << '\n';
    for (const core::CaseFile &file : files) {
        QStringList overdue;
        for (const core::Obligation &o : workflow.tracker().overdue(file, now)) {
            if (o.stateAt(now) == core::Obligation::State::Overdue)
                overdue << ProjectCaseCommands::tr("%1 (due %2, %3)")
                               .arg(o.description(), o.dueText(), core::DeadlineCountdown::of(o, now).text());
        }
        out << file.id() << " | " << core::caseStatusName(file.status()) << " | " << file.partyId() << " | "
            << core::violationTypeName(file.violationType()) << " | "
            << core::thresholdFlagName(file.thresholdFlag()) << " | "
            << (judged.find(file.id()) ? judged.find(file.id())->verdictText() : QStringLiteral("-")) << " | "
            << dateText(file.steps().first().when) << " | "
            << (overdue.isEmpty() ? QStringLiteral("-") : overdue.join(QStringLiteral("; "))) << '\n';
    }
    out << ProjectCaseCommands::tr("%n case(s)", nullptr, int(files.size())) << '\n';
}

/// The revision a step is based on: --revision, else the case as read now; nullopt for a
/// malformed --revision. Throws InputError for an unknown case.
std::optional<qint64> baseRevision(const QCommandLineParser &parser, const gis::ProjectStore &store, const QString &id)
{
    const auto file = store.caseFile(id);
    if (!file)
        throw core::InputError(store.info().location, ProjectCaseCommands::tr("no case with this id"), id);
    if (!parser.isSet(QStringLiteral("revision")))
        return file->revision();
    bool ok = false;
    const qint64 revision = parser.value(QStringLiteral("revision")).toLongLong(&ok);
    return ok ? std::optional<qint64>(revision) : std::nullopt;
}

} // namespace

int ProjectCaseCommands::listCases(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the project's cases; overdue steps are always shown."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOptions({ { QStringLiteral("status"), tr("Only cases in this status (e.g. stopped)."), tr("STATUS") },
        { QStringLiteral("overdue"), tr("Only cases with an overdue step.") } });
    addViewOptions(parser);
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("cases"), args, 1, out, err, viewProblem))
        return *done;
    std::optional<core::CaseStatus> status;
    if (parser.isSet(QStringLiteral("status")))
        status = core::caseStatusFromCode(parser.value(QStringLiteral("status")));
    const QDateTime now = nowFrom(parser);
    const auto store = ProjectCommand::open(
        parser.positionalArguments().first(), ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadOnly);
    const core::CaseWorkflow &workflow = gis::CaseActions::workflow();
    QList<core::CaseFile> selected;
    for (const core::CaseFile &file : store->cases()) {
        if (status && file.status() != *status)
            continue;
        if (parser.isSet(QStringLiteral("overdue")) && !hasOpenOverdue(workflow.tracker().overdue(file, now), now))
            continue;
        selected.append(file);
    }
    if (parser.value(kFormat) == QLatin1String("table")) {
        // The judged verdict beside the recorded flag: the one every list and report shows.
        gis::CaseJudgements judged;
        try {
            judged = gis::CaseJudgement::judge(*store);
        } catch (const core::InputError &error) {
            err << error.message() << '\n'; // the list still shows; verdicts read "-"
        }
        printCaseTable(selected, workflow, now, judged, out);
        return ExitOk;
    }
    // The judged figures beside the record (issue 16: 临界 with its range, 疑似化整为零).
    gis::CaseJudgements judged;
    try {
        judged = gis::CaseJudgement::judge(*store);
    } catch (const core::InputError &error) {
        err << error.message() << '\n'; // the list still prints; "figures" is then null
    }
    QJsonArray cases;
    for (const core::CaseFile &file : selected) {
        const gis::CaseFigures *figures = judged.find(file.id());
        cases.append(QJsonObject { { QStringLiteral("id"), file.id() },
            { QStringLiteral("figures"), figures ? QJsonValue(figures->json()) : QJsonValue() },
            { QStringLiteral("borderline"), figures && figures->borderline() },
            { QStringLiteral("status"), core::caseStatusCode(file.status()) }, { QStringLiteral("party"), file.partyId() },
            { QStringLiteral("violation_type"), core::violationTypeCode(file.violationType()) },
            { QStringLiteral("threshold"), core::thresholdFlagCode(file.thresholdFlag()) },
            { QStringLiteral("opened"), gis::CaseJson::dateTime(file.steps().first().when) },
            { QStringLiteral("late"), obligationsJson(workflow.tracker().overdue(file, now), now) },
            { QStringLiteral("open_deadlines"), obligationsJson(openObligations(workflow, file, now), now) } });
    }
    out << QJsonDocument(QJsonObject { { QStringLiteral("now"), gis::CaseJson::dateTime(now) },
                             { QStringLiteral("cases"), cases },
                             { QStringLiteral("split_plots"), gis::EdgesJson::splitPlots(judged.splitPlots) },
                             { QStringLiteral("log_head"), gis::CaseJson::logHead(store->logHead()) } })
               .toJson(QJsonDocument::Indented);
    return ExitOk;
}

int ProjectCaseCommands::showCase(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one case: its timeline, transfers, accountability, next actions and "
                                        "late steps."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The case id."));
    addViewOptions(parser);
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("case"), args, 2, out, err, viewProblem))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    const QString id = parser.positionalArguments().at(1);
    const auto store = ProjectCommand::open(path, ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadOnly);
    const auto file = store->caseFile(id);
    if (!file)
        throw core::InputError(path, tr("no case with this id"), id);
    const QDateTime now = nowFrom(parser);
    const core::CaseWorkflow &workflow = gis::CaseActions::workflow();
    // Every case judged, so the split-plot groups (化整为零) reach beyond this case's incidents.
    const gis::CaseJudgements all = gis::CaseJudgement::judge(*store);
    const gis::CaseFigures figures = all.find(file->id()) ? *all.find(file->id()) : gis::CaseJudgement::judgeCase(*store, file->id());
    if (parser.value(kFormat) == QLatin1String("json")) {
        QJsonObject object = gis::CaseJson::view(*file, workflow, now);
        object.insert(QStringLiteral("figures"), figures.json());
        object.insert(QStringLiteral("judged_flag"), core::thresholdFlagCode(figures.flag()));
        object.insert(QStringLiteral("log_head"), gis::CaseJson::logHead(store->logHead()));
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    CaseText::print(*file, workflow, now, &figures, out);
    if (const auto head = store->logHead())
        out << tr("Audit log head %1").arg(core::anchorText(*head)) << '\n';
    return ExitOk;
}

int ProjectCaseCommands::advance(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Apply one step to a case through the case workflow; a refused step changes "
                                        "nothing and exits with 5 and the reasons."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The case id."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("verify, dismiss, stop, report, file, decide, execute, accept_reclamation, close; or the action's "
           "name as 'project case' prints it."));
    parser.addOptions({
        { QStringLiteral("actor"), tr("Who did the step (also recorded as the operator)."), tr("NAME") },
        { QStringLiteral("role"), tr("The actor's role."), tr("ROLE") },
        { QStringLiteral("date"), tr("When the step was done (ISO 8601; default now)."), tr("DATE") },
        { QStringLiteral("note"), tr("A note on the step."), tr("TEXT") },
        { QStringLiteral("penalty"), tr("decide: demolish, confiscate or fine (repeat for several)."), tr("PENALTY") },
        { QStringLiteral("court"), tr("execute: execution was forced through the court.") },
        { QStringLiteral("joint-acceptor"),
            tr("accept_reclamation: the officer of the Agriculture and Rural Affairs Bureau who accepted the "
               "reclamation with the bureau."),
            tr("NAME") },
        { QStringLiteral("revision"),
            tr("The case's revision the step is based on (from 'project case --format json'); exit 5 when "
               "someone changed the case since."),
            tr("N") },
    });
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("advance"), args, 3, out, err))
        return *done;
    if (!parser.isSet(QStringLiteral("actor")) || !parser.isSet(QStringLiteral("role")))
        return usageError(
            err, QStringLiteral("project advance"), tr("--actor NAME and --role ROLE are required"));
    core::CaseStep step;
    step.when = parser.isSet(QStringLiteral("date")) ? QDateTime::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
                                                     : QDateTime::currentDateTime();
    if (!step.when.isValid())
        return usageError(err, QStringLiteral("project advance"),
            tr("--date must be ISO 8601, not '%1'").arg(parser.value(QStringLiteral("date"))));
    const QStringList positional = parser.positionalArguments();
    step.action = core::caseActionFromText(positional.at(2));
    step.actor = { parser.value(QStringLiteral("actor")), parser.value(QStringLiteral("role")) };
    step.note = parser.value(QStringLiteral("note"));
    for (const QString &penalty : parser.values(QStringLiteral("penalty")))
        step.penalties.append(core::penaltyFromCode(penalty));
    step.courtEnforced = parser.isSet(QStringLiteral("court"));
    step.jointAcceptor = parser.value(QStringLiteral("joint-acceptor"));
    const auto store = ProjectCommand::open(positional.at(0), { step.actor.name, step.actor.role });
    const std::optional<qint64> revision = baseRevision(parser, *store, positional.at(1));
    if (!revision)
        return usageError(err, QStringLiteral("project advance"), tr("--revision takes a number"));
    const core::TransitionResult result = gis::CaseActions::advance(*store, positional.at(1), step, *revision);
    if (!result.accepted) {
        err << tr("refused: %1").arg(result.reasons.join(QStringLiteral("; "))) << '\n';
        return ProjectCommand::ExitRefused;
    }
    const auto file = store->caseFile(positional.at(1));
    out << tr("Case %1 is now %2").arg(positional.at(1), core::caseStatusName(file->status())) << '\n';
    return ExitOk;
}

} // namespace fg::app
