// SPDX-License-Identifier: MIT
// MemoryProjectStore::dump(): every table in the layout of gis/store/sql/dump_catalog.cpp
// (the GeoPackage's tables at schema version 5): the reference layers first, then the domain
// tables in an order a restoring sink can insert them, the log last.
#include "core/cases/canonical_json.h"
#include "core/store_errors.h"
#include "memory_dump_writer.h"
#include "memory_plans.h"
#include "memory_project_store.h"
#include "memory_rows.h"

namespace fg::test {

namespace {

using namespace dump;

/// Domain tables after the reference layers, in this order.
constexpr int kDomainTables = 23;

QVariant flag(bool value)
{
    return integer(value ? 1 : 0);
}

QVariant stamp(const QDateTime &when)
{
    return when.isValid() ? text(core::AuditEvent::timestamp(when)) : QVariant();
}

QVariant measure(const gis::IncidentMeasures &m, double value)
{
    return m.measured ? real(value) : QVariant();
}

void writeBasics(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("settings"), "key T, value T");
    std::vector<Row> data;
    for (const auto &[key, value] : state.settings)
        data.push_back({ text(key), text(value) });
    out.rows(data, { 0 });
    out.table(QStringLiteral("parties"), "id I, name T, note T");
    data.clear();
    for (const PartyRow &p : state.parties)
        data.push_back({ integer(p.id), text(p.name), text(QString()) });
    out.rows(data, { 0 });
    out.table(QStringLiteral("officers"), "id I, name T, role T, first_seen T");
    data.clear();
    for (const OfficerRow &o : state.officers)
        data.push_back({ integer(o.id), text(o.name), text(o.role), text(o.firstSeen) });
    out.rows(data, { 0 });
    out.table(QStringLiteral("attachments"),
        "id T, file_name T, media_type T, size I, content B, added_at T, added_by I");
    data.clear();
    for (const AttachmentRow &a : state.attachments)
        data.push_back({ text(a.id), text(a.fileName), text(a.mediaType), integer(a.content.size()),
            QVariant(a.content), text(a.addedAt), optionalInteger(a.addedBy) });
    out.rows(data, { 0 });
}

void writeIncidents(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("incidents"),
        "fid I, geom G, incident_id T, source T, discovery_date T, township T, village T, party T, "
        "violation_type T, "
        "description T, area_m2 R, basic_farmland_m2 R, cultivated_m2 R, cultivated_outside_m2 R, "
        "basic_farmland_mu R, "
        "cultivated_mu R, verdict T, area_method T, revision I, changed_by T, changed_at T, party_id_number T, "
        "cultivated_net_m2 R, cultivated_outside_net_m2 R");
    std::vector<Row> data;
    for (const IncidentRow &i : state.incidents) {
        const gis::IncidentMeasures &m = i.measures;
        const QString verdict = m.accountability ? QStringLiteral("accountability") : QStringLiteral("below");
        data.push_back({ integer(i.fid), geometry(i.geometry), text(i.incidentId),
            text(gis::incidentSourceCode(i.source)), nullableText(i.discoveryDate.toString(Qt::ISODate)),
            text(i.township), text(i.village), text(i.party), text(core::violationTypeCode(i.violationType)),
            text(i.description), measure(m, m.areaM2), measure(m, m.basicFarmlandM2),
            measure(m, m.cultivatedM2), measure(m, m.cultivatedOutsideBasicFarmlandM2),
            measure(m, m.basicFarmlandMu), measure(m, m.cultivatedMu),
            m.measured ? text(verdict) : QVariant(), m.measured ? text(m.method) : QVariant(),
            integer(i.revision), text(i.changedBy), stamp(i.changedAt), nullableText(i.partyIdNumber),
            m.netKnown ? measure(m, m.cultivatedNetM2) : QVariant(),
            m.netKnown ? measure(m, m.cultivatedOutsideNetM2) : QVariant() });
    }
    out.rows(data, { 0 });
}

void writeCases(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("cases"),
        "id T, party_id I, violation_type T, threshold_flag T, declared_major I, crime_suspected_at T, "
        "misconduct_suspected_at T, status T, opened_seq I, revision I, changed_by T, changed_at T, township "
        "T, declared_major_at T");
    std::vector<Row> data;
    for (const CaseRow &c : state.cases)
        data.push_back({ text(c.id), optionalInteger(c.partyId),
            text(core::violationTypeCode(c.violationType)), text(core::thresholdFlagCode(c.thresholdFlag)),
            flag(c.declaredMajor), nullableText(gis::CaseJson::dateTime(c.crimeSuspectedAt)),
            nullableText(gis::CaseJson::dateTime(c.misconductSuspectedAt)),
            text(core::caseStatusCode(c.status)), integer(c.openedSeq), integer(c.revision),
            text(c.changedBy), stamp(c.changedAt), text(c.township),
            nullableText(gis::CaseJson::dateTime(c.declaredMajorAt)) });
    out.rows(data, { 0 });
    out.table(QStringLiteral("case_incidents"), "case_id T, incident_fid I");
    data.clear();
    for (const CaseIncidentRow &l : state.caseIncidents)
        data.push_back({ text(l.caseId), integer(l.incidentFid) });
    out.rows(data, { 0, 1 });
}

