// SPDX-License-Identifier: MIT
#include "gis/store/sql/sql_patrol_rows_p.h"

#include "gis/store/sql/sql_connection_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace fg::gis::patrol_rows {

namespace {

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dayFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QJsonArray shortfallsJson(const core::PatrolPlan &plan)
{
    QJsonArray result;
    for (const core::IntervalShortfall &s : plan.shortfalls)
        result.append(QJsonObject { { QStringLiteral("cell"), s.cellId }, { QStringLiteral("officer"), s.officer },
            { QStringLiteral("due_by"), day(s.dueBy) }, { QStringLiteral("visited_on"), day(s.visitedOn) },
            { QStringLiteral("reason"), s.reason } });
    for (const core::VillageShortfall &s : plan.villageShortfalls)
        result.append(QJsonObject { { QStringLiteral("village"), s.village }, { QStringLiteral("township"), s.township },
            { QStringLiteral("from"), day(s.from) }, { QStringLiteral("to"), day(s.to) },
            { QStringLiteral("reason"), s.reason } });
    return result;
}

void readShortfalls(const QString &json, core::PatrolPlan &plan)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("village"))) {
            plan.villageShortfalls.push_back({ o.value(QStringLiteral("village")).toString(),
                o.value(QStringLiteral("township")).toString(), dayFrom(o.value(QStringLiteral("from")).toString()),
                dayFrom(o.value(QStringLiteral("to")).toString()), o.value(QStringLiteral("reason")).toString() });
            continue;
        }
        plan.shortfalls.push_back({ o.value(QStringLiteral("cell")).toString(), o.value(QStringLiteral("officer")).toString(),
            dayFrom(o.value(QStringLiteral("due_by")).toString()), dayFrom(o.value(QStringLiteral("visited_on")).toString()),
            o.value(QStringLiteral("reason")).toString() });
    }
}

} // namespace

std::vector<QDate> dates(const QString &text)
{
    std::vector<QDate> result;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QDate date = dayFrom(part.trimmed());
        if (!date.isValid())
            throw std::invalid_argument("a stored date is not yyyy-MM-dd");
        result.push_back(date);
    }
    return result;
}

QString dateList(const QSet<QDate> &dates)
{
    std::vector<QDate> sorted(dates.begin(), dates.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const QDate &d : sorted)
        parts << day(d);
    return parts.join(QLatin1Char(';'));
}

QStringList townships(const PatrolGrid &grid)
{
    std::set<QString> names;
    for (const GridCell &g : grid.cells)
        names.insert(g.cell.township);
    return QStringList(names.begin(), names.end());
}

QJsonObject officerJson(const core::Officer &officer, const QStringList &villages)
{
    return QJsonObject { { QStringLiteral("township"), officer.township },
        { QStringLiteral("base"), QJsonArray { officer.base.x(), officer.base.y() } },
        { QStringLiteral("max_cells"), officer.maxCellsPerDay }, { QStringLiteral("max_km"), officer.maxKmPerDay },
        { QStringLiteral("cells"), QJsonArray::fromStringList(officer.cellIds) },
        { QStringLiteral("villages"), QJsonArray::fromStringList(villages) },
        { QStringLiteral("holidays"), dateList(officer.calendar.holidays()) },
        { QStringLiteral("working_weekends"), dateList(officer.calendar.workingWeekendDays()) } };
}

QJsonObject villagePatrollerJson(const core::VillagePatroller &p)
{
    return QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("township"), p.township },
        { QStringLiteral("base"), p.base ? QJsonValue(QJsonArray { p.base->x(), p.base->y() }) : QJsonValue() },
        { QStringLiteral("weekends_off"), p.weekendsOff }, { QStringLiteral("days_off"), dateList(p.daysOff) } };
}

QString villagePatrolKey(const core::VillagePatrol &patrol)
{
    return QStringLiteral("V|%1|%2|%3|%4")
        .arg(day(patrol.date), patrol.village, patrol.patroller, patrol.cellIds.join(QLatin1Char(';')));
}

QString visitKey(const core::PlannedVisit &visit)
{
    return QStringLiteral("%1|%2|%3|%4").arg(day(visit.date), visit.officer).arg(visit.order).arg(visit.cellId);
}

