// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"
#include "gis/store/incident_record.h"

#include <QRectF>

#include <vector>

namespace fg::gis {

class ProjectStore;
struct FeatureQuery;

/// The incidents of a project as a map layer, with the fields the project's incidents table has
/// (incident_id, source, discovery_date, township, village, party, violation_type, description,
/// area_m2, basic_farmland_m2, cultivated_m2, cultivated_outside_m2, basic_farmland_mu,
/// cultivated_mu, verdict, area_method; figures null until measured), so styles, labels,
/// identify and reports read it as they read the table. Feature ids are the incidents' row ids.
class IncidentLayer
{
public:
    /// From records read with their geometries (records without one are left out).
    static VectorLayer fromRecords(const std::vector<IncidentRecord> &records, const ProjectStore &store);
    /// Reads every incident of @p store with its geometry.
    static VectorLayer read(const ProjectStore &store);
    /// An empty polygon layer @p name of the project (its location, the working CRS, UTF-8): what
    /// a map layer of one of its tables (incidents, approvals) starts from.
    static VectorLayer projectLayer(const ProjectStore &store, const QString &name);
    /// The query that reads what lies near @p incidents (their envelopes) from a reference layer;
    /// selects nothing when there are none.
    static FeatureQuery near(const std::vector<IncidentRecord> &incidents);
    /// near() of records held elsewhere (none null).
    static FeatureQuery near(const std::vector<const IncidentRecord *> &incidents);
};

} // namespace fg::gis