void writeSteps(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("case_events"),
        "case_id T, step_no I, action T, from_status T, to_status T, at T, actor T, actor_role T, note T, "
        "deadline T, "
        "penalties T, court_enforced I, attachment_ids T, joint_acceptor T");
    std::vector<Row> data;
    for (const StepRow &r : state.steps) {
        const core::CaseStep &s = r.step;
        QStringList penalties;
        for (core::Penalty p : s.penalties)
            penalties << core::penaltyCode(p);
        data.push_back({ text(r.caseId), integer(r.stepNo), text(core::caseActionCode(s.action)),
            text(core::caseStatusCode(s.from)), text(core::caseStatusCode(s.to)),
            text(gis::CaseJson::dateTime(s.when)), text(s.actor.name), text(s.actor.role), text(s.note),
            nullableText(gis::CaseJson::dateTime(s.deadline)), joined(penalties, QLatin1Char(',')),
            flag(s.courtEnforced), joined(s.attachmentIds, QLatin1Char(',')), text(s.jointAcceptor) });
    }
    out.rows(data, { 0, 1 });
}

void writeTransfers(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("transfers"),
        "case_id T, id T, department T, sent_at T, sent_by T, sent_by_role T, note T, attachment_ids T, "
        "reply T, "
        "replied_at T");
    std::vector<Row> data;
    for (const TransferRow &r : state.transfers) {
        const core::CaseTransfer &t = r.transfer;
        data.push_back({ text(r.caseId), text(t.id), text(core::departmentCode(t.department)),
            text(gis::CaseJson::dateTime(t.sentAt)), text(t.sentBy.name), text(t.sentBy.role), text(t.note),
            joined(t.attachmentIds, QLatin1Char(',')), t.replied() ? text(t.reply) : QVariant(),
            nullableText(gis::CaseJson::dateTime(t.repliedAt)) });
    }
    out.rows(data, {}); // in the order they were sent, which a case lists them in
    out.table(QStringLiteral("accountability"),
        "id I, case_id T, who T, decision T, decided_on T, organ T, document_no T");
    data.clear();
    for (const AccountabilityRow &a : state.accountability)
        data.push_back({ integer(a.id), text(a.caseId), text(a.record.who), text(a.record.decision),
            text(a.record.date.toString(Qt::ISODate)), text(core::accountabilityOrganCode(a.record.organ)),
            text(a.record.documentNumber) });
    out.rows(data, { 0 });
}

void writeGrid(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("grid_cells"),
        "fid I, geom G, cell_id T, township T, village T, area_m2 R, bf_m2 R, cult_m2 R, parcels I, cx R, cy "
        "R, "
        "d_home_m R, d_road_m R, d_town_m R, incident_dates T, cell_size_m R");
    std::vector<Row> data;
    for (const CellRow &r : state.cells) {
        const core::PatrolCell &c = r.cell;
        QStringList dates;
        for (const QDate &d : c.incidentDates)
            dates << d.toString(Qt::ISODate);
        data.push_back({ integer(r.fid), geometry(r.geometry), text(c.id), text(c.township), text(c.village),
            real(c.areaM2), real(c.basicFarmlandM2), real(c.cultivatedM2), integer(c.parcelCount),
            real(c.centroid.x()), real(c.centroid.y()), optionalReal(c.homesteadDistanceM),
            optionalReal(c.roadDistanceM), optionalReal(c.townDistanceM), joined(dates, QLatin1Char(';')),
            real(r.cellSizeM) });
    }
    out.rows(data, { 0 });
    out.table(QStringLiteral("patrol_officers"),
        "name T, officer_id I, township T, base_x R, base_y R, max_cells I, max_km R, cells T, villages T, "
        "holidays T, "
        "working_weekends T");
    data.clear();
    for (const PatrolOfficerRow &r : state.patrolOfficers) {
        const core::Officer &o = r.officer;
        data.push_back({ text(o.name), optionalInteger(r.officerId), text(o.township), real(o.base.x()),
            real(o.base.y()), integer(o.maxCellsPerDay), real(o.maxKmPerDay),
            joined(o.cellIds, QLatin1Char(';')), joined(r.villages, QLatin1Char(';')),
            text(rows::dateList(o.calendar.holidays())),
            text(rows::dateList(o.calendar.workingWeekendDays())) });
    }
    out.rows(data, { 0 });
    out.table(QStringLiteral("village_patrollers"),
        "village T, name T, officer_id I, township T, base_x R, base_y R, weekends_off I, days_off T");
    data.clear();
    for (const VillagePatrollerRow &r : state.villagePatrollers) {
        const core::VillagePatroller &p = r.patroller;
        data.push_back({ text(p.village), text(p.name), optionalInteger(r.officerId), text(p.township),
            p.base ? real(p.base->x()) : QVariant(), p.base ? real(p.base->y()) : QVariant(),
            flag(p.weekendsOff), text(rows::dateList(p.daysOff)) });
    }
    out.rows(data, { 0 });
}

