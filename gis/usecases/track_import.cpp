// SPDX-License-Identifier: MIT
#include "gis/usecases/track_import.h"

#include "core/input_error.h"
#include "gis/patrol/cell_probes.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/store/patrol_records.h"
#include "gis/usecases/project_rules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace fg::gis {

namespace {

/// The project's land use under the grid cells within sight of the track: every parcel that
/// can count for a cell the track saw (a cell's whole farmland is its share's denominator).
VectorLayer landUseNear(const ProjectStore &store, const PatrolTrack &track, const PatrolGrid &grid, double sightM)
{
    QRectF reach;
    for (const TrackPoint &p : track.points)
        reach = reach.united(QRectF(p.xy.x() - sightM, p.xy.y() - sightM, 2 * sightM, 2 * sightM));
    FeatureQuery query;
    for (const GridCell &g : grid.cells) {
        const QRectF box = envelopeOf(g.geometry.get());
        if (!box.isNull() && box.intersects(reach))
            query.boxes.push_back(box);
    }
    if (query.boxes.empty())
        query.fids = { -1 };
    VectorLayer layer = store.readReference(QString::fromLatin1(ProjectTables::kLandUse), query);
    layer.buildIndex();
    return layer;
}

} // namespace

TrackImport TrackImporter::run(ProjectStore &store, const QString &gpxPath, const QString &officer, TrackCoverageOptions options)
{
    if (officer.trimmed().isEmpty())
        throw core::InputError(gpxPath, tr("a track needs the officer who walked it"));
    QFile file(gpxPath);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(gpxPath, tr("cannot read the track file"));
    const QByteArray bytes = file.readAll();
    for (const StoredTrack &t : store.patrol().tracks())
        if (t.sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
            throw core::InputError(gpxPath, tr("this track is already in the project (track %1)").arg(t.id));
    if (!store.patrol().hasGrid())
        throw core::InputError(store.info().location,
            tr("the project has no patrol grid yet: make one with 'farmguard-cli grid'"));
    const int epsg = store.info().workingEpsg;
    const PatrolTrack track = PatrolTrackReader::readGpx(gpxPath, officer, epsg);
    const PatrolGrid grid = store.patrol().grid();
    options.farmlandClasses = ProjectRules::read(store).cultivatedClasses();
    std::unique_ptr<VectorLayer> landUse;
    if (!options.farmland) {
        landUse = std::make_unique<VectorLayer>(landUseNear(store, track, grid, options.sightM + 1));
        options.farmland = landUse.get();
    }
    const TrackCoverage coverage(options);
    TrackImport result;
    for (const TrackGap &gap : coverage.gaps(track))
        result.track.gaps << gap.describe();
    result.records = coverage.cover(track, grid.cells);
    result.track.officer = officer;
    result.track.fileName = QFileInfo(gpxPath).fileName();
    result.track.points = int(track.points.size());
    result.track.startedAt = track.points.front().time;
    result.track.endedAt = track.points.back().time;
    result.track.sightM = options.sightM;
    result.track = store.patrol().addTrack(result.track, bytes, result.records);
    return result;
}

PatrolTrack TrackImporter::read(const ProjectStore &store, qint64 id)
{
    StoredTrack stored;
    for (const StoredTrack &t : store.patrol().tracks())
        if (t.id == id)
            stored = t;
    const QByteArray gpx = store.patrol().trackGpx(id); // throws for an unknown id
    // GDAL's GPX driver reads files; the stored bytes go to a private temporary copy.
    QTemporaryDir dir;
    const QString path = dir.filePath(stored.fileName.isEmpty() ? QStringLiteral("track.gpx") : stored.fileName);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(gpx) < 0)
        throw core::InputError(path, tr("cannot write a temporary copy of the track"));
    file.close();
    PatrolTrack track = PatrolTrackReader::readGpx(path, stored.officer, store.info().workingEpsg);
    track.sourcePath = stored.fileName;
    return track;
}

} // namespace fg::gis
