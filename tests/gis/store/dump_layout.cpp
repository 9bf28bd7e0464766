// SPDX-License-Identifier: MIT
#include "dump_layout.h"

#include <QStringList>

namespace fg::test::contract {

const std::vector<ExpectedTable> &expectedDomainTables()
{
    static const std::vector<ExpectedTable> tables {
        { "settings", "key T, value T" },
        { "parties", "id I, name T, note T" },
        { "officers", "id I, name T, role T, first_seen T" },
        { "attachments", "id T, file_name T, media_type T, size I, content B, added_at T, added_by I" },
        { "incidents",
            "fid I, geom G, incident_id T, source T, discovery_date T, township T, village T, party T, "
            "violation_type T, description T, area_m2 R, basic_farmland_m2 R, cultivated_m2 R, "
            "cultivated_outside_m2 R, basic_farmland_mu R, cultivated_mu R, verdict T, area_method T, "
            "revision I, "
            "changed_by T, changed_at T, party_id_number T, cultivated_net_m2 R, cultivated_outside_net_m2 R" },
        { "cases",
            "id T, party_id I, violation_type T, threshold_flag T, declared_major I, crime_suspected_at T, "
            "misconduct_suspected_at T, status T, opened_seq I, revision I, changed_by T, changed_at T, "
            "township T, declared_major_at T" },
        { "case_incidents", "case_id T, incident_fid I" },
        { "case_events",
            "case_id T, step_no I, action T, from_status T, to_status T, at T, actor T, actor_role T, note "
            "T, "
            "deadline T, penalties T, court_enforced I, attachment_ids T, joint_acceptor T" },
        { "transfers",
            "case_id T, id T, department T, sent_at T, sent_by T, sent_by_role T, note T, attachment_ids T, "
            "reply T, replied_at T" },
        { "accountability", "id I, case_id T, who T, decision T, decided_on T, organ T, document_no T" },
        { "grid_cells",
            "fid I, geom G, cell_id T, township T, village T, area_m2 R, bf_m2 R, cult_m2 R, parcels I, cx "
            "R, "
            "cy R, d_home_m R, d_road_m R, d_town_m R, incident_dates T, cell_size_m R" },
        { "patrol_officers",
            "name T, officer_id I, township T, base_x R, base_y R, max_cells I, max_km R, cells T, villages "
            "T, "
            "holidays T, working_weekends T" },
        { "village_patrollers",
            "village T, name T, officer_id I, township T, base_x R, base_y R, weekends_off I, days_off T" },
        { "patrol_plans",
            "id I, start_day T, end_day T, kept_before T, created_at T, created_by T, options T, shortfalls "
            "T, "
            "unassigned T" },
        { "patrol_routes", "plan_id I, day T, officer T, length_m R" },
        { "patrol_visits",
            "plan_id I, day T, officer T, ord I, cell_id T, leg_m R, risk R, risk_class T, due_by T, "
            "required I, "
            "reason T" },
        { "patrol_village_patrols",
            "plan_id I, day T, village T, township T, patroller T, cells T, length_m R, reason T" },
        { "patrol_tracks",
            "id I, officer T, file_name T, sha256 T, gpx B, points I, started_at T, ended_at T, gaps T, "
            "sight_m R, "
            "imported_at T, imported_by T" },
        { "patrol_records",
            "id I, cell_id T, officer T, day T, farmland_m2 R, seen_m2 R, track_id I, source T, recorded_at "
            "T, "
            "recorded_by T" },
        { "approvals",
            "fid I, geom G, document_no T, kind T, approved_on T, valid_from T, valid_to T, approved_use T, "
            "township T, source T, added_at T, added_by T" },
        { "receipts", "id I, sealed_at T, sealed_by T, head_seq I, head_hash T, events I, receipt T" },
        { "township_targets",
            "township T, year I, cultivated_m2 R, basic_farmland_m2 R, unit T, set_at T, set_by T" },
        { "township_measures",
            "id I, township T, kind T, measure_date T, issued_by T, document_no T, note T, recorded_at T, "
            "recorded_by T" },
        { "layer_hashes", "table_name T, features I, sha256 T" },
        { "event_log",
            "seq I, at T, who T, role T, entity T, entity_id T, action T, old_value T, new_value T, "
            "prev_hash T, "
            "hash T" },
    };
    return tables;
}

std::vector<gis::DumpColumn> parseColumns(const char *columns)
{
    std::vector<gis::DumpColumn> result;
    for (const QString &column : QString::fromLatin1(columns).split(QLatin1Char(','))) {
        const QStringList parts = column.trimmed().split(QLatin1Char(' '));
        const char kind = parts.at(1).at(0).toLatin1();
        result.push_back({ parts.at(0),
            kind == 'I'       ? gis::DumpKind::Integer
                : kind == 'R' ? gis::DumpKind::Real
                : kind == 'B' ? gis::DumpKind::Blob
                : kind == 'G' ? gis::DumpKind::Geometry
                              : gis::DumpKind::Text });
    }
    return result;
}

} // namespace fg::test::contract
