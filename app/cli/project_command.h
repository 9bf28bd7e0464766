// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

#include <QCommandLineParser>

#include "gis/store/project_stores.h"

#include <memory>

namespace fg::app {

/// `farmguard-cli project SUBCOMMAND`: the county's record in one GeoPackage project.
///   create PROJECT --basic-farmland P --cultivated P --boundaries P [--villages P] [--crs EPSG:N]
///          [--encoding E] [--operator NAME --role ROLE]
///   create-sample PROJECT [--sample-dir DIR]
///   import-incidents PROJECT INCIDENTS [--id-field F --party-field F ...]
///   cases PROJECT [--status S] [--overdue] [--format json|table] [--now T]
///   case PROJECT ID [--format json|table] [--now T]
///   advance PROJECT ID ACTION --actor NAME --role ROLE [--date D] [--note T] [--penalty P]… [--court]
///   rules PROJECT [--set RULES.json]
/// PROJECT is a GeoPackage file or a postgresql:// URI (gis::ProjectLocation).
/// Exit 0 done, 2 usage, 3 bad input, 4 read-only or damaged project, 5 a step the case workflow
/// refused (reasons on stderr) or another user's newer change, 6 no right to the record.
class ProjectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectCommand)

public:
    /// A step the case workflow refused.
    static constexpr int ExitRefused = fg::app::ExitRefused;

    QString name() const override { return QStringLiteral("project"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    /// Adds --operator and --role to @p parser.
    static void addOperatorOptions(QCommandLineParser &parser);
    /// The operator named on the command line, else the login name with role "cli".
    static gis::OperatorIdentity operatorFrom(const QCommandLineParser &parser);
    /// Opens the project a command names (a file path or a postgresql:// URI): the one door.
    static std::unique_ptr<gis::ProjectStore> open(
        const QString &project, const gis::OperatorIdentity &who, gis::OpenMode mode = gis::OpenMode::ReadWrite);
    /// Adds the help option, parses "farmguard-cli project SUB" + args, checks for @p positional arguments,
    /// then runs @p check; returns the exit code when the subcommand is finished (help, usage error),
    /// std::nullopt to go on.
    static std::optional<int> parse(QCommandLineParser &parser, const QString &sub, const QStringList &args,
        int positional, QTextStream &out, QTextStream &err, UsageCheck check = nullptr);

private:
    int create(const QStringList &args, QTextStream &out, QTextStream &err);
    int createSample(const QStringList &args, QTextStream &out, QTextStream &err);
    int importIncidents(const QStringList &args, QTextStream &out, QTextStream &err);
    int rules(const QStringList &args, QTextStream &out, QTextStream &err);
    void printUsage(QTextStream &stream) const;
};

} // namespace fg::app
