// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/incident_measurer.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// What reshaping (or re-measuring) an incident did.
struct ReshapeResult
{
    IncidentMeasurement measured; ///< the new figures, township and village
    RejudgeResult rejudged; ///< the cases whose figures moved (its own, its party's), judged again
};

/// A new shape of a stored incident (a vertex edit, a corrected boundary): re-measured with
/// IncidentMeasurer (the project's rules), stored through the store (one edit, its audit event
/// old → new), then every case whose figures it moves judged again (CaseFlags: its own case and
/// its party's, whose accumulated total it is part of), each flag change logged with the
/// figures. The one use case behind the GUI's vertex editing and `project reshape`.
class IncidentReshape
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::IncidentReshape)

public:
    /// @p geometry is polygonal, in the working CRS; @p revision the incident's as the caller
    /// read it (core::ConflictError when another user changed it since). Throws core::InputError
    /// for an unknown incident or a polygon the overlay cannot use.
    static ReshapeResult apply(ProjectStore &store, const QString &incidentId, const GEOSGeometry *geometry,
        qint64 revision);
};

} // namespace fg::gis
