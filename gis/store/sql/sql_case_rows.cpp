// SPDX-License-Identifier: MIT
#include "gis/store/sql/sql_case_rows_p.h"

#include "core/cases/case_workflow.h"
#include "core/input_error.h"
#include "gis/usecases/case_json.h"
#include "gis/store/sql/sql_connection_p.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QCoreApplication>

namespace fg::gis::sql_case_rows {

namespace {

core::CaseStep stepRow(const SqlRows &row)
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
    step.jointAcceptor = row.text(11);
    return step;
}

/// A column of schema 7, or an empty text in its place on an older project.
QString since7(bool caseRecords, const char *column)
{
    return caseRecords ? QString::fromLatin1(column) : QStringLiteral("''");
}

QList<core::CaseStep> steps(const SqlConnection &db, const QString &id, bool caseRecords)
{
    auto rows = db.query(
        QStringLiteral("SELECT action, from_status, to_status, at, actor, actor_role, note, deadline, penalties, "
                       "court_enforced, attachment_ids, %1 FROM case_events WHERE case_id = ?1 ORDER BY step_no")
            .arg(since7(caseRecords, "joint_acceptor")),
        { id });
    QList<core::CaseStep> result;
    while (rows->next())
        result.append(stepRow(*rows));
    return result;
}

void loadTransfers(const SqlConnection &db, core::CaseFile &file, const QString &rowOrder)
{
    auto rows = db.query(QStringLiteral("SELECT id, department, sent_at, sent_by, sent_by_role, note, attachment_ids, "
                                        "reply, replied_at FROM transfers WHERE case_id = ?1 ORDER BY %1")
                             .arg(rowOrder),
        { file.id() });
    while (rows->next()) {
        core::CaseTransfer transfer;
        transfer.id = rows->text(0);
        transfer.department = core::departmentFromCode(rows->text(1));
        transfer.sentAt = CaseJson::parseDateTime(rows->text(2));
        transfer.sentBy = { rows->text(3), rows->text(4) };
        transfer.note = rows->text(5);
        transfer.attachmentIds = rows->text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QDateTime repliedAt = CaseJson::parseDateTime(rows->text(8));
        const QString reply = rows->text(7);
        file.addTransfer(std::move(transfer));
        if (repliedAt.isValid())
            file.recordReply(rows->text(0), reply, repliedAt);
    }
}

void loadDetails(const SqlConnection &db, core::CaseFile &file, const QString &rowOrder, bool caseRecords)
{
    auto incidents = db.query(
        QStringLiteral("SELECT i.incident_id FROM case_incidents ci JOIN incidents i ON i.fid = ci.incident_fid "
                       "WHERE ci.case_id = ?1 ORDER BY i.fid"),
        { file.id() });
    QStringList ids;
    while (incidents->next())
        ids.append(incidents->text(0));
    file.setIncidentIds(ids);
    loadTransfers(db, file, rowOrder);
    auto records = db.query(
        QStringLiteral("SELECT who, decision, decided_on, %1, %2 FROM accountability WHERE case_id = ?1 ORDER BY id")
            .arg(since7(caseRecords, "organ"), since7(caseRecords, "document_no")),
        { file.id() });
    while (records->next())
        file.addAccountability({ records->text(0), records->text(1), QDate::fromString(records->text(2), Qt::ISODate),
            core::accountabilityOrganFromCode(records->text(3)), records->text(4) });
}

} // namespace

std::optional<core::CaseFile> load(const SqlConnection &db, const QString &id, const QString &rowOrder, bool caseRecords)
{
    auto header = db.query(
        QStringLiteral("SELECT p.name, c.violation_type, c.threshold_flag, c.declared_major, c.crime_suspected_at, "
                       "c.misconduct_suspected_at, c.revision, c.changed_by, c.changed_at, %1 FROM cases c "
                       "LEFT JOIN parties p ON p.id = c.party_id WHERE c.id = ?1")
            .arg(caseRecords ? QStringLiteral("c.declared_major_at") : QStringLiteral("NULL")),
        { id });
    if (!header->next())
        return std::nullopt;
    // Read the row through before the next query: a backend may stream one result at a time.
    QStringList text;
    for (int column : { 0, 1, 2, 4, 5, 7, 8, 9 })
        text << header->text(column);
    const bool declaredMajor = header->integer(3) != 0;
    const qint64 revision = header->integer(6);
    header.reset();
    const QList<core::CaseStep> track = steps(db, id, caseRecords);
    if (track.isEmpty() || track.first().action != core::CaseAction::RecordClue)
        throw core::InputError(db.location(),
            QCoreApplication::translate("fg::gis::CaseRows", "the case has no clue step"), id);
    core::CaseFile file(id, track.first());
    const core::CaseWorkflow workflow;
    for (qsizetype i = 1; i < track.size(); ++i)
        workflow.restore(file, track.at(i));
    file.setPartyId(text[0]);
    file.setViolationType(core::violationTypeFromCode(text[1]));
    file.setThresholdFlag(core::thresholdFlagFromCode(text[2]));
    file.setDeclaredMajor(declaredMajor);
    file.setCrimeSuspectedAt(CaseJson::parseDateTime(text[3]));
    file.setMisconductSuspectedAt(CaseJson::parseDateTime(text[4]));
    file.setDeclaredMajorAt(CaseJson::parseDateTime(text[7]));
    file.setRevision(revision);
    file.setChanged(text[5], sql_rows::storedTime(text[6]));
    loadDetails(db, file, rowOrder, caseRecords);
    return file;
}

QStringList ids(const SqlConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT id FROM cases ORDER BY opened_seq, id"));
    QStringList result;
    while (rows->next())
        result.append(rows->text(0));
    return result;
}

} // namespace fg::gis::sql_case_rows
