// SPDX-License-Identifier: MIT
// Private to gis/store: the domain tables of a GeoPackage project and their forward migrations.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fg::gis {

class SqlConnection;

/// Schema versions of the domain tables (the GeoPackage layers are GDAL's):
///  1  parties, cases, case_incidents, case_events (steps), transfers, accountability,
///     settings, event_log, schema_version; append-only triggers.
///  2  officers (back-filled from the names and roles in the audit log) and attachments
///     (content stored as BLOBs inside the project, so nothing is lost when folders move).
///  3  patrol: grid_cells (a GeoPackage feature table), patrol_officers, patrol_plans with
///     patrol_visits and patrol_routes, patrol_tracks (the GPX inside), patrol_records.
///  4  village_patrollers (村级巡查员, one per village) and patrol_village_patrols (each
///     village's daily patrol per plan day).
///  5  revisions: incidents and cases gain revision, changed_by, changed_at (filled from the
///     log for existing rows); cases gain township (their first incident's), for rights per
///     township on a shared project.
///  6  receipts: a copy of each receipt of the log's head sealed on the project (append-only).
///  7  accountability gains organ and document_no, cases declared_major_at, case_events
///     joint_acceptor (issue 12).
///  8  incidents gain party_id_number, cultivated_net_m2 and cultivated_outside_net_m2 (issue 12:
///     parties matched by ID number, cultivated land net of 田坎).
///  9  approvals (a GeoPackage feature table): 农用地转用 / 土地征收, 临时用地, 设施农业用地,
///     宅基地 documents with their areas, 文号 unique, append-only (issue 16 item 1).
/// 10  township_targets and township_measures (issue 16 item 3: 考核).
/// 11  layer_hashes: each reference layer's content hash (LayerHash), fixed when the layer is
///     written and logged (issue 15: analyze --project reads it instead of rehashing); the
///     store fills it (SqlProjectStore::recordLayerHashes), this step only creates the table.
/// 12  nothing changes in a GeoPackage. The version is one number for both backends, and a copy
///     carries it: PostGIS's step 12 moved its chain's head rows to the commit (PgSchema), so a
///     PostGIS project at 12 copied here must be readable, and the step is logged like any other.
/// Each step runs inside the caller's transaction.
class ProjectSchema
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectSchema)

public:
    static constexpr int kCurrentVersion = 12;
    /// The steps this build has, in order; an upgrade applies those above a file's version.
    static constexpr int kSteps[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    /// Whether @p version is one of kSteps.
    static bool hasStep(int version);
    /// The oldest version a read-only open reads (6 only added the receipts table).
    static constexpr int kReadableVersion = 5;

    /// The version a file has (0: no domain tables yet).
    static int version(const SqlConnection &db);
    /// Throws InputError with a clear message when @p version is newer than this program reads.
    static void checkReadable(const QString &location, int version);
    /// Applies the one step that leads from version - 1 to @p version and records it.
    static void applyStep(SqlConnection &db, int version);
    /// Applies every missing step up to @p target, each in its own transaction, without audit
    /// events (the store adds those); for tools and tests that need an older layout.
    static void upgrade(SqlConnection &db, int target);

private:
    static void createVersion1(SqlConnection &db);
};

} // namespace fg::gis
