// SPDX-License-Identifier: MIT
#include "app/cli/project_record_commands.h"

#include "app/cli/project_command.h"
#include "core/input_error.h"
#include "gis/usecases/case_actions.h"
#include "gis/usecases/case_flags.h"

#include <QCommandLineParser>

namespace fg::app {

namespace {

const QString kDate = QStringLiteral("date");
const QString kRevision = QStringLiteral("revision");

/// PROJECT CASE, --revision and the operator options, shared by every record command.
void addCommon(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), ProjectRecordCommands::tr("The project (path or postgresql:// URI)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), ProjectRecordCommands::tr("The case id."));
    parser.addOption({ kRevision,
        ProjectRecordCommands::tr("The case's revision the change is based on (from 'project case --format json'); exit 5 when "
               "someone changed the case since."),
        ProjectRecordCommands::tr("N") });
    ProjectCommand::addOperatorOptions(parser);
}

/// --date as an ISO date or date-time (a bare date is that day at 00:00); now when not given.
/// Invalid → nullopt.
std::optional<QDateTime> dateTimeOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(kDate))
        return QDateTime::currentDateTime();
    const QDateTime when = QDateTime::fromString(parser.value(kDate), Qt::ISODate);
    return when.isValid() ? std::optional<QDateTime>(when) : std::nullopt;
}

QString requireDate(const QCommandLineParser &parser)
{
    return parser.isSet(kDate) ? QString() : ProjectRecordCommands::tr("--date is required");
}

/// An open project, the case id and the revision to base the change on.
struct Target
{
    std::unique_ptr<gis::ProjectStore> store;
    QString caseId;
    qint64 revision = gis::kAnyRevision;
};

/// Opens the project and reads the case's revision (or takes --revision). nullopt after a usage
/// error on @p err.
std::optional<Target> target(const QCommandLineParser &parser, const QString &sub, QTextStream &err)
{
    Target t;
    const QStringList positional = parser.positionalArguments();
    t.caseId = positional.at(1);
    t.store = ProjectCommand::open(positional.at(0), ProjectCommand::operatorFrom(parser));
    const auto file = t.store->caseFile(t.caseId);
    if (!file)
        throw core::InputError(t.store->info().location, QCoreApplication::translate("fg::app::ProjectRecordCommands", "no case with this id"), t.caseId);
    t.revision = file->revision();
    if (parser.isSet(kRevision)) {
        bool ok = false;
        t.revision = parser.value(kRevision).toLongLong(&ok);
        if (!ok) {
            usageError(err, QStringLiteral("project ") + sub, QCoreApplication::translate("fg::app::ProjectRecordCommands", "--revision takes a number"));
            return std::nullopt;
        }
    }
    return t;
}

/// Exit 0 with @p done on @p out, or 5 with the reasons on @p err.
int finish(const core::TransitionResult &result, const QString &done, QTextStream &out, QTextStream &err)
{
    if (!result.accepted) {
        err << ProjectRecordCommands::tr("refused: %1").arg(result.reasons.join(QStringLiteral("; "))) << '\n';
        return ProjectCommand::ExitRefused;
    }
    out << done << '\n';
    return ExitOk;
}

QString accountabilityCheck(const QCommandLineParser &parser)
{
    for (const char *required : { "organ", "persons", "decision", "date" })
        if (!parser.isSet(QString::fromLatin1(required)))
            return ProjectRecordCommands::tr("--%1 is required (see --help)").arg(QString::fromLatin1(required));
    if (!core::accountabilityOrganFromText(parser.value(QStringLiteral("organ"))))
        return ProjectRecordCommands::tr("--organ must be discipline_inspection (纪委监委), organization (组织部) or "
                      "natural_resources (自然资源局), not '%1'")
            .arg(parser.value(QStringLiteral("organ")));
    if (!QDate::fromString(parser.value(kDate), Qt::ISODate).isValid())
        return ProjectRecordCommands::tr("--date must be YYYY-MM-DD, not '%1'").arg(parser.value(kDate));
    return {};
}

} // namespace

