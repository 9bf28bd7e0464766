// SPDX-License-Identifier: MIT
// SqlProjectStore: patrol plans, GPS tracks and patrol records (append-only).
#include "gis/store/sql/sql_project_store.h"

#include "core/input_error.h"
#include "gis/store/sql/sql_patrol_rows_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace fg::gis {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFrom(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

/// Identities of what a plan holds before @p keptBefore (from @p from on), sorted.
QStringList keptKeys(const core::PatrolPlan &plan, QDate from, QDate keptBefore)
{
    QStringList keys;
    for (const core::PlannedVisit &v : plan.visits)
        if ((!from.isValid() || v.date >= from) && v.date < keptBefore)
            keys << patrol_rows::visitKey(v);
    for (const core::VillagePatrol &v : plan.villagePatrols)
        if ((!from.isValid() || v.date >= from) && v.date < keptBefore)
            keys << patrol_rows::villagePatrolKey(v);
    keys.sort();
    return keys;
}

} // namespace

qint64 SqlProjectStore::savePlan(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    if (keptBefore.isValid()) {
        const std::optional<core::PatrolPlan> current = currentPlan();
        const QStringList was = current ? keptKeys(*current, plan.start, keptBefore) : QStringList();
        if (was != keptKeys(plan, {}, keptBefore))
            throw core::InputError(location(),
                tr("the new plan changes days before %1, which are kept as planned").arg(keptBefore.toString(Qt::ISODate)));
    }
    const qint64 id = patrol_rows::insertPlan(*m_db, plan, keptBefore, options, m_operator.name);
    appendEvent(QStringLiteral("patrol_plan"), QString::number(id), QStringLiteral("create"), QJsonValue(),
        QJsonObject { { QStringLiteral("start"), plan.start.toString(Qt::ISODate) },
            { QStringLiteral("end"), plan.end.toString(Qt::ISODate) },
            { QStringLiteral("kept_before"), keptBefore.toString(Qt::ISODate) },
            { QStringLiteral("visits"), qint64(plan.visits.size()) },
            { QStringLiteral("shortfalls"), qint64(plan.shortfalls.size()) },
            { QStringLiteral("village_patrols"), qint64(plan.villagePatrols.size()) },
            { QStringLiteral("village_shortfalls"), qint64(plan.villageShortfalls.size()) },
            { QStringLiteral("options"), options } });
    transaction.commit();
    return id;
}

std::optional<core::PatrolPlan> SqlProjectStore::currentPlan() const
{
    const auto guard = lock();
    return patrol_rows::readLatestPlan(*m_db);
}

StoredTrack SqlProjectStore::addTrack(
    const StoredTrack &track, const QByteArray &gpx, const std::vector<core::CellCoverage> &records)
{
    const auto guard = lock();
    requireWritable();
    if (track.officer.trimmed().isEmpty())
        throw core::InputError(location(), tr("a track needs the officer who walked it"), track.fileName);
    StoredTrack stored = track;
    stored.sha256 = QString::fromLatin1(QCryptographicHash::hash(gpx, QCryptographicHash::Sha256).toHex());
    SqlTransaction transaction(*m_db);
    if (auto existing = m_db->query(QStringLiteral("SELECT id FROM patrol_tracks WHERE sha256 = ?1"), { stored.sha256 });
        existing->next())
        throw core::InputError(location(), tr("this track is already in the project (track %1)").arg(existing->integer(0)),
            track.fileName);
    bool known = false;
    for (const PatrolOfficerRecord &r : officers())
        known = known || r.officer.name == track.officer;
    for (const core::VillagePatroller &p : villagePatrollers())
        known = known || p.name == track.officer;
    if (!known)
        throw core::InputError(location(), tr("no officer or village patroller named %1").arg(track.officer),
            track.fileName);
    for (const core::CellCoverage &record : records)
        requireCell(record.cellId);
    auto inserted = m_db->query(
        QStringLiteral("INSERT INTO patrol_tracks (officer, file_name, sha256, gpx, points, started_at, ended_at, gaps, "
                       "sight_m, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                       "RETURNING id"),
        { stored.officer, stored.fileName, stored.sha256, gpx, stored.points, timeText(stored.startedAt),
            timeText(stored.endedAt),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(stored.gaps)).toJson(QJsonDocument::Compact)),
            stored.sightM, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), m_operator.name });
    inserted->next();
    stored.id = inserted->integer(0);
    inserted.reset();
    for (const core::CellCoverage &record : records)
        insertRecord(record, stored.id, QStringLiteral("track"));
    appendEvent(QStringLiteral("patrol_track"), QString::number(stored.id), QStringLiteral("import"), QJsonValue(),
        QJsonObject { { QStringLiteral("officer"), stored.officer }, { QStringLiteral("file_name"), stored.fileName },
            { QStringLiteral("sha256"), stored.sha256 }, { QStringLiteral("points"), stored.points },
            { QStringLiteral("gaps"), qint64(stored.gaps.size()) },
            { QStringLiteral("cells_seen"), qint64(records.size()) } });
    transaction.commit();
    return stored;
}

