// SPDX-License-Identifier: MIT
// MemoryPatrolRecords: GPS tracks and patrol records (the other half of memory_patrol_records.cpp).
#include "memory_patrol_records.h"

#include "core/input_error.h"
#include "memory_rows.h"

#include <algorithm>

namespace fg::test {

gis::StoredTrack MemoryPatrolRecords::addTrack(
    const gis::StoredTrack &track, const QByteArray &gpx, const std::vector<core::CellCoverage> &records)
{
    m_session.rights.requireWritable();
    const QString sha = rows::sha256Hex(gpx);
    return m_session.project->write([&](MemoryState &state) {
        for (const TrackRow &t : state.tracks)
            if (t.sha256 == sha)
                throw core::InputError(m_session.location(),
                    tr("this track is already in the project (track %1)").arg(t.id), track.fileName);
        const std::optional<QString> township = townshipOf(state, track.officer);
        if (!township)
            throw core::InputError(
                m_session.location(), tr("no officer or village patroller of this name"), track.officer);
        m_session.rights.requireTownship(*township, track.fileName);
        for (const core::CellCoverage &record : records)
            requireCell(state, record.cellId, track.fileName);
        const QDateTime now = MemorySession::now();
        TrackRow row { state.tracks.empty() ? 1 : state.tracks.back().id + 1, track.officer, track.fileName,
            sha, gpx, track.points, track.startedAt, track.endedAt, track.gaps, track.sightM,
            gis::CaseJson::dateTime(now), m_session.who.name };
        state.tracks.push_back(row);
        for (const core::CellCoverage &record : records) {
            const qint64 id = state.records.empty() ? 1 : state.records.back().id + 1;
            state.records.push_back({ id, record, row.id, QStringLiteral("track"),
                gis::CaseJson::dateTime(now), m_session.who.name });
        }
        m_session.log(state, now, QStringLiteral("patrol_track"), QString::number(row.id),
            QStringLiteral("import"), QJsonValue(),
            QJsonObject { { QStringLiteral("officer"), row.officer },
                { QStringLiteral("file_name"), row.fileName }, { QStringLiteral("sha256"), sha },
                { QStringLiteral("points"), row.points }, { QStringLiteral("gaps"), qint64(row.gaps.size()) },
                { QStringLiteral("cells_seen"), qint64(records.size()) } });
        gis::StoredTrack stored = track;
        stored.id = row.id;
        stored.sha256 = sha;
        return stored;
    });
}

std::vector<gis::StoredTrack> MemoryPatrolRecords::tracks() const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<gis::StoredTrack> result;
        for (const TrackRow &t : state.tracks) {
            const std::optional<QString> township = townshipOf(state, t.officer);
            if (township && m_session.rights.readsTownship(*township))
                result.push_back({ t.id, t.officer, t.fileName, t.sha256, t.points, t.startedAt, t.endedAt,
                    t.gaps, t.sightM });
        }
        return result;
    });
}

QByteArray MemoryPatrolRecords::trackGpx(qint64 id) const
{
    return m_session.project->read([&](const MemoryState &state) {
        for (const TrackRow &t : state.tracks) {
            const std::optional<QString> township = townshipOf(state, t.officer);
            if (t.id == id && township && m_session.rights.readsTownship(*township))
                return t.gpx;
        }
        throw core::InputError(m_session.location(), tr("no track with this id"), QString::number(id));
    });
}

void MemoryPatrolRecords::markVisit(const QString &cellId, const QString &officer, QDate day)
{
    if (!day.isValid() || officer.trimmed().isEmpty())
        throw core::InputError(m_session.location(), tr("a visit needs a day and an officer"), cellId);
    m_session.rights.requireWritable();
    m_session.project->write([&](MemoryState &state) {
        const CellRow &row = requireCell(state, cellId, cellId);
        m_session.rights.requireTownship(row.cell.township, cellId);
        const QDateTime now = MemorySession::now();
        const double farmland = row.cell.cultivatedM2;
        const qint64 id = state.records.empty() ? 1 : state.records.back().id + 1;
        state.records.push_back({ id, { cellId, officer, day, farmland, farmland }, std::nullopt,
            QStringLiteral("hand"), gis::CaseJson::dateTime(now), m_session.who.name });
        m_session.log(state, now, QStringLiteral("patrol_record"), cellId, QStringLiteral("mark"),
            QJsonValue(),
            QJsonObject { { QStringLiteral("officer"), officer },
                { QStringLiteral("day"), day.toString(Qt::ISODate) } });
    });
}

std::vector<core::CellCoverage> MemoryPatrolRecords::records(QDate from, QDate to) const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<const RecordRow *> chosen;
        for (const RecordRow &r : state.records) {
            const QDate day = r.coverage.date;
            if ((from.isValid() && day < from) || (to.isValid() && day > to))
                continue;
            const CellRow *c = cell(state, r.coverage.cellId);
            if (m_session.rights.rights().scope == gis::StoreRights::Scope::All
                || (c && m_session.rights.readsTownship(c->cell.township)))
                chosen.push_back(&r);
        }
        std::stable_sort(chosen.begin(), chosen.end(),
            [](const RecordRow *a, const RecordRow *b) { return a->coverage.date < b->coverage.date; });
        std::vector<core::CellCoverage> result;
        for (const RecordRow *r : chosen)
            result.push_back(r->coverage);
        return result;
    });
}

} // namespace fg::test
