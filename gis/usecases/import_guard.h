// SPDX-License-Identifier: MIT
#pragma once

#include "core/input_error.h"
#include "gis/geos_context.h"

#include <QCoreApplication>

#include <vector>

namespace fg::gis {

class ProjectStore;
class VectorLayer;

/// What an incident import holds each incident to, beyond being readable.
struct ImportLimits
{
    /// How far (metres, working CRS) an incident may reach beyond the project's townships:
    /// boundaries drawn from imagery and survey boundaries rarely agree to the metre.
    double outsideToleranceM = 50.0;
    /// The largest incident, as a share of the county (the townships' total area): a polygon over
    /// it is a wrong unit, a wrong CRS or a digitising slip, not an encroachment.
    double maxCountyShare = 0.05;
};

/// The checks an incident layer passes before anything of it is written (issue 13: imports
/// refuse the impossible). Every check returns its problems as core::InputError values, one per
/// feature and problem, each naming the file and the feature; the importer refuses the whole
/// file when any is found (all or nothing per file).
class ImportGuard
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ImportGuard)

public:
    /// The layer as read, before reprojection: a declared CRS the detection says does not fit
    /// (one problem for the layer), features the reader had to leave out (NaN or infinite
    /// coordinates, no geometry, nothing left after repair, not a polygon), and ids used by more
    /// than one feature (@p idField: the id column, -1 for none; ids as incidentId() gives them).
    static std::vector<core::InputError> checkRead(const VectorLayer &layer, int idField);

    /// checkRead()'s first problem alone: the layer read from @p sourcePath refused for the
    /// declared CRS's @p mismatch (crsExtentMismatch()'s text; none when it is empty), for a
    /// reader that left that check aside (CrsCheckAside).
    static std::vector<core::InputError> checkCrs(const QString &sourcePath, const QString &mismatch);

    /// Reads the project's townships (all of them) and prepares the county they make. A project
    /// without townships is judged against the box of its reference layers.
    ImportGuard(const ProjectStore &store, const ImportLimits &limits);
    ~ImportGuard();
    ImportGuard(const ImportGuard &) = delete;
    ImportGuard &operator=(const ImportGuard &) = delete;

    /// @p layer's features (working CRS) lying outside the county beyond the tolerance, or
    /// larger than the limit's share of it.
    std::vector<core::InputError> checkPlace(const VectorLayer &layer, int idField) const;

    double countyAreaM2() const { return m_countyArea; }

private:
    void checkOne(const VectorLayer &layer, int row, int idField, std::vector<core::InputError> *found) const;

    ImportLimits m_limits;
    GeosGeometryPtr m_county; ///< the townships' union (or the reference box)
    GeosGeometryPtr m_reach; ///< the county grown by the tolerance
    GeosPreparedPtr m_preparedCounty;
    GeosPreparedPtr m_preparedReach;
    double m_countyArea = 0.0;
};

} // namespace fg::gis
