// SPDX-License-Identifier: MIT
#include "gis/store/sql/dump_catalog_p.h"

namespace fg::gis {

namespace {

/// Column list in the compact form "name:K" (I integer, R real, T text, B blob, G geometry).
std::vector<DumpColumn> columns(const char *list)
{
    std::vector<DumpColumn> result;
    for (const QString &item : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar kind = item.back();
        DumpColumn column { item.left(item.size() - 2), DumpKind::Text };
        if (kind == QLatin1Char('I'))
            column.kind = DumpKind::Integer;
        else if (kind == QLatin1Char('R'))
            column.kind = DumpKind::Real;
        else if (kind == QLatin1Char('B'))
            column.kind = DumpKind::Blob;
        else if (kind == QLatin1Char('G'))
            column.kind = DumpKind::Geometry;
        result.push_back(column);
    }
    return result;
}

DumpTableSpec spec(const char *name, const char *list, const char *orderBy)
{
    DumpTableSpec s;
    s.table.name = QString::fromLatin1(name);
    s.table.role = DumpTable::Role::Domain;
    s.table.columns = columns(list);
    s.orderBy = QString::fromLatin1(orderBy).split(QLatin1Char(','));
    return s;
}

} // namespace

const std::vector<DumpTableSpec> &domainDumpTables()
{
    static const std::vector<DumpTableSpec> tables {
        spec("settings", "key:T value:T", "key"),
        spec("parties", "id:I name:T note:T", "id"),
        spec("officers", "id:I name:T role:T first_seen:T", "id"),
        spec("attachments", "id:T file_name:T media_type:T size:I content:B added_at:T added_by:I", "id"),
        spec("incidents",
            "fid:I geom:G incident_id:T source:T discovery_date:T township:T village:T party:T violation_type:T "
            "description:T area_m2:R basic_farmland_m2:R cultivated_m2:R cultivated_outside_m2:R "
            "basic_farmland_mu:R cultivated_mu:R verdict:T area_method:T revision:I changed_by:T changed_at:T "
            "party_id_number:T cultivated_net_m2:R cultivated_outside_net_m2:R",
            "fid"),
        spec("cases",
            "id:T party_id:I violation_type:T threshold_flag:T declared_major:I crime_suspected_at:T "
            "misconduct_suspected_at:T status:T opened_seq:I revision:I changed_by:T changed_at:T township:T "
            "declared_major_at:T",
            "id"),
        spec("case_incidents", "case_id:T incident_fid:I", "case_id,incident_fid"),
        spec("case_events",
            "case_id:T step_no:I action:T from_status:T to_status:T at:T actor:T actor_role:T note:T deadline:T "
            "penalties:T court_enforced:I attachment_ids:T joint_acceptor:T",
            "case_id,step_no"),
        spec("transfers",
            "case_id:T id:T department:T sent_at:T sent_by:T sent_by_role:T note:T attachment_ids:T reply:T "
            "replied_at:T",
            "%ROW"),
        spec("accountability", "id:I case_id:T who:T decision:T decided_on:T organ:T document_no:T", "id"),
        spec("grid_cells",
            "fid:I geom:G cell_id:T township:T village:T area_m2:R bf_m2:R cult_m2:R parcels:I cx:R cy:R "
            "d_home_m:R d_road_m:R d_town_m:R incident_dates:T cell_size_m:R",
            "fid"),
        spec("patrol_officers",
            "name:T officer_id:I township:T base_x:R base_y:R max_cells:I max_km:R cells:T villages:T holidays:T "
            "working_weekends:T",
            "name"),
        spec("village_patrollers",
            "village:T name:T officer_id:I township:T base_x:R base_y:R weekends_off:I days_off:T", "village"),
        spec("patrol_plans",
            "id:I start_day:T end_day:T kept_before:T created_at:T created_by:T options:T shortfalls:T unassigned:T",
            "id"),
        spec("patrol_routes", "plan_id:I day:T officer:T length_m:R", "plan_id,day,officer"),
        spec("patrol_visits",
            "plan_id:I day:T officer:T ord:I cell_id:T leg_m:R risk:R risk_class:T due_by:T required:I reason:T",
            "plan_id,day,officer,ord"),
        spec("patrol_village_patrols",
            "plan_id:I day:T village:T township:T patroller:T cells:T length_m:R reason:T", "plan_id,day,village"),
        spec("patrol_tracks",
            "id:I officer:T file_name:T sha256:T gpx:B points:I started_at:T ended_at:T gaps:T sight_m:R "
            "imported_at:T imported_by:T",
            "id"),
        spec("patrol_records",
            "id:I cell_id:T officer:T day:T farmland_m2:R seen_m2:R track_id:I source:T recorded_at:T recorded_by:T",
            "id"),
        spec("approvals",
            "fid:I geom:G document_no:T kind:T approved_on:T valid_from:T valid_to:T approved_use:T township:T "
            "source:T added_at:T added_by:T",
            "fid"),
        spec("receipts", "id:I sealed_at:T sealed_by:T head_seq:I head_hash:T events:I receipt:T", "id"),
        spec("township_targets",
            "township:T year:I cultivated_m2:R basic_farmland_m2:R unit:T set_at:T set_by:T", "township,year"),
        spec("township_measures",
            "id:I township:T kind:T measure_date:T issued_by:T document_no:T note:T recorded_at:T recorded_by:T",
            "id"),
        spec("layer_hashes", "table_name:T features:I sha256:T", "table_name"),
        spec("event_log",
            "seq:I at:T who:T role:T entity:T entity_id:T action:T old_value:T new_value:T prev_hash:T hash:T", "seq"),
    };
    return tables;
}

DumpKind dumpKindOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return DumpKind::Integer;
    case FieldType::Real:
        return DumpKind::Real;
    default:
        return DumpKind::Text;
    }
}

} // namespace fg::gis