void writePlans(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("patrol_plans"),
        "id I, start_day T, end_day T, kept_before T, created_at T, created_by T, options T, shortfalls T, "
        "unassigned T");
    std::vector<Row> data;
    for (const PlanRow &p : state.plans)
        data.push_back({ integer(p.id), text(p.plan.start.toString(Qt::ISODate)),
            text(p.plan.end.toString(Qt::ISODate)), text(p.keptBefore.toString(Qt::ISODate)),
            text(p.createdAt), text(p.createdBy), json(p.options), json(plans::shortfallsJson(p.plan)),
            joined(p.plan.unassignedCells, QLatin1Char(';')) });
    out.rows(data, { 0 });
    out.table(QStringLiteral("patrol_routes"), "plan_id I, day T, officer T, length_m R");
    data.clear();
    for (const PlanRow &p : state.plans)
        for (const core::DayRoute &r : p.plan.routes)
            data.push_back(
                { integer(p.id), text(r.date.toString(Qt::ISODate)), text(r.officer), real(r.lengthM) });
    out.rows(data, { 0, 1, 2 });
    out.table(QStringLiteral("patrol_visits"),
        "plan_id I, day T, officer T, ord I, cell_id T, leg_m R, risk R, risk_class T, due_by T, required I, "
        "reason T");
    data.clear();
    for (const PlanRow &p : state.plans)
        for (const core::PlannedVisit &v : p.plan.visits)
            data.push_back({ integer(p.id), text(v.date.toString(Qt::ISODate)), text(v.officer),
                integer(v.order), text(v.cellId), real(v.legM), real(v.riskScore),
                text(
                    v.riskClass == core::RiskClass::High ? QStringLiteral("high") : QStringLiteral("normal")),
                nullableText(v.dueBy.toString(Qt::ISODate)), flag(v.required), text(v.reason) });
    out.rows(data, { 0, 1, 2, 3 });
    out.table(QStringLiteral("patrol_village_patrols"),
        "plan_id I, day T, village T, township T, patroller T, cells T, length_m R, reason T");
    data.clear();
    for (const PlanRow &p : state.plans)
        for (const core::VillagePatrol &v : p.plan.villagePatrols)
            data.push_back({ integer(p.id), text(v.date.toString(Qt::ISODate)), text(v.village),
                text(v.township), text(v.patroller), joined(v.cellIds, QLatin1Char(';')), real(v.lengthM),
                text(v.reason) });
    out.rows(data, { 0, 1, 2 });
}

void writeTracks(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("patrol_tracks"),
        "id I, officer T, file_name T, sha256 T, gpx B, points I, started_at T, ended_at T, gaps T, sight_m "
        "R, "
        "imported_at T, imported_by T");
    std::vector<Row> data;
    for (const TrackRow &t : state.tracks)
        data.push_back({ integer(t.id), text(t.officer), text(t.fileName), text(t.sha256), QVariant(t.gpx),
            integer(t.points), nullableText(t.startedAt.toUTC().toString(Qt::ISODate)),
            nullableText(t.endedAt.toUTC().toString(Qt::ISODate)), json(QJsonArray::fromStringList(t.gaps)),
            real(t.sightM), text(t.importedAt), text(t.importedBy) });
    out.rows(data, { 0 });
    out.table(QStringLiteral("patrol_records"),
        "id I, cell_id T, officer T, day T, farmland_m2 R, seen_m2 R, track_id I, source T, recorded_at T, "
        "recorded_by T");
    data.clear();
    for (const RecordRow &r : state.records)
        data.push_back({ integer(r.id), text(r.coverage.cellId), text(r.coverage.officer),
            text(r.coverage.date.toString(Qt::ISODate)), real(r.coverage.farmlandM2), real(r.coverage.seenM2),
            optionalInteger(r.trackId), text(r.source), text(r.recordedAt), text(r.recordedBy) });
    out.rows(data, { 0 });
}

