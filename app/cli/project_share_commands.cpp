// SPDX-License-Identifier: MIT
#include "app/cli/project_share_commands.h"

#include "app/cli/project_command.h"
#include "core/cases/department.h"
#include "core/input_error.h"
#include "gis/store/project_dump.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/case_actions.h"

#include <QCommandLineParser>

#include <map>

namespace fg::app {

namespace {

/// Rows per table of a project, in dump order.
class CountingSink : public gis::ProjectDumpSink
{
public:
    void begin(int, int) override {}
    void table(const gis::DumpTable &table) override { m_counts.emplace_back(table.name, 0); }
    void row(const std::vector<QVariant> &) override { ++m_counts.back().second; }
    void end() override {}
    const std::vector<std::pair<QString, qint64>> &counts() const { return m_counts; }

private:
    std::vector<std::pair<QString, qint64>> m_counts;
};

gis::OperatorIdentity copier()
{
    // lupdate files X::tr() in a function with a qualified return type under a bare context.
    return { QCoreApplication::translate("fg::app::ProjectShareCommands", "FarmGuard copy"), QStringLiteral("copy") };
}

} // namespace

int ProjectShareCommands::copy(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copy a project to a new place on any backend (GeoPackage file or PostGIS "
                                        "schema): every row, geometry, attachment and the audit log as they are. "
                                        "No event is added, so verify-log passes on both ends. Refuses an existing "
                                        "destination; a failed copy leaves nothing behind."));
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("The project to copy (path or postgresql:// URI)."));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("The new project (path or postgresql:// URI)."));
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("copy"), args, 2, out, err))
        return *done;
    const gis::ProjectLocation from = gis::ProjectLocation::parse(parser.positionalArguments().at(0));
    const gis::ProjectLocation to = gis::ProjectLocation::parse(parser.positionalArguments().at(1));
    gis::ProjectStores::copy(from, to);
    // Counted on the new project: what arrived, not what was meant to.
    CountingSink counts;
    gis::ProjectStores::open(to, copier(), gis::OpenMode::ReadOnly)->dump(counts);
    out << tr("Copied %1 to %2").arg(from.display(), to.display()) << '\n';
    for (const auto &[table, rows] : counts.counts())
        out << QStringLiteral("  %1 %2").arg(table, -24).arg(rows) << '\n';
    return ExitOk;
}

int ProjectShareCommands::grant(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Give a PostgreSQL login rights on a shared (PostGIS) project, run by the "
                                        "project's owner: the bureau reads and writes everything, a township its "
                                        "own incidents, cases and patrols, a department the cases transferred to "
                                        "it (its reply only). Creates the login if missing (without a password: "
                                        "set one with ALTER ROLE … PASSWORD, or use the server's pg_hba.conf)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The shared project (postgresql:// URI)."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The PostgreSQL login."));
    parser.addOptions({
        { QStringLiteral("bureau"), tr("The login acts for the bureau: every record.") },
        { QStringLiteral("township"), tr("The login acts for this township (as in the townships layer)."), tr("NAME") },
        { QStringLiteral("department"), tr("The login acts for this department (e.g. public_security)."), tr("CODE") },
        { QStringLiteral("revoke"), tr("Take the login's rights on the project away.") },
    });
    const auto check = [](const QCommandLineParser &p) -> QString {
        int kinds = 0;
        for (const char *kind : { "bureau", "township", "department", "revoke" })
            kinds += p.isSet(QString::fromLatin1(kind)) ? 1 : 0;
        return kinds == 1 ? QString() : tr("give exactly one of --bureau, --township NAME, --department CODE, --revoke");
    };
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("grant"), args, 2, out, err, check))
        return *done;
    gis::ProjectGrant grant;
    grant.login = parser.positionalArguments().at(1);
    if (parser.isSet(QStringLiteral("township"))) {
        grant.kind = gis::ProjectGrant::Kind::Township;
        grant.township = parser.value(QStringLiteral("township"));
    } else if (parser.isSet(QStringLiteral("department"))) {
        grant.kind = gis::ProjectGrant::Kind::Department;
        grant.department = parser.value(QStringLiteral("department"));
    } else if (parser.isSet(QStringLiteral("revoke"))) {
        grant.kind = gis::ProjectGrant::Kind::Revoke;
    }
    const gis::ProjectLocation location = gis::ProjectLocation::parse(parser.positionalArguments().at(0));
    gis::ProjectStores::grant(location, grant);
    switch (grant.kind) {
    case gis::ProjectGrant::Kind::Bureau:
        out << tr("%1 acts for the bureau on %2").arg(grant.login, location.display()) << '\n';
        break;
    case gis::ProjectGrant::Kind::Township:
        out << tr("%1 acts for the township %2 on %3").arg(grant.login, grant.township, location.display()) << '\n';
        break;
    case gis::ProjectGrant::Kind::Department:
        out << tr("%1 acts for the department %2 on %3")
                   .arg(grant.login, core::departmentName(core::departmentFromCode(grant.department)), location.display())
            << '\n';
        break;
    case gis::ProjectGrant::Kind::Revoke:
        out << tr("%1 has no rights on %2 any more").arg(grant.login, location.display()) << '\n';
        break;
    }
    return ExitOk;
}

int ProjectShareCommands::openCase(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Open a case at its clue on incidents already in the project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (path or postgresql:// URI)."));
    parser.addPositionalArgument(QStringLiteral("CASE"), tr("The new case's id."));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"), tr("The incident's id (repeat the option --incident for more)."));
    parser.addOptions({
        { QStringLiteral("incident"), tr("A further incident of the case."), tr("ID") },
        { QStringLiteral("note"), tr("A note on the clue."), tr("TEXT") },
        { QStringLiteral("date"), tr("When the clue came in (ISO 8601; default now)."), tr("DATE") },
    });
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("open-case"), args, 3, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const gis::OperatorIdentity who = ProjectCommand::operatorFrom(parser);
    const auto store = ProjectCommand::open(positional.at(0), who);
    const QDateTime when = parser.isSet(QStringLiteral("date"))
        ? QDateTime::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
        : QDateTime::currentDateTime();
    if (!when.isValid())
        return usageError(err, QStringLiteral("project open-case"),
            tr("--date must be ISO 8601, not '%1'").arg(parser.value(QStringLiteral("date"))));
    const QStringList incidents = QStringList { positional.at(2) } + parser.values(QStringLiteral("incident"));
    const core::CaseFile file = gis::CaseActions::open(
        *store, positional.at(1), incidents, when, parser.value(QStringLiteral("note")));
    out << tr("Opened case %1 on %2 (threshold: %3)")
               .arg(file.id(), incidents.join(QStringLiteral(", ")), core::thresholdFlagCode(file.thresholdFlag()))
        << '\n';
    return ExitOk;
}

} // namespace fg::app