int ProjectRecordCommands::accountability(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record an accountability decision on a case (问责, 既处理事、又处理人): "
                                        "a case over a threshold cannot be closed without one."));
    addCommon(parser);
    parser.addOptions({
        { QStringLiteral("organ"), tr("Who decided: discipline_inspection (纪委监委), organization (组织部) or "
                                      "natural_resources (自然资源局)."), tr("ORGAN") },
        { QStringLiteral("persons"), tr("The persons held to account, as the decision names them."), tr("NAMES") },
        { QStringLiteral("decision"), tr("What was decided, e.g. 警告处分."), tr("TEXT") },
        { kDate, tr("The decision's date (YYYY-MM-DD)."), tr("DATE") },
        { QStringLiteral("document"), tr("The decision's document number (文号)."), tr("NO") },
    });
    if (const auto done = ProjectCommand::parse(
            parser, QStringLiteral("accountability"), args, 2, out, err, accountabilityCheck))
        return *done;
    auto t = target(parser, QStringLiteral("accountability"), err);
    if (!t)
        return ExitUsage;
    core::AccountabilityRecord record;
    record.organ = *core::accountabilityOrganFromText(parser.value(QStringLiteral("organ")));
    record.who = parser.value(QStringLiteral("persons"));
    record.decision = parser.value(QStringLiteral("decision"));
    record.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    record.documentNumber = parser.value(QStringLiteral("document"));
    return finish(gis::CaseActions::recordAccountability(*t->store, t->caseId, record, t->revision),
        tr("Accountability recorded on case %1: %2, %3 (%4)")
            .arg(t->caseId, record.who, record.decision, core::accountabilityOrganName(record.organ)),
        out, err);
}

int ProjectRecordCommands::suspect(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record that a crime (→ 公安局 within 24 hours) or officials' misconduct "
                                        "(→ 纪委监委) is suspected behind a case; its referral deadline starts."));
    addCommon(parser);
    parser.addOptions({ { QStringLiteral("crime"), tr("A crime is suspected (art. 342).") },
        { QStringLiteral("misconduct"), tr("Officials' misconduct is suspected.") },
        { kDate, tr("When it was suspected (YYYY-MM-DD or ISO date-time)."), tr("DATE") } });
    const UsageCheck check = [](const QCommandLineParser &p) -> QString {
        if (p.isSet(QStringLiteral("crime")) == p.isSet(QStringLiteral("misconduct")))
            return ProjectRecordCommands::tr("give exactly one of --crime and --misconduct");
        return requireDate(p);
    };
    if (const auto done = ProjectCommand::parse(parser, QStringLiteral("suspect"), args, 2, out, err, check))
        return *done;
    const std::optional<QDateTime> when = dateTimeOption(parser);
    if (!when)
        return usageError(err, QStringLiteral("project suspect"), tr("--date must be ISO 8601, not '%1'").arg(parser.value(kDate)));
    auto t = target(parser, QStringLiteral("suspect"), err);
    if (!t)
        return ExitUsage;
    const bool crime = parser.isSet(QStringLiteral("crime"));
    const auto what = crime ? gis::Suspicion::Crime : gis::Suspicion::Misconduct;
    return finish(gis::CaseActions::suspect(*t->store, t->caseId, what, *when, t->revision),
        crime ? tr("Case %1: a crime is suspected; transfer it to the public security bureau within 24 hours")
                    .arg(t->caseId)
              : tr("Case %1: officials' misconduct is suspected; transfer it to the discipline commission")
                    .arg(t->caseId),
        out, err);
}

int ProjectRecordCommands::declareMajor(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Declare a case major (重大案件): it is reported to the county before "
                                        "filing; print its report with 'report major-case'."));
    addCommon(parser);
    parser.addOption({ kDate, tr("When it was declared (YYYY-MM-DD or ISO date-time)."), tr("DATE") });
    if (const auto done = ProjectCommand::parse(parser, QStringLiteral("declare-major"), args, 2, out, err, requireDate))
        return *done;
    const std::optional<QDateTime> when = dateTimeOption(parser);
    if (!when)
        return usageError(err, QStringLiteral("project declare-major"), tr("--date must be ISO 8601, not '%1'").arg(parser.value(kDate)));
    auto t = target(parser, QStringLiteral("declare-major"), err);
    if (!t)
        return ExitUsage;
    return finish(gis::CaseActions::declareMajor(*t->store, t->caseId, *when, t->revision),
        tr("Case %1 is declared major").arg(t->caseId), out, err);
}