void writeAssessment(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("township_targets"),
        "township T, year I, cultivated_m2 R, basic_farmland_m2 R, unit T, set_at T, set_by T");
    std::vector<Row> data;
    const auto optionalReal = [](const std::optional<double> &v) { return v ? real(*v) : QVariant(); };
    for (const core::TownshipTarget &t : state.targets)
        data.push_back({ text(t.township), integer(t.year), optionalReal(t.cultivatedM2),
            optionalReal(t.basicFarmlandM2), text(QString::fromLatin1(core::targetUnitCode(t.unit))), stamp(t.setAt),
            text(t.setBy) });
    out.rows(data, { 0, 1 });
    out.table(QStringLiteral("township_measures"),
        "id I, township T, kind T, measure_date T, issued_by T, document_no T, note T, recorded_at T, recorded_by T");
    data.clear();
    for (const core::TownshipMeasure &m : state.measures)
        data.push_back({ integer(m.id), text(m.township), text(core::measureKindCode(m.kind)),
            text(m.date.toString(Qt::ISODate)), text(m.issuedBy), text(m.documentNo), text(m.note),
            stamp(m.recordedAt), text(m.recordedBy) });
    out.rows(data, { 0 });
}

void writeApprovals(TableWriter &out, const MemoryState &state)
{
    out.table(QStringLiteral("approvals"),
        "fid I, geom G, document_no T, kind T, approved_on T, valid_from T, valid_to T, approved_use T, township T, "
        "source T, added_at T, added_by T");
    std::vector<Row> data;
    for (const ApprovalRow &r : state.approvals) {
        const core::Approval &a = r.approval;
        data.push_back({ integer(r.fid), geometry(r.geometry), text(a.documentNumber),
            text(core::approvalKindCode(a.kind)), text(a.approvedOn.toString(Qt::ISODate)),
            nullableText(a.validFrom.toString(Qt::ISODate)), nullableText(a.validTo.toString(Qt::ISODate)),
            text(a.approvedUse), text(a.township), text(r.source), text(r.addedAt), text(r.addedBy) });
    }
    out.rows(data, { 0 });
}

void writeLog(TableWriter &out, const MemoryState &state)
{
    // Schema 6: the receipts kept in the project (the memory store keeps none).
    out.table(QStringLiteral("receipts"), "id I, sealed_at T, sealed_by T, head_seq I, head_hash T, events I, receipt T");
    out.rows({}, { 0 });
    writeAssessment(out, state); // schema 10, before the log as the catalog has it
    // Schema 11: the reference layers' content hashes (the memory store keeps none).
    out.table(QStringLiteral("layer_hashes"), "table_name T, features I, sha256 T");
    out.rows({}, { 0 });
    out.table(QStringLiteral("event_log"),
        "seq I, at T, who T, role T, entity T, entity_id T, action T, old_value T, new_value T, prev_hash T, "
        "hash T");
    std::vector<Row> data;
    for (const core::AuditEvent &e : state.events)
        data.push_back(
            { integer(e.seq), text(e.when), text(e.who), text(e.role), text(e.entity), text(e.entityId),
                text(e.action), text(QString::fromUtf8(core::CanonicalJson::serialize(e.oldValue))),
                text(QString::fromUtf8(core::CanonicalJson::serialize(e.newValue))), text(e.prevHash),
                text(e.hash) });
    out.rows(data, { 0 });
}

} // namespace

void MemoryProjectStore::dump(gis::ProjectDumpSink &sink, const gis::StoreProgress &progress) const
{
    if (m_session.rights.rights().scope != gis::StoreRights::Scope::All)
        throw core::PermissionDenied(m_session.location(), tr("only the bureau may copy the whole project"));
    const MemoryProject &project = *m_session.project;
    // One snapshot: the whole dump is of one committed state.
    const MemoryState state = project.read([](const MemoryState &s) { return s; });
    TableWriter out(sink, progress, int(project.reference().size()) + kDomainTables);
    sink.begin(project.workingEpsg(), info().schemaVersion);
    for (const MemoryReference &r : project.reference())
        out.reference(*r.layer, r.table);
    writeBasics(out, state);
    writeIncidents(out, state);
    writeCases(out, state);
    writeSteps(out, state);
    writeTransfers(out, state);
    writeGrid(out, state);
    writePlans(out, state);
    writeTracks(out, state);
    writeApprovals(out, state);
    writeLog(out, state);
    sink.end();
}

} // namespace fg::test
