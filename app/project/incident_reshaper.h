// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace fg::app {

class ProjectSession;

/// An incident's polygons as vertex lists in the working CRS: polygon → rings (outer first) →
/// vertices, each ring open (its first vertex is not repeated at the end).
using IncidentRings = QList<QList<QList<QPointF>>>;

/// Saves a new shape of a stored incident from the vertex editor: validates the polygon and
/// hands it to gis::IncidentReshape (re-measured with the project's rules, stored with its audit
/// event old → new, the cases it moves judged again), then reloads the session. UI thread.
class IncidentReshaper
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::IncidentReshaper)

public:
    /// Throws core::InputError for an unknown incident, an invalid polygon or a refused edit.
    static void reshape(ProjectSession &session, const QString &incidentId, const IncidentRings &rings);
    /// The vertex lists of a polygonal geometry (empty for anything else).
    static IncidentRings ringsOf(const GEOSGeometry *geometry);
    /// The MULTIPOLYGON of @p rings; throws core::InputError naming @p incidentId when invalid.
    static gis::GeosGeometryPtr polygonOf(const IncidentRings &rings, const QString &incidentId);
};

} // namespace fg::app