int ProjectRecordCommands::transfer(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Transfer a case (移送) to any department with a reason; the department "
                                        "then sees it and may reply."));
    addCommon(parser);
    parser.addOptions({ { QStringLiteral("to"), tr("The department: its code (e.g. public_security) or name."), tr("DEPARTMENT") },
        { QStringLiteral("reason"), tr("Why the case goes to it."), tr("TEXT") },
        { kDate, tr("When it was sent (ISO 8601; default now)."), tr("DATE") } });
    const UsageCheck check = [](const QCommandLineParser &p) -> QString {
        if (!p.isSet(QStringLiteral("to")) || !p.isSet(QStringLiteral("reason")))
            return ProjectRecordCommands::tr("--to DEPARTMENT and --reason TEXT are required");
        if (!gis::CaseActions::departmentFromText(p.value(QStringLiteral("to"))))
            return ProjectRecordCommands::tr("unknown department '%1'").arg(p.value(QStringLiteral("to")));
        return {};
    };
    if (const auto done = ProjectCommand::parse(parser, QStringLiteral("transfer"), args, 2, out, err, check))
        return *done;
    const std::optional<QDateTime> when = dateTimeOption(parser);
    if (!when)
        return usageError(err, QStringLiteral("project transfer"), tr("--date must be ISO 8601, not '%1'").arg(parser.value(kDate)));
    auto t = target(parser, QStringLiteral("transfer"), err);
    if (!t)
        return ExitUsage;
    const core::Department to = *gis::CaseActions::departmentFromText(parser.value(QStringLiteral("to")));
    QString id;
    const core::TransitionResult result = gis::CaseActions::transfer(
        *t->store, t->caseId, to, parser.value(QStringLiteral("reason")), *when, t->revision, &id);
    return finish(result, tr("Case %1 transferred to %2 as %3").arg(t->caseId, core::departmentName(to), id), out, err);
}

int ProjectRecordCommands::reply(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record a department's reply to a transfer; a transfer is answered once."));
    addCommon(parser);
    parser.addOptions({ { QStringLiteral("transfer"), tr("The transfer's id (T1, T2, …)."), tr("N") },
        { QStringLiteral("text"), tr("The reply."), tr("TEXT") },
        { kDate, tr("When it was answered (ISO 8601; default now)."), tr("DATE") } });
    const UsageCheck check = [](const QCommandLineParser &p) -> QString {
        return p.isSet(QStringLiteral("transfer")) && p.isSet(QStringLiteral("text"))
            ? QString()
            : ProjectRecordCommands::tr("--transfer N and --text TEXT are required");
    };
    if (const auto done = ProjectCommand::parse(parser, QStringLiteral("reply"), args, 2, out, err, check))
        return *done;
    const std::optional<QDateTime> when = dateTimeOption(parser);
    if (!when)
        return usageError(err, QStringLiteral("project reply"), tr("--date must be ISO 8601, not '%1'").arg(parser.value(kDate)));
    auto t = target(parser, QStringLiteral("reply"), err);
    if (!t)
        return ExitUsage;
    QString transferId = parser.value(QStringLiteral("transfer"));
    if (!transferId.startsWith(QLatin1Char('T')))
        transferId.prepend(QLatin1Char('T')); // "--transfer 1" names T1
    return finish(gis::CaseActions::reply(*t->store, t->caseId, transferId, parser.value(QStringLiteral("text")), *when),
        tr("Reply to %1 of case %2 recorded").arg(transferId, t->caseId), out, err);
}

int ProjectRecordCommands::flag(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set a case's threshold flag by hand: refused when the figures contradict "
                                        "it; lowering it needs a reason."));
    addCommon(parser);
    parser.addPositionalArgument(QStringLiteral("FLAG"), tr("reached, below, not_assessed or not_applicable (a non-occupation matter)."));
    parser.addOption({ QStringLiteral("reason"), tr("Why the flag changes (required to lower it)."), tr("TEXT") });
    if (const auto done = ProjectCommand::parse(parser, QStringLiteral("flag"), args, 3, out, err))
        return *done;
    const core::ThresholdFlag wanted = core::thresholdFlagFromCode(parser.positionalArguments().at(2));
    auto t = target(parser, QStringLiteral("flag"), err);
    if (!t)
        return ExitUsage;
    return finish(gis::CaseFlags::set(*t->store, t->caseId, wanted, parser.value(QStringLiteral("reason")), t->revision),
        tr("Case %1 is flagged %2").arg(t->caseId, core::thresholdFlagCode(wanted)), out, err);
}

} // namespace fg::app
