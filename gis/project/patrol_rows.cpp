// SPDX-License-Identifier: MIT
#include "gis/project/patrol_rows_p.h"

#include "gis/project/sqlite_db_p.h"

#include <sqlite3.h>

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

qint64 insertPlan(const SqliteDb &db, const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options,
    const QString &createdBy)
{
    SqliteStatement insert(db,
        QStringLiteral("INSERT INTO patrol_plans (start_day, end_day, kept_before, created_at, created_by, options, "
                       "shortfalls, unassigned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, day(plan.start))
        .bind(2, day(plan.end))
        .bind(3, keptBefore.isValid() ? day(keptBefore) : QString())
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(5, createdBy)
        .bind(6, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)))
        .bind(7, QString::fromUtf8(QJsonDocument(shortfallsJson(plan)).toJson(QJsonDocument::Compact)))
        .bind(8, plan.unassignedCells.join(QLatin1Char(';')))
        .run();
    const qint64 id = sqlite3_last_insert_rowid(db.handle());
    SqliteStatement route(db, QStringLiteral("INSERT INTO patrol_routes VALUES (?, ?, ?, ?)"));
    for (const core::DayRoute &r : plan.routes) {
        route.bind(1, id).bind(2, day(r.date)).bind(3, r.officer).bind(4, r.lengthM).run();
        route.reset();
    }
    SqliteStatement visit(db, QStringLiteral("INSERT INTO patrol_visits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const core::PlannedVisit &v : plan.visits) {
        visit.bind(1, id)
            .bind(2, day(v.date))
            .bind(3, v.officer)
            .bind(4, v.order)
            .bind(5, v.cellId)
            .bind(6, v.legM)
            .bind(7, v.riskScore)
            .bind(8, v.riskClass == core::RiskClass::High ? QStringLiteral("high") : QStringLiteral("normal"))
            .bind(9, v.dueBy.isValid() ? QVariant(day(v.dueBy)) : QVariant())
            .bind(10, v.required)
            .bind(11, v.reason)
            .run();
        visit.reset();
    }
    SqliteStatement village(db, QStringLiteral("INSERT INTO patrol_village_patrols VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const core::VillagePatrol &v : plan.villagePatrols) {
        village.bind(1, id)
            .bind(2, day(v.date))
            .bind(3, v.village)
            .bind(4, v.township)
            .bind(5, v.patroller)
            .bind(6, v.cellIds.join(QLatin1Char(';')))
            .bind(7, v.lengthM)
            .bind(8, v.reason)
            .run();
        village.reset();
    }
    return id;
}

std::optional<core::PatrolPlan> readLatestPlan(const SqliteDb &db)
{
    SqliteStatement header(db, QStringLiteral("SELECT id, start_day, end_day, shortfalls, unassigned FROM patrol_plans "
                                              "ORDER BY id DESC LIMIT 1"));
    if (!header.next())
        return std::nullopt;
    core::PatrolPlan plan;
    const qint64 id = header.integer(0);
    plan.start = dayFrom(header.text(1));
    plan.end = dayFrom(header.text(2));
    readShortfalls(header.text(3), plan);
    plan.unassignedCells = header.text(4).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    SqliteStatement routes(db, QStringLiteral("SELECT day, officer, length_m FROM patrol_routes WHERE plan_id = ? "
                                              "ORDER BY day, officer"));
    routes.bind(1, id);
    while (routes.next())
        plan.routes.push_back({ dayFrom(routes.text(0)), routes.text(1), {}, routes.real(2) });
    SqliteStatement visits(db, QStringLiteral("SELECT day, officer, ord, cell_id, leg_m, risk, risk_class, due_by, required, "
                                              "reason FROM patrol_visits WHERE plan_id = ? ORDER BY day, officer, ord"));
    visits.bind(1, id);
    while (visits.next()) {
        core::PlannedVisit v;
        v.date = dayFrom(visits.text(0));
        v.officer = visits.text(1);
        v.order = int(visits.integer(2));
        v.cellId = visits.text(3);
        v.legM = visits.real(4);
        v.riskScore = visits.real(5);
        v.riskClass = visits.text(6) == QLatin1String("high") ? core::RiskClass::High : core::RiskClass::Normal;
        v.dueBy = dayFrom(visits.text(7));
        v.required = visits.integer(8) != 0;
        v.reason = visits.text(9);
        for (core::DayRoute &r : plan.routes)
            if (r.date == v.date && r.officer == v.officer)
                r.cellIds << v.cellId;
        plan.visits.push_back(std::move(v));
    }
    SqliteStatement villages(db, QStringLiteral("SELECT day, village, township, patroller, cells, length_m, reason "
                                                "FROM patrol_village_patrols WHERE plan_id = ? ORDER BY day, village"));
    villages.bind(1, id);
    while (villages.next())
        plan.villagePatrols.push_back({ dayFrom(villages.text(0)), villages.text(1), villages.text(2), villages.text(3),
            villages.text(4).split(QLatin1Char(';'), Qt::SkipEmptyParts), villages.real(5), villages.text(6) });
    return plan;
}

} // namespace fg::gis::patrol_rows
