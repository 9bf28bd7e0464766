// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/patrol_track.h"
#include "gis/patrol/track_coverage.h"
#include "gis/store/patrol_records.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// What importing a track did.
struct TrackImport
{
    StoredTrack track;
    std::vector<core::CellCoverage> records; ///< one per cell whose farmland the track saw
};

/// GPS tracks of a project: importing a GPX file (its gaps, what it covered of each cell's
/// farmland — the land-use parcels near the track that the project's rules call cultivated,
/// gis::ProjectRules) and reading a stored
/// one back. Reads and writes through the store; any thread the store may be used on.
class TrackImporter
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::TrackImporter)

public:
    /// Imports @p gpxPath for @p officer; the bytes are stored with the records in one edit.
    /// Throws core::InputError naming the file (unreadable, already imported, no grid, unknown
    /// officer).
    static TrackImport run(ProjectStore &store, const QString &gpxPath, const QString &officer,
        TrackCoverageOptions options = {});
    /// The stored track @p id read again from its GPX bytes, in the working CRS.
    static PatrolTrack read(const ProjectStore &store, qint64 id);
};

} // namespace fg::gis
