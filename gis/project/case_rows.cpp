// SPDX-License-Identifier: MIT
#include "gis/project/case_rows_p.h"

#include "core/cases/case_workflow.h"
#include "core/input_error.h"
#include "gis/project/case_json.h"
#include "gis/project/sqlite_db_p.h"

namespace fg::gis {

namespace {

core::CaseStep stepRow(const SqliteStatement &row)
{
    core::CaseStep step;
    step.action = core::caseActionFromCode(row.text(0));
    step.from = core::caseStatusFromCode(row.text(1));
    step.to = core::caseStatusFromCode(row.text(2));
    step.when = CaseJson::parseDateTime(row.text(3));
    step.actor = { row.text(4), row.text(5) };
    step.note = row.text(6);
    step.deadline = CaseJson::parseDateTime(row.text(7));
    for (const QString &code : row.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts))
        step.penalties.append(core::penaltyFromCode(code));
    step.courtEnforced = row.integer(9) != 0;
    step.attachmentIds = row.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return step;
}

QList<core::CaseStep> steps(const SqliteDb &db, const QString &id)
{
    SqliteStatement query(db,
        QStringLiteral("SELECT action, from_status, to_status, at, actor, actor_role, note, deadline, penalties, "
                       "court_enforced, attachment_ids FROM case_events WHERE case_id = ? ORDER BY step_no"));
    query.bind(1, id);
    QList<core::CaseStep> result;
    while (query.next())
        result.append(stepRow(query));
    return result;
}

void loadTransfers(const SqliteDb &db, core::CaseFile &file)
{
    SqliteStatement query(db,
        QStringLiteral("SELECT id, department, sent_at, sent_by, sent_by_role, note, attachment_ids, reply, "
                       "replied_at FROM transfers WHERE case_id = ? ORDER BY rowid"));
    query.bind(1, file.id());
    while (query.next()) {
        core::CaseTransfer transfer;
        transfer.id = query.text(0);
        transfer.department = core::departmentFromCode(query.text(1));
        transfer.sentAt = CaseJson::parseDateTime(query.text(2));
        transfer.sentBy = { query.text(3), query.text(4) };
        transfer.note = query.text(5);
        transfer.attachmentIds = query.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QDateTime repliedAt = CaseJson::parseDateTime(query.text(8));
        const QString reply = query.text(7);
        file.addTransfer(std::move(transfer));
        if (repliedAt.isValid())
            file.recordReply(query.text(0), reply, repliedAt);
    }
}

void loadDetails(const SqliteDb &db, core::CaseFile &file)
{
    SqliteStatement incidents(db,
        QStringLiteral("SELECT i.incident_id FROM case_incidents ci JOIN incidents i ON i.fid = ci.incident_fid "
                       "WHERE ci.case_id = ? ORDER BY i.fid"));
    incidents.bind(1, file.id());
    QStringList ids;
    while (incidents.next())
        ids.append(incidents.text(0));
    file.setIncidentIds(ids);
    loadTransfers(db, file);
    SqliteStatement records(
        db, QStringLiteral("SELECT who, decision, decided_on FROM accountability WHERE case_id = ? ORDER BY id"));
    records.bind(1, file.id());
    while (records.next())
        file.addAccountability({ records.text(0), records.text(1), QDate::fromString(records.text(2), Qt::ISODate) });
}

} // namespace

std::optional<core::CaseFile> CaseRows::load(const SqliteDb &db, const QString &id)
{
    SqliteStatement header(db,
        QStringLiteral("SELECT p.name, c.violation_type, c.threshold_flag, c.declared_major, c.crime_suspected_at, "
                       "c.misconduct_suspected_at FROM cases c LEFT JOIN parties p ON p.id = c.party_id "
                       "WHERE c.id = ?"));
    header.bind(1, id);
    if (!header.next())
        return std::nullopt;
    const QList<core::CaseStep> track = steps(db, id);
    if (track.isEmpty() || track.first().action != core::CaseAction::RecordClue)
        throw core::InputError(db.path(), QCoreApplication::translate("fg::gis::CaseRows", "the case has no clue step"), id);
    core::CaseFile file(id, track.first());
    const core::CaseWorkflow workflow;
    for (qsizetype i = 1; i < track.size(); ++i)
        workflow.restore(file, track.at(i));
    file.setPartyId(header.text(0));
    file.setViolationType(core::violationTypeFromCode(header.text(1)));
    file.setThresholdFlag(core::thresholdFlagFromCode(header.text(2)));
    file.setDeclaredMajor(header.integer(3) != 0);
    file.setCrimeSuspectedAt(CaseJson::parseDateTime(header.text(4)));
    file.setMisconductSuspectedAt(CaseJson::parseDateTime(header.text(5)));
    loadDetails(db, file);
    return file;
}

QStringList CaseRows::ids(const SqliteDb &db)
{
    SqliteStatement query(db, QStringLiteral("SELECT id FROM cases ORDER BY opened_seq, rowid"));
    QStringList result;
    while (query.next())
        result.append(query.text(0));
    return result;
}

} // namespace fg::gis
