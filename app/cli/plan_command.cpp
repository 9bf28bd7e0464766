// SPDX-License-Identifier: MIT
#include "app/cli/plan_command.h"

#include "app/cli/project_command.h"
#include "core/input_error.h"
#include "core/patrol/patrol_planner.h"
#include "gis/patrol/grid_file.h"
#include "gis/store/project_store.h"
#include "gis/usecases/patrol_planning.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace fg::app {

namespace {

std::vector<core::Officer> readOfficerCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw core::InputError(path, PlanCommand::tr("cannot open the officers file"));
    std::vector<core::Officer> result;
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (++line == 1 || text.isEmpty())
            continue; // header: name,township,base_x,base_y,max_cells,max_km
        const QStringList f = text.split(QLatin1Char(','));
        bool okX = false, okY = false, okC = true, okK = true;
        core::Officer o;
        if (f.size() >= 4) {
            o.name = f[0].trimmed();
            o.township = f[1].trimmed();
            o.base = QPointF(f[2].toDouble(&okX), f[3].toDouble(&okY));
            o.maxCellsPerDay = f.size() > 4 && !f[4].trimmed().isEmpty() ? f[4].toInt(&okC) : 0;
            o.maxKmPerDay = f.size() > 5 && !f[5].trimmed().isEmpty() ? f[5].toDouble(&okK) : 0;
        }
        if (f.size() < 4 || !okX || !okY || !okC || !okK || o.name.isEmpty())
            throw core::InputError(path,
                PlanCommand::tr("line %1: expected name,township,base_x,base_y,max_cells,max_km").arg(line));
        result.push_back(o);
    }
    return result;
}

} // namespace

std::vector<core::Officer> PlanCommand::officers(const gis::PatrolGrid &grid, const QString &csvPath,
    int capacityCells, double capacityKm, const core::WorkingCalendar &calendar)
{
    std::vector<core::PatrolCell> cells;
    for (const gis::GridCell &c : grid.cells)
        cells.push_back(c.cell);
    return gis::PatrolPlanning::team(
        cells, csvPath.isEmpty() ? std::vector<core::Officer>() : readOfficerCsv(csvPath), capacityCells, capacityKm, calendar);
}

QString PlanCommand::summary() const
{
    return tr("plan the grid patrol: each officer's daily route, with reasons and shortfalls");
}

