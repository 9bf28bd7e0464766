// SPDX-License-Identifier: MIT
#include "app/cli/project_approval_commands.h"

#include "app/cli/project_command.h"
#include "gis/store/project_store.h"
#include "gis/usecases/approval_importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fg::app {

namespace {

struct MappedOption
{
    const char *option;
    QString gis::ApprovalFieldMap::*field;
};

const MappedOption kFieldOptions[] = { { "number-field", &gis::ApprovalFieldMap::documentNumber },
    { "kind-field", &gis::ApprovalFieldMap::kind },
    { "approved-on-field", &gis::ApprovalFieldMap::approvedOn },
    { "valid-from-field", &gis::ApprovalFieldMap::validFrom },
    { "valid-to-field", &gis::ApprovalFieldMap::validTo },
    { "use-field", &gis::ApprovalFieldMap::approvedUse },
    { "township-field", &gis::ApprovalFieldMap::township } };

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

int ProjectApprovalCommands::importApprovals(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import an approvals layer (农用地转用 / 土地征收 批复, 临时用地, 设施农业用地 备案, "
           "宅基地 审批): all or nothing per file; the stored incidents they meet are "
           "measured again and their cases judged again."));
    parser.addPositionalArgument(
        QStringLiteral("PROJECT"), tr("The project: a .gpkg file or a postgresql:// URI."));
    parser.addPositionalArgument(QStringLiteral("APPROVALS"), tr("Approval polygon layer."));
    for (const MappedOption &mapped : kFieldOptions)
        parser.addOption(
            { QString::fromLatin1(mapped.option), tr("Source field for this attribute."), tr("FIELD") });
    parser.addOptions({
        { QStringLiteral("kind"),
            tr("Kind of the rows without one: conversion, temporary, facility_agriculture, homestead (or "
               "农用地转用, 临时用地, 设施农业, 宅基地)."),
            tr("KIND") },
        { QStringLiteral("crs"), tr("CRS of a layer without one, e.g. EPSG:4547."), tr("CRS") },
        { QStringLiteral("encoding"), tr("Attribute text encoding (overrides detection)."), tr("NAME") },
    });
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("import-approvals"), args, 2, out, err))
        return *done;
    gis::ApprovalImportOptions options;
    for (const MappedOption &mapped : kFieldOptions)
        options.fields.*mapped.field = parser.value(QString::fromLatin1(mapped.option));
    if (parser.isSet(QStringLiteral("kind")))
        options.kind = core::approvalKindFromText(parser.value(QStringLiteral("kind")));
    options.crs = parser.value(QStringLiteral("crs"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    const QStringList positional = parser.positionalArguments();
    const auto store = ProjectCommand::open(positional.at(0), ProjectCommand::operatorFrom(parser));
    const gis::ApprovalImportResult result = gis::ApprovalImporter::run(*store, positional.at(1), options);
    for (const QString &warning : result.warnings)
        err << tr("warning: %1").arg(warning) << '\n';
    // Protocol lines for scripts: never translated.
    for (const QString &number : result.imported)
        out << QStringLiteral("committed ") << number << '\n';
    out << tr("Imported %1 approval(s) into %2").arg(result.imported.size()).arg(positional.at(0)) << '\n';
    for (const QString &id : result.remeasured)
        out << tr("Incident %1 measured again with the approved part taken out").arg(id) << '\n';
    for (const gis::FlagChange &c : result.rejudged.changed)
        out << tr("Case %1: %2 → %3 (%4)")
                   .arg(c.caseId, core::thresholdFlagCode(c.from), core::thresholdFlagCode(c.to),
                       c.figures.text())
            << '\n';
    return ExitOk;
}

int ProjectApprovalCommands::listApprovals(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The project's approvals: 文号, kind, dates, approved use."));
    parser.addPositionalArgument(
        QStringLiteral("PROJECT"), tr("The project: a .gpkg file or a postgresql:// URI."));
    parser.addOption({ QStringLiteral("format"), tr("table or json (default table)."), tr("FORMAT") });
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done
        = ProjectCommand::parse(parser, QStringLiteral("approvals"), args, 1, out, err))
        return *done;
    const auto store = ProjectCommand::open(
        parser.positionalArguments().at(0), ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadOnly);
    const std::vector<gis::ApprovalRecord> approvals = store->approvals();
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray list;
        for (const gis::ApprovalRecord &record : approvals)
            list.append(record.attributesJson());
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("approvals"), list } }).toJson());
        return ExitOk;
    }
    for (const gis::ApprovalRecord &record : approvals) {
        const core::Approval &a = record.approval;
        out << a.documentNumber << '\t' << core::approvalKindName(a.kind) << '\t' << day(a.approvedOn) << '\t'
            << day(a.firstDay()) << '\t' << day(a.validTo) << '\t' << a.approvedUse << '\n';
    }
    return ExitOk;
}

} // namespace fg::app
