// SPDX-License-Identifier: MIT
#include "app/cli/officer_command.h"

#include "app/cli/project_command.h"
#include "gis/store/project_store.h"
#include "gis/usecases/officer_roster.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace fg::app {

namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

QStringList listValue(const QCommandLineParser &parser, const char *name)
{
    QStringList items = parser.value(opt(name)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

/// Dates of a comma list; nothing when one is not yyyy-MM-dd (a usage error).
std::optional<QSet<QDate>> dateSet(const QCommandLineParser &parser, const char *name)
{
    QSet<QDate> dates;
    for (const QString &text : listValue(parser, name)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        dates.insert(date);
    }
    return dates;
}

QJsonArray dateArray(const QSet<QDate> &dates)
{
    QStringList days;
    for (const QDate &d : dates)
        days << d.toString(Qt::ISODate);
    days.sort();
    return QJsonArray::fromStringList(days);
}

QJsonObject officerJson(const gis::PatrolOfficerRecord &r)
{
    const core::Officer &o = r.officer;
    return QJsonObject { { QStringLiteral("name"), o.name }, { QStringLiteral("township"), o.township },
        { QStringLiteral("base"), QJsonArray { o.base.x(), o.base.y() } },
        { QStringLiteral("max_cells"), o.maxCellsPerDay }, { QStringLiteral("max_km"), o.maxKmPerDay },
        { QStringLiteral("cells"), QJsonArray::fromStringList(o.cellIds) },
        { QStringLiteral("villages"), QJsonArray::fromStringList(r.villages) },
        { QStringLiteral("holidays"), dateArray(o.calendar.holidays()) },
        { QStringLiteral("working_weekends"), dateArray(o.calendar.workingWeekendDays()) } };
}

void printList(const std::vector<gis::PatrolOfficerRecord> &records, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray array;
        for (const gis::PatrolOfficerRecord &r : records)
            array.append(officerJson(r));
        out << QJsonDocument(QJsonObject { { QStringLiteral("officers"), array } }).toJson(QJsonDocument::Indented);
        return;
    }
    for (const gis::PatrolOfficerRecord &r : records) {
        const core::Officer &o = r.officer;
        out << OfficerCommand::tr("%1 (%2): base %3, %4; %5 cells a day, %6 km a day; %7 cells, villages: %8")
                   .arg(o.name, o.township)
                   .arg(o.base.x(), 0, 'f', 0)
                   .arg(o.base.y(), 0, 'f', 0)
                   .arg(o.maxCellsPerDay)
                   .arg(o.maxKmPerDay, 0, 'f', 1)
                   .arg(o.cellIds.size())
                   .arg(r.villages.isEmpty() ? OfficerCommand::tr("none") : r.villages.join(QStringLiteral(", ")))
            << '\n';
    }
    out << OfficerCommand::tr("Officers: %1").arg(records.size()) << '\n';
}

/// The options given, as a change; false on a malformed value (a usage error).
bool readChange(const QCommandLineParser &parser, gis::OfficerChange &change)
{
    bool ok = true;
    if (parser.isSet(opt("township")))
        change.township = parser.value(opt("township")).trimmed();
    if (parser.isSet(opt("base"))) {
        const QStringList xy = listValue(parser, "base");
        bool okX = false, okY = false;
        if (xy.size() == 2)
            change.base = QPointF(xy[0].toDouble(&okX), xy[1].toDouble(&okY));
        ok = ok && okX && okY;
    }
    if (parser.isSet(opt("capacity"))) {
        bool okN = false;
        change.maxCellsPerDay = parser.value(opt("capacity")).toInt(&okN);
        ok = ok && okN && *change.maxCellsPerDay >= 0;
    }
    if (parser.isSet(opt("max-km"))) {
        bool okK = false;
        change.maxKmPerDay = parser.value(opt("max-km")).toDouble(&okK);
        ok = ok && okK && *change.maxKmPerDay >= 0;
    }
    if (parser.isSet(opt("holidays"))) {
        change.holidays = dateSet(parser, "holidays");
        ok = ok && change.holidays.has_value();
    }
    if (parser.isSet(opt("working-weekends"))) {
        change.workingWeekends = dateSet(parser, "working-weekends");
        ok = ok && change.workingWeekends.has_value();
    }
    if (parser.isSet(opt("cells")))
        change.cells = listValue(parser, "cells");
    if (parser.isSet(opt("villages")))
        change.villages = listValue(parser, "villages");
    return ok;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ opt("township"), OfficerCommand::tr("Township the officer works in (add: required)."),
        OfficerCommand::tr("T") });
    parser.addOption({ opt("base"),
        OfficerCommand::tr("Where each day's route starts, working CRS metres (default: the cell nearest the middle "
                           "of the officer's cells)."),
        OfficerCommand::tr("X,Y") });
    parser.addOption({ opt("capacity"), OfficerCommand::tr("Cells a day; 0 = no limit by count."), OfficerCommand::tr("N") });
    parser.addOption({ opt("max-km"), OfficerCommand::tr("Route km a day; 0 = no limit by distance."), OfficerCommand::tr("K") });
    parser.addOption({ opt("holidays"), OfficerCommand::tr("Days off besides weekends, replacing the list."),
        OfficerCommand::tr("D,D") });
    parser.addOption({ opt("working-weekends"),
        OfficerCommand::tr("Weekend days worked (调休), replacing the list."), OfficerCommand::tr("D,D") });
    parser.addOption({ opt("cells"), OfficerCommand::tr("Cells assigned one by one, replacing the list."),
        OfficerCommand::tr("ID,ID") });
    parser.addOption({ opt("villages"), OfficerCommand::tr("Villages whose cells are all assigned, replacing the list."),
        OfficerCommand::tr("V,V") });
    parser.addOption({ opt("format"), OfficerCommand::tr("list: text or json (default text)."),
        OfficerCommand::tr("FORMAT"), QStringLiteral("text") });
    ProjectCommand::addOperatorOptions(parser);
    parser.addPositionalArgument(opt("PROJECT"), OfficerCommand::tr("Project file with a patrol grid."));
    parser.addPositionalArgument(opt("ACTION"), OfficerCommand::tr("list, add NAME or update NAME."),
        OfficerCommand::tr("list | add NAME | update NAME"));
}