qint64 insertPlan(SqlConnection &db, const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options,
    const QString &createdBy)
{
    auto inserted = db.query(
        QStringLiteral("INSERT INTO patrol_plans (start_day, end_day, kept_before, created_at, created_by, options, "
                       "shortfalls, unassigned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id"),
        { day(plan.start), day(plan.end), keptBefore.isValid() ? day(keptBefore) : QString(),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), createdBy,
            QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(shortfallsJson(plan)).toJson(QJsonDocument::Compact)),
            plan.unassignedCells.join(QLatin1Char(';')) });
    inserted->next();
    const qint64 id = inserted->integer(0);
    inserted.reset();
    for (const core::DayRoute &r : plan.routes)
        db.execute(QStringLiteral("INSERT INTO patrol_routes (plan_id, day, officer, length_m) VALUES (?1, ?2, ?3, ?4)"),
            { id, day(r.date), r.officer, r.lengthM });
    for (const core::PlannedVisit &v : plan.visits)
        db.execute(QStringLiteral("INSERT INTO patrol_visits (plan_id, day, officer, ord, cell_id, leg_m, risk, "
                                  "risk_class, due_by, required, reason) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
            { id, day(v.date), v.officer, v.order, v.cellId, v.legM, v.riskScore,
                v.riskClass == core::RiskClass::High ? QStringLiteral("high") : QStringLiteral("normal"),
                v.dueBy.isValid() ? QVariant(day(v.dueBy)) : QVariant(), int(v.required), v.reason });
    for (const core::VillagePatrol &v : plan.villagePatrols)
        db.execute(QStringLiteral("INSERT INTO patrol_village_patrols (plan_id, day, village, township, patroller, "
                                  "cells, length_m, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
            { id, day(v.date), v.village, v.township, v.patroller, v.cellIds.join(QLatin1Char(';')), v.lengthM,
                v.reason });
    return id;
}

namespace {

void readVisits(const SqlConnection &db, qint64 id, core::PatrolPlan &plan)
{
    auto visits = db.query(QStringLiteral("SELECT day, officer, ord, cell_id, leg_m, risk, risk_class, due_by, required, "
                                          "reason FROM patrol_visits WHERE plan_id = ?1 ORDER BY day, officer, ord"),
        { id });
    while (visits->next()) {
        core::PlannedVisit v;
        v.date = dayFrom(visits->text(0));
        v.officer = visits->text(1);
        v.order = int(visits->integer(2));
        v.cellId = visits->text(3);
        v.legM = visits->real(4);
        v.riskScore = visits->real(5);
        v.riskClass = visits->text(6) == QLatin1String("high") ? core::RiskClass::High : core::RiskClass::Normal;
        v.dueBy = dayFrom(visits->text(7));
        v.required = visits->integer(8) != 0;
        v.reason = visits->text(9);
        for (core::DayRoute &r : plan.routes)
            if (r.date == v.date && r.officer == v.officer)
                r.cellIds << v.cellId;
        plan.visits.push_back(std::move(v));
    }
}

} // namespace

std::optional<core::PatrolPlan> readLatestPlan(const SqlConnection &db)
{
    auto header = db.query(QStringLiteral("SELECT id, start_day, end_day, shortfalls, unassigned FROM patrol_plans "
                                          "ORDER BY id DESC LIMIT 1"));
    if (!header->next())
        return std::nullopt;
    core::PatrolPlan plan;
    const qint64 id = header->integer(0);
    plan.start = dayFrom(header->text(1));
    plan.end = dayFrom(header->text(2));
    readShortfalls(header->text(3), plan);
    plan.unassignedCells = header->text(4).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    header.reset();
    auto routes = db.query(QStringLiteral("SELECT day, officer, length_m FROM patrol_routes WHERE plan_id = ?1 "
                                          "ORDER BY day, officer"),
        { id });
    while (routes->next())
        plan.routes.push_back({ dayFrom(routes->text(0)), routes->text(1), {}, routes->real(2) });
    routes.reset();
    readVisits(db, id, plan);
    auto villages = db.query(QStringLiteral("SELECT day, village, township, patroller, cells, length_m, reason "
                                            "FROM patrol_village_patrols WHERE plan_id = ?1 ORDER BY day, village"),
        { id });
    while (villages->next())
        plan.villagePatrols.push_back({ dayFrom(villages->text(0)), villages->text(1), villages->text(2),
            villages->text(3), villages->text(4).split(QLatin1Char(';'), Qt::SkipEmptyParts), villages->real(5),
            villages->text(6) });
    return plan;
}

} // namespace fg::gis::patrol_rows
