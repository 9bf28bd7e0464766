// SPDX-License-Identifier: MIT
#include "app/project/incident_reshaper.h"

#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/io/validity_reason.h"
#include "core/store_errors.h"
#include "gis/usecases/incident_reshape.h"

#include <QStringList>

namespace fg::app {

namespace {

QList<QPointF> ringPoints(GEOSContextHandle_t ctx, const GEOSGeometry *ring)
{
    QList<QPointF> points;
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size))
        return points;
    // The closing vertex repeats the first; an editor moves it with the first.
    for (unsigned int i = 0; i + 1 < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, sequence, i, &x, &y);
        points << QPointF(x, y);
    }
    return points;
}

} // namespace

IncidentRings IncidentReshaper::ringsOf(const GEOSGeometry *geometry)
{
    IncidentRings result;
    GEOSContextHandle_t ctx = gis::geosContext();
    const int type = geometry ? GEOSGeomTypeId_r(ctx, geometry) : -1;
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
        return result;
    for (int n = 0; n < GEOSGetNumGeometries_r(ctx, geometry); ++n) {
        const GEOSGeometry *polygon = GEOSGetGeometryN_r(ctx, geometry, n);
        QList<QList<QPointF>> rings { ringPoints(ctx, GEOSGetExteriorRing_r(ctx, polygon)) };
        for (int hole = 0; hole < GEOSGetNumInteriorRings_r(ctx, polygon); ++hole)
            rings << ringPoints(ctx, GEOSGetInteriorRingN_r(ctx, polygon, hole));
        result << rings;
    }
    return result;
}

gis::GeosGeometryPtr IncidentReshaper::polygonOf(const IncidentRings &rings, const QString &incidentId)
{
    QStringList polygons;
    for (const QList<QList<QPointF>> &polygon : rings) {
        QStringList ringTexts;
        for (const QList<QPointF> &ring : polygon) {
            if (ring.size() < 3)
                throw core::InputError(incidentId, tr("a ring of the boundary has fewer than three vertices"));
            QStringList points;
            for (const QPointF &p : ring)
                points << QStringLiteral("%1 %2").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
            points << points.first();
            ringTexts << QLatin1Char('(') + points.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        polygons << QLatin1Char('(') + ringTexts.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (polygons.isEmpty())
        throw core::InputError(incidentId, tr("the boundary has no polygon"));
    gis::GeosGeometryPtr geometry = gis::fromWkt(QStringLiteral("MULTIPOLYGON(%1)").arg(polygons.join(QLatin1Char(','))));
    if (!geometry)
        throw core::InputError(incidentId, tr("the boundary is no polygon: %1").arg(gis::takeGeosError()));
    GEOSContextHandle_t ctx = gis::geosContext();
    if (GEOSisValid_r(ctx, geometry.get()) != 1) {
        char *reason = GEOSisValidReason_r(ctx, geometry.get());
        const QString why = QString::fromUtf8(reason ? reason : "");
        GEOSFree_r(ctx, reason);
        throw core::InputError(incidentId, tr("the edited boundary is not a valid polygon: %1").arg(gis::validityReasonText(why)));
    }
    return geometry;
}

void IncidentReshaper::reshape(ProjectSession &session, const QString &incidentId, const IncidentRings &rings)
{
    const gis::IncidentRecord *stored = nullptr;
    for (const gis::IncidentRecord &incident : session.incidents()) {
        if (incident.id == incidentId)
            stored = &incident;
    }
    if (!stored)
        throw core::InputError(session.path(), tr("the project has no incident %1").arg(incidentId), incidentId);
    const gis::GeosGeometryPtr polygon = polygonOf(rings, incidentId);
    // Based on the incident as the session read it: another user's newer shape is not overwritten,
    // and the session reloads so the map shows it. The use case judges the cases it moves again.
    try {
        gis::IncidentReshape::apply(session.store(), incidentId, polygon.get(), stored->revision);
    } catch (const core::ConflictError &) {
        session.reload();
        throw;
    }
    session.reload();
}

} // namespace fg::app
