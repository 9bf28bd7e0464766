// SPDX-License-Identifier: MIT
#include "gis/patrol/patrol_track.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"

namespace fg::gis {

PatrolTrack PatrolTrackReader::readGpx(const QString &path, const QString &officer, int workingEpsg)
{
    ReadOptions options;
    options.layerName = QStringLiteral("track_points");
    options.expectedKind = GeometryKind::Point;
    VectorLayer layer = readLayer(path, options);
    if (layer.featureCount() == 0)
        throw core::InputError(path, tr("the GPX file holds no track points"));
    transformToWorkingCrs(layer, workingEpsg);
    const int timeField = layer.fieldIndex(QStringLiteral("time"));
    PatrolTrack track;
    track.officer = officer;
    track.sourcePath = path;
    GEOSContextHandle_t ctx = geosContext();
    for (int row = 0; row < layer.featureCount(); ++row) {
        TrackPoint p;
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, layer.geometry(row), &x);
        GEOSGeomGetY_r(ctx, layer.geometry(row), &y);
        p.xy = QPointF(x, y);
        if (timeField >= 0) {
            p.time = layer.value(row, timeField).toDateTime();
            p.time.setTimeSpec(Qt::UTC);
        }
        track.points.push_back(p);
    }
    return track;
}

} // namespace fg::gis
