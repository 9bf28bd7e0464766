// SPDX-License-Identifier: MIT
// PatrolStore: GPS tracks and patrol records (the other half of patrol_store.cpp).
#include "gis/project/patrol_store.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/project/audit_log_p.h"
#include "gis/project/project_layers.h"
#include "gis/project/sqlite_db_p.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

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

} // namespace

TrackImport PatrolStore::importTrack(const QString &gpxPath, const QString &officer, TrackCoverageOptions options)
{
    if (officer.trimmed().isEmpty())
        throw core::InputError(gpxPath, tr("a track needs the officer who walked it"));
    QFile file(gpxPath);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(gpxPath, tr("cannot read the track file"));
    const QByteArray bytes = file.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    {
        SqliteStatement existing(*m_db, QStringLiteral("SELECT id FROM patrol_tracks WHERE sha256 = ?"));
        existing.bind(1, sha);
        if (existing.next())
            throw core::InputError(gpxPath, tr("this track is already in the project (track %1)").arg(existing.integer(0)));
    }
    if (!hasGrid())
        throw core::InputError(m_db->path(), tr("the project has no patrol grid yet: make one with 'farmguard-cli grid'"));
    const PatrolTrack track = PatrolTrackReader::readGpx(gpxPath, officer, workingEpsg());
    std::unique_ptr<VectorLayer> landUse;
    if (!options.farmland) {
        ReadOptions read;
        read.layerName = QString::fromLatin1(ProjectLayers::kLandUse);
        landUse = std::make_unique<VectorLayer>(readLayer(m_db->path(), read));
        landUse->buildIndex();
        options.farmland = landUse.get();
    }
    const TrackCoverage coverage(options);
    TrackImport result;
    for (const TrackGap &gap : coverage.gaps(track))
        result.track.gaps << gap.describe();
    result.records = coverage.cover(track, grid().cells);
    result.track.officer = officer;
    result.track.fileName = QFileInfo(gpxPath).fileName();
    result.track.points = int(track.points.size());
    result.track.startedAt = track.points.front().time;
    result.track.endedAt = track.points.back().time;
    result.track.sightM = options.sightM;

    SqliteTransaction transaction(*m_db);
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO patrol_tracks (officer, file_name, sha256, gpx, points, started_at, ended_at, gaps, "
                       "sight_m, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, officer)
        .bind(2, result.track.fileName)
        .bind(3, sha)
        .bind(4, bytes)
        .bind(5, result.track.points)
        .bind(6, timeText(result.track.startedAt))
        .bind(7, timeText(result.track.endedAt))
        .bind(8, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.track.gaps)).toJson(QJsonDocument::Compact)))
        .bind(9, options.sightM)
        .bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(11, m_operator.name)
        .run();
    result.track.id = sqlite3_last_insert_rowid(m_db->handle());
    for (const core::CellCoverage &record : result.records)
        insertRecord(record, result.track.id, QStringLiteral("track"));
    AuditLog::append(*m_db, m_operator, QStringLiteral("patrol_track"), QString::number(result.track.id),
        QStringLiteral("import"), QJsonValue(),
        QJsonObject { { QStringLiteral("officer"), officer }, { QStringLiteral("file_name"), result.track.fileName },
            { QStringLiteral("sha256"), sha }, { QStringLiteral("points"), result.track.points },
            { QStringLiteral("gaps"), qint64(result.track.gaps.size()) },
            { QStringLiteral("cells_seen"), qint64(result.records.size()) } });
    transaction.commit();
    return result;
}

std::vector<StoredTrack> PatrolStore::tracks() const
{
    std::vector<StoredTrack> result;
    SqliteStatement query(*m_db, QStringLiteral("SELECT id, officer, file_name, points, started_at, ended_at, gaps, sight_m "
                                                "FROM patrol_tracks ORDER BY id"));
    while (query.next()) {
        StoredTrack t;
        t.id = query.integer(0);
        t.officer = query.text(1);
        t.fileName = query.text(2);
        t.points = int(query.integer(3));
        t.startedAt = timeFrom(query.text(4));
        t.endedAt = timeFrom(query.text(5));
        for (const QJsonValue &gap : QJsonDocument::fromJson(query.text(6).toUtf8()).array())
            t.gaps << gap.toString();
        t.sightM = query.real(7);
        result.push_back(t);
    }
    return result;
}

PatrolTrack PatrolStore::track(qint64 id) const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT gpx, officer, file_name FROM patrol_tracks WHERE id = ?"));
    query.bind(1, id);
    if (!query.next())
        throw core::InputError(m_db->path(), tr("no track with this id"), QString::number(id));
    // GDAL's GPX driver reads files; the stored bytes go to a private temporary copy.
    QTemporaryDir dir;
    const QString path = dir.filePath(query.text(2).isEmpty() ? QStringLiteral("track.gpx") : query.text(2));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(query.blob(0)) < 0)
        throw core::InputError(path, tr("cannot write a temporary copy of the track"));
    file.close();
    PatrolTrack track = PatrolTrackReader::readGpx(path, query.text(1), workingEpsg());
    track.sourcePath = query.text(2);
    return track;
}

void PatrolStore::markVisit(const QString &cellId, const QString &officer, QDate day)
{
    requireCell(cellId);
    if (!day.isValid() || officer.trimmed().isEmpty())
        throw core::InputError(m_db->path(), tr("a visit needs a day and an officer"), cellId);
    SqliteStatement cell(*m_db, QStringLiteral("SELECT cult_m2 FROM grid_cells WHERE cell_id = ?"));
    cell.bind(1, cellId);
    cell.next();
    const double farmland = cell.real(0);
    SqliteTransaction transaction(*m_db);
    insertRecord({ cellId, officer, day, farmland, farmland }, std::nullopt, QStringLiteral("hand"));
    AuditLog::append(*m_db, m_operator, QStringLiteral("patrol_record"), cellId, QStringLiteral("mark"), QJsonValue(),
        QJsonObject { { QStringLiteral("officer"), officer }, { QStringLiteral("day"), day.toString(Qt::ISODate) } });
    transaction.commit();
}

void PatrolStore::insertRecord(const core::CellCoverage &record, std::optional<qint64> trackId, const QString &source)
{
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO patrol_records (cell_id, officer, day, farmland_m2, seen_m2, track_id, source, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, record.cellId)
        .bind(2, record.officer)
        .bind(3, record.date.toString(Qt::ISODate))
        .bind(4, record.farmlandM2)
        .bind(5, record.seenM2)
        .bind(6, trackId ? QVariant(*trackId) : QVariant())
        .bind(7, source)
        .bind(8, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(9, m_operator.name)
        .run();
}

std::vector<core::CellCoverage> PatrolStore::records(QDate from, QDate to) const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT cell_id, officer, day, farmland_m2, seen_m2 FROM patrol_records "
                                                "WHERE (?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2) ORDER BY day, id"));
    query.bind(1, from.isValid() ? QVariant(from.toString(Qt::ISODate)) : QVariant())
        .bind(2, to.isValid() ? QVariant(to.toString(Qt::ISODate)) : QVariant());
    std::vector<core::CellCoverage> result;
    while (query.next())
        result.push_back({ query.text(0), query.text(1), QDate::fromString(query.text(2), Qt::ISODate), query.real(3),
            query.real(4) });
    return result;
}

} // namespace fg::gis