namespace {

QJsonObject planJson(const core::PatrolPlan &plan)
{
    QJsonArray visits, shortfalls, routes;
    for (const core::PlannedVisit &v : plan.visits)
        visits.append(QJsonObject { { "date", v.date.toString(Qt::ISODate) }, { "officer", v.officer },
            { "order", v.order }, { "cell", v.cellId }, { "leg_m", std::round(v.legM * 10) / 10 },
            { "risk", std::round(v.riskScore * 1000) / 1000 },
            { "risk_class", v.riskClass == core::RiskClass::High ? "high" : "normal" },
            { "due_by", v.dueBy.toString(Qt::ISODate) }, { "required", v.required },
            { "reason", v.reason } });
    for (const core::DayRoute &r : plan.routes)
        routes.append(QJsonObject { { "date", r.date.toString(Qt::ISODate) }, { "officer", r.officer },
            { "cells", QJsonArray::fromStringList(r.cellIds) },
            { "length_m", std::round(r.lengthM * 10) / 10 } });
    for (const core::IntervalShortfall &s : plan.shortfalls)
        shortfalls.append(QJsonObject { { "cell", s.cellId }, { "officer", s.officer },
            { "due_by", s.dueBy.toString(Qt::ISODate) },
            { "visited_on",
                s.visitedOn.isValid() ? QJsonValue(s.visitedOn.toString(Qt::ISODate)) : QJsonValue() },
            { "reason", s.reason } });
    QJsonArray villagePatrols, villageShortfalls;
    for (const core::VillagePatrol &v : plan.villagePatrols)
        villagePatrols.append(QJsonObject { { "date", v.date.toString(Qt::ISODate) }, { "village", v.village },
            { "township", v.township }, { "patroller", v.patroller }, { "cells", QJsonArray::fromStringList(v.cellIds) },
            { "length_m", std::round(v.lengthM * 10) / 10 }, { "reason", v.reason } });
    for (const core::VillageShortfall &s : plan.villageShortfalls)
        villageShortfalls.append(QJsonObject { { "village", s.village }, { "township", s.township },
            { "from", s.from.toString(Qt::ISODate) }, { "to", s.to.toString(Qt::ISODate) }, { "reason", s.reason } });
    return QJsonObject { { "start", plan.start.toString(Qt::ISODate) },
        { "end", plan.end.toString(Qt::ISODate) }, { "routes", routes }, { "visits", visits },
        { "shortfalls", shortfalls },
        { "unassigned_cells", QJsonArray::fromStringList(plan.unassignedCells) },
        { "village_patrols", villagePatrols }, { "village_shortfalls", villageShortfalls } };
}

void printPlan(const core::PatrolPlan &plan, QTextStream &out)
{
    for (const core::DayRoute &r : plan.routes) {
        out << PlanCommand::tr("%1 %2: %3 cells, %4 km")
                   .arg(r.date.toString(Qt::ISODate), r.officer)
                   .arg(r.cellIds.size())
                   .arg(r.lengthM / 1000, 0, 'f', 1)
            << '\n';
        for (const core::PlannedVisit &v : plan.day(r.officer, r.date))
            out << "  " << v.order << ". " << v.cellId << " — " << v.reason << '\n';
    }
    out << PlanCommand::tr("Intervals the plan cannot keep: %1").arg(plan.shortfalls.size()) << '\n';
    for (const core::IntervalShortfall &s : plan.shortfalls)
        out << "  " << s.cellId << " (" << s.officer << ") "
            << PlanCommand::tr("due by %1: %2").arg(s.dueBy.toString(Qt::ISODate), s.reason) << '\n';
    if (!plan.unassignedCells.isEmpty())
        out << PlanCommand::tr("Cells no officer patrols: %1")
                   .arg(plan.unassignedCells.join(QStringLiteral(", ")))
            << '\n';
    out << PlanCommand::tr("Village daily patrols: %1").arg(plan.villagePatrols.size()) << '\n';
    for (const core::VillagePatrol &v : plan.villagePatrols)
        out << "  " << v.date.toString(Qt::ISODate) << ' ' << v.village << " (" << v.patroller << "): "
            << v.cellIds.join(QStringLiteral(" → ")) << " — " << v.reason << '\n';
    out << PlanCommand::tr("Villages without a daily patrol: %1").arg(plan.villageShortfalls.size()) << '\n';
    for (const core::VillageShortfall &s : plan.villageShortfalls)
        out << "  " << s.village << " (" << s.township << ") " << s.from.toString(Qt::ISODate) << " – "
            << s.to.toString(Qt::ISODate) << ": " << s.reason << '\n';
}

/// `plan PROJECT`: the planning use case, with its notes on stderr.
core::PatrolPlan planProject(const QString &path, const QCommandLineParser &parser, const gis::PatrolPlanRequest &request,
    QTextStream &err)
{
    const std::unique_ptr<gis::ProjectStore> project = ProjectCommand::open(path, ProjectCommand::operatorFrom(parser));
    const gis::PatrolPlanOutcome outcome = gis::PatrolPlanning::run(*project, request);
    // lupdate takes the qualified return type for a scope and would file X::tr() under a bare context.
    if (outcome.teamCreated)
        err << QCoreApplication::translate(
                   "fg::app::PlanCommand", "note: the project had no officers; one per township was stored")
            << '\n';
    for (const core::VillagePatroller &p : outcome.unplannedPatrollers)
        err << QCoreApplication::translate(
                   "fg::app::PlanCommand", "note: village %1 (patroller %2) has no cell in the grid; not planned")
                   .arg(p.village, p.name)
            << '\n';
    return outcome.plan;
}

} // namespace

int PlanCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plan each officer's daily patrol route over a grid."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("grid"),
        tr("Grid GeoPackage written by 'farmguard-cli grid --output' (instead of PROJECT)."), tr("FILE") });
    parser.addOption({ QStringLiteral("start"), tr("First day, yyyy-MM-dd."), tr("DATE") });
    parser.addOption({ QStringLiteral("today"),
        tr("Days before this one of the project's current plan are kept (default: today)."), tr("DATE") });
    ProjectCommand::addOperatorOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
        tr("Project file: plans over its grid and officers and stores the plan."), tr("[PROJECT]"));
    parser.addOption(
        { QStringLiteral("days"), tr("Number of days (default 14)."), tr("N"), QStringLiteral("14") });
    parser.addOption({ QStringLiteral("officers"),
        tr("Officers CSV: name,township,base_x,base_y,max_cells,max_km."), tr("FILE") });
    parser.addOption({ QStringLiteral("capacity"),
        tr("Cells a day for officers without their own (default 6)."), tr("N"), QStringLiteral("6") });
    parser.addOption({ QStringLiteral("max-km"),
        tr("Route km a day for officers without their own (default none)."), tr("KM"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("holidays"),
        tr("Days off besides weekends, comma-separated yyyy-MM-dd."), tr("LIST") });
    parser.addOption({ QStringLiteral("high-days"), tr("Revisit interval of high-risk cells (default 7)."),
        tr("N"), QStringLiteral("7") });
    parser.addOption({ QStringLiteral("normal-days"), tr("Revisit interval of normal cells (default 30)."),
        tr("N"), QStringLiteral("30") });
    parser.addOption({ QStringLiteral("format"), tr("text or json (default text)."), tr("FORMAT"),
        QStringLiteral("text") });
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    core::PlanOptions options;
    options.start = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    bool okDays = false, okHigh = false, okNormal = false, okCap = false, okKm = false;
    options.days = parser.value(QStringLiteral("days")).toInt(&okDays);
    options.intervals.highDays = parser.value(QStringLiteral("high-days")).toInt(&okHigh);
    options.intervals.normalDays = parser.value(QStringLiteral("normal-days")).toInt(&okNormal);
    const int capacity = parser.value(QStringLiteral("capacity")).toInt(&okCap);
    const double maxKm = parser.value(QStringLiteral("max-km")).toDouble(&okKm);
    const QString format = parser.value(QStringLiteral("format"));
    QSet<QDate> holidays;
    bool okHolidays = true;
    for (const QString &d :
        parser.value(QStringLiteral("holidays")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        holidays.insert(QDate::fromString(d.trimmed(), Qt::ISODate));
        okHolidays = okHolidays && QDate::fromString(d.trimmed(), Qt::ISODate).isValid();
    }
    const QString project = parser.positionalArguments().value(0);
    const QDate today = parser.isSet(QStringLiteral("today"))
        ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
        : QDate::currentDate();
    if (project.isEmpty() == !parser.isSet(QStringLiteral("grid")) || !today.isValid()
        || !options.start.isValid() || !okDays || options.days < 1 || !okHigh || !okNormal || !okCap || !okKm
        || !okHolidays || (format != QLatin1String("text") && format != QLatin1String("json")))
        return usageError(err,
            tr("farmguard-cli plan: give PROJECT or --grid, --start yyyy-MM-dd and valid numbers, dates and "
               "--format (see --help)"));
    const core::WorkingCalendar calendar(holidays, {});
    core::PatrolPlan plan;
    if (!project.isEmpty()) {
        plan = planProject(project, parser, { options, today, capacity, maxKm, calendar }, err);
    } else {
        const gis::PatrolGrid grid = gis::GridFile::read(parser.value(QStringLiteral("grid")));
        std::vector<core::PatrolCell> cells;
        for (const gis::GridCell &c : grid.cells)
            cells.push_back(c.cell);
        const std::vector<core::Officer> team
            = officers(grid, parser.value(QStringLiteral("officers")), capacity, maxKm, calendar);
        plan = core::PatrolPlanner(options).plan(cells, team);
    }
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(planJson(plan)).toJson(QJsonDocument::Indented));
    else
        printPlan(plan, out);
    return ExitOk;
}

} // namespace fg::app
