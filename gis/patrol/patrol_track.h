// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>
#include <QString>

#include <vector>

namespace fg::gis {

/// One GPS fix in the working CRS.
struct TrackPoint
{
    QPointF xy; ///< easting, northing, metres
    QDateTime time; ///< UTC; invalid when the receiver gave none
};

/// A patrol track as recorded by a phone app, brought into the working CRS.
struct PatrolTrack
{
    QString officer;
    QString sourcePath;
    std::vector<TrackPoint> points; ///< in recording order
};

/// Reads GPX tracks through GDAL's GPX driver (the track_points layer: every fix of every track
/// and segment, with its time) and reprojects them into the working CRS.
class PatrolTrackReader
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PatrolTrackReader)

public:
    /// Throws core::InputError naming the file when it is not GPX, holds no track points, or
    /// cannot be reprojected into EPSG:workingEpsg. Thread-safe (own dataset handle).
    static PatrolTrack readGpx(const QString &path, const QString &officer, int workingEpsg);
};

} // namespace fg::gis
