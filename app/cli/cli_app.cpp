// SPDX-License-Identifier: MIT
#include "app/cli/cli_app.h"

#include "app/cli/analyze_command.h"
#include "app/cli/coverage_command.h"
#include "app/cli/grid_command.h"
#include "app/cli/info_command.h"
#include "app/cli/make_sample_command.h"
#include "app/cli/officer_command.h"
#include "app/cli/patrol_import_command.h"
#include "app/cli/patrol_mark_command.h"
#include "app/cli/plan_command.h"
#include "app/cli/project_command.h"
#include "app/cli/report_command.h"
#include "app/cli/site_check_command.h"
#include "app/cli/verify_log_command.h"
#include "core/input_error.h"
#include "core/input_rejected.h"
#include "core/store_errors.h"

namespace fg::app {

namespace {

/// The scripting contract's exit code of a refused command (README, command.h).
int exitCodeOf(const core::InputError &error)
{
    if (dynamic_cast<const core::ConflictError *>(&error) || dynamic_cast<const core::StepRefused *>(&error))
        return ExitRefused;
    if (dynamic_cast<const core::PermissionDenied *>(&error))
        return ExitDenied;
    if (dynamic_cast<const core::ProjectReadOnly *>(&error))
        return ExitReadOnly;
    return ExitBadInput;
}

} // namespace

CliApp::CliApp()
{
    addCommand(std::make_unique<InfoCommand>());
    addCommand(std::make_unique<MakeSampleCommand>());
    addCommand(std::make_unique<AnalyzeCommand>());
    addCommand(std::make_unique<ProjectCommand>());
    addCommand(std::make_unique<VerifyLogCommand>());
    addCommand(std::make_unique<ReportCommand>());
    addCommand(std::make_unique<GridCommand>());
    addCommand(std::make_unique<PlanCommand>());
    addCommand(std::make_unique<CoverageCommand>());
    addCommand(std::make_unique<PatrolImportCommand>());
    addCommand(std::make_unique<OfficerCommand>());
    addCommand(std::make_unique<PatrolMarkCommand>());
    addCommand(std::make_unique<SiteCheckCommand>());
}

CliApp::~CliApp() = default;

void CliApp::addCommand(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

void CliApp::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: farmguard-cli COMMAND [OPTIONS] ...") << '\n'
           << tr("FarmGuard command line: farmland protection patrol and enforcement analysis.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << "  " << command->name().leftJustified(16) << command->summary() << '\n';
    stream << '\n' << tr("Run 'farmguard-cli COMMAND --help' for a command's options.") << '\n';
}

int CliApp::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString &name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        out << "farmguard-cli " << FARMGUARD_VERSION << '\n';
        return ExitOk;
    }
    for (const auto &command : m_commands) {
        if (command->name() != name)
            continue;
        try {
            return command->run(args.mid(1), out, err);
        } catch (const core::InputRejected &e) {
            for (const QString &line : e.lines()) // one line per problem, then the summary
                err << tr("error: %1").arg(line) << '\n';
            return exitCodeOf(e);
        } catch (const core::InputError &e) {
            err << tr("error: %1").arg(e.message()) << '\n';
            return exitCodeOf(e);
        } catch (const std::exception &e) {
            err << tr("internal error: %1").arg(QString::fromUtf8(e.what())) << '\n';
            return ExitFailure;
        }
    }
    err << tr("farmguard-cli: unknown command '%1'").arg(name) << '\n';
    printUsage(err);
    return ExitUsage;
}

} // namespace fg::app