std::vector<StoredTrack> SqlProjectStore::tracks() const
{
    const auto guard = lock();
    std::vector<StoredTrack> result;
    auto rows = m_db->query(QStringLiteral("SELECT id, officer, file_name, sha256, points, started_at, ended_at, gaps, "
                                           "sight_m FROM patrol_tracks ORDER BY id"));
    while (rows->next()) {
        StoredTrack t;
        t.id = rows->integer(0);
        t.officer = rows->text(1);
        t.fileName = rows->text(2);
        t.sha256 = rows->text(3);
        t.points = int(rows->integer(4));
        t.startedAt = timeFrom(rows->text(5));
        t.endedAt = timeFrom(rows->text(6));
        for (const QJsonValue &gap : QJsonDocument::fromJson(rows->text(7).toUtf8()).array())
            t.gaps << gap.toString();
        t.sightM = rows->real(8);
        result.push_back(t);
    }
    return result;
}

QByteArray SqlProjectStore::trackGpx(qint64 id) const
{
    const auto guard = lock();
    auto rows = m_db->query(QStringLiteral("SELECT gpx FROM patrol_tracks WHERE id = ?1"), { id });
    if (!rows->next())
        throw core::InputError(location(), tr("no track with this id"), QString::number(id));
    return rows->blob(0);
}

void SqlProjectStore::markVisit(const QString &cellId, const QString &officer, QDate day)
{
    const auto guard = lock();
    requireWritable();
    requireCell(cellId);
    if (!day.isValid() || officer.trimmed().isEmpty())
        throw core::InputError(location(), tr("a visit needs a day and an officer"), cellId);
    SqlTransaction transaction(*m_db);
    auto cell = m_db->query(QStringLiteral("SELECT cult_m2 FROM grid_cells WHERE cell_id = ?1"), { cellId });
    cell->next();
    const double farmland = cell->real(0);
    cell.reset();
    insertRecord({ cellId, officer, day, farmland, farmland }, std::nullopt, QStringLiteral("hand"));
    appendEvent(QStringLiteral("patrol_record"), cellId, QStringLiteral("mark"), QJsonValue(),
        QJsonObject { { QStringLiteral("officer"), officer }, { QStringLiteral("day"), day.toString(Qt::ISODate) } });
    transaction.commit();
}

void SqlProjectStore::insertRecord(const core::CellCoverage &record, std::optional<qint64> trackId, const QString &source)
{
    m_db->execute(QStringLiteral("INSERT INTO patrol_records (cell_id, officer, day, farmland_m2, seen_m2, track_id, "
                                 "source, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        { record.cellId, record.officer, record.date.toString(Qt::ISODate), record.farmlandM2, record.seenM2,
            trackId ? QVariant(*trackId) : QVariant(), source, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
            m_operator.name });
}

std::vector<core::CellCoverage> SqlProjectStore::records(QDate from, QDate to) const
{
    const auto guard = lock();
    // Only the bounds given become parameters: PostgreSQL cannot type a bare "? IS NULL".
    QStringList where;
    SqlParams params;
    if (from.isValid()) {
        params.push_back(from.toString(Qt::ISODate));
        where << QStringLiteral("day >= ?%1").arg(params.size());
    }
    if (to.isValid()) {
        params.push_back(to.toString(Qt::ISODate));
        where << QStringLiteral("day <= ?%1").arg(params.size());
    }
    auto rows = m_db->query(QStringLiteral("SELECT cell_id, officer, day, farmland_m2, seen_m2 FROM patrol_records %1 "
                                           "ORDER BY day, id")
                                .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        params);
    std::vector<core::CellCoverage> result;
    while (rows->next())
        result.push_back({ rows->text(0), rows->text(1), QDate::fromString(rows->text(2), Qt::ISODate), rows->real(3),
            rows->real(4) });
    return result;
}

} // namespace fg::gis