/// add or update one officer through the roster use case; the store logs the change.
int saveOfficer(const QCommandLineParser &parser, bool adding, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    gis::OfficerChange change;
    change.name = positional[2].trimmed();
    if (!readChange(parser, change))
        return usageError(err,
            OfficerCommand::tr("farmguard-cli officer: malformed --base, --capacity, --max-km or date list "
                               "(see --help)"));
    const auto store = ProjectCommand::open(positional[0], ProjectCommand::operatorFrom(parser));
    gis::OfficerRoster::save(*store, change, adding ? gis::OfficerEdit::Add : gis::OfficerEdit::Update);
    out << (adding ? OfficerCommand::tr("Officer %1 added (logged)") : OfficerCommand::tr("Officer %1 updated (logged)"))
               .arg(change.name)
        << '\n';
    return ExitOk;
}

} // namespace

QString OfficerCommand::summary() const
{
    return tr("list, add and update the project's grid officers (网格员)");
}

int OfficerCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage the grid officers of a project: every change is logged, none deleted."));
    parser.addHelpOption();
    addOptions(parser);
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString format = parser.value(opt("format"));
    const bool listing = action == QLatin1String("list") && positional.size() == 2;
    const bool saving = (action == QLatin1String("add") || action == QLatin1String("update")) && positional.size() == 3
        && !positional[2].trimmed().isEmpty();
    if ((!listing && !saving) || (format != QLatin1String("text") && format != QLatin1String("json"))
        || (action == QLatin1String("add") && !parser.isSet(opt("township"))))
        return usageError(err,
            tr("farmguard-cli officer: give PROJECT list, or PROJECT add NAME --township T, or PROJECT "
               "update NAME "
               "(see --help)"));
    if (listing) {
        const auto store = ProjectCommand::open(positional[0], ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadOnly);
        printList(store->patrol().officers(), format == QLatin1String("json"), out);
        return ExitOk;
    }
    return saveOfficer(parser, action == QLatin1String("add"), out, err);
}

} // namespace fg::app
