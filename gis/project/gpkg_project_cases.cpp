// SPDX-License-Identifier: MIT
// GpkgProjectStore: cases, their steps, transfers and accountability records.
#include "gis/project/audit_log_p.h"
#include "gis/project/case_json.h"
#include "gis/project/case_rows_p.h"
#include "gis/project/gpkg_project_store.h"
#include "gis/project/sqlite_db_p.h"

#include "core/input_error.h"

#include <QJsonArray>

namespace fg::gis {

namespace {

QString joinedCodes(const QList<core::Penalty> &penalties)
{
    QStringList codes;
    for (core::Penalty penalty : penalties)
        codes.append(core::penaltyCode(penalty));
    return codes.join(QLatin1Char(','));
}

QVariant storedTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(CaseJson::dateTime(when)) : QVariant();
}

} // namespace

void GpkgProjectStore::insertStep(const QString &caseId, int stepNo, const core::CaseStep &step)
{
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO case_events (case_id, step_no, action, from_status, to_status, at, actor, "
                       "actor_role, note, deadline, penalties, court_enforced, attachment_ids) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, caseId)
        .bind(2, stepNo)
        .bind(3, core::caseActionCode(step.action))
        .bind(4, core::caseStatusCode(step.from))
        .bind(5, core::caseStatusCode(step.to))
        .bind(6, CaseJson::dateTime(step.when))
        .bind(7, step.actor.name)
        .bind(8, step.actor.role)
        .bind(9, step.note)
        .bind(10, storedTime(step.deadline))
        .bind(11, joinedCodes(step.penalties))
        .bind(12, step.courtEnforced)
        .bind(13, step.attachmentIds.join(QLatin1Char(',')))
        .run();
}

void GpkgProjectStore::insertCase(const core::CaseFile &file)
{
    if (file.steps().size() != 1 || !file.transfers().isEmpty() || !file.accountability().isEmpty())
        throw core::InputError(m_db->path(), tr("a case is opened with its clue only; later steps go through the workflow"),
            file.id());
    if (CaseRows::load(*m_db, file.id()))
        throw core::InputError(m_db->path(), tr("the project already has a case with this id"), file.id());
    const core::AuditEvent event = AuditLog::append(*m_db, m_operator, QStringLiteral("case"), file.id(),
        QStringLiteral("open"), QJsonValue(), CaseJson::caseFile(file));
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO cases (id, party_id, violation_type, threshold_flag, declared_major, "
                       "crime_suspected_at, misconduct_suspected_at, status, opened_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, file.id())
        .bind(2, file.partyId().isEmpty() ? QVariant() : QVariant(partyId(file.partyId())))
        .bind(3, core::violationTypeCode(file.violationType()))
        .bind(4, core::thresholdFlagCode(file.thresholdFlag()))
        .bind(5, file.declaredMajor())
        .bind(6, storedTime(file.crimeSuspectedAt()))
        .bind(7, storedTime(file.misconductSuspectedAt()))
        .bind(8, core::caseStatusCode(file.status()))
        .bind(9, event.seq)
        .run();
    for (const QString &incidentId : file.incidentIds()) {
        SqliteStatement link(*m_db, QStringLiteral("INSERT INTO case_incidents (case_id, incident_fid) "
                                                   "SELECT ?, fid FROM incidents WHERE incident_id = ?"));
        link.bind(1, file.id()).bind(2, incidentId).run();
        SqliteStatement check(*m_db, QStringLiteral("SELECT changes()"));
        if (check.next() && check.integer(0) == 0)
            throw core::InputError(m_db->path(), tr("the case lists incident %1, which the project does not have")
                .arg(incidentId), file.id());
    }
    insertStep(file.id(), 0, file.steps().first());
}

void GpkgProjectStore::openCase(const core::CaseFile &file)
{
    SqliteTransaction transaction(*m_db);
    insertCase(file);
    transaction.commit();
}

std::optional<core::CaseFile> GpkgProjectStore::caseFile(const QString &id) const
{
    return CaseRows::load(*m_db, id);
}

QList<core::CaseFile> GpkgProjectStore::cases() const
{
    QList<core::CaseFile> result;
    for (const QString &id : CaseRows::ids(*m_db))
        result.append(*CaseRows::load(*m_db, id));
    return result;
}

core::CaseFile GpkgProjectStore::requireCase(const QString &caseId) const
{
    auto file = CaseRows::load(*m_db, caseId);
    if (!file)
        throw core::InputError(m_db->path(), tr("no case with this id"), caseId);
    return *file;
}

core::TransitionResult GpkgProjectStore::advanceCase(
    const QString &caseId, core::CaseStep step, const core::CaseWorkflow &workflow)
{
    SqliteTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    const core::CaseStatus before = file.status();
    const core::TransitionResult result = workflow.apply(file, std::move(step));
    if (!result.accepted)
        return result; // the transaction rolls back: nothing was written
    const core::CaseStep &applied = file.steps().last();
    insertStep(caseId, int(file.steps().size()) - 1, applied);
    SqliteStatement update(*m_db, QStringLiteral("UPDATE cases SET status = ? WHERE id = ?"));
    update.bind(1, core::caseStatusCode(file.status())).bind(2, caseId).run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("case"), caseId, core::caseActionCode(applied.action),
        QJsonObject { { QStringLiteral("status"), core::caseStatusCode(before) } }, CaseJson::step(applied));
    transaction.commit();
    return result;
}

void GpkgProjectStore::setCaseFacts(const QString &caseId, const CaseFacts &facts)
{
    SqliteTransaction transaction(*m_db);
    const core::CaseFile file = requireCase(caseId);
    const CaseFacts before { file.thresholdFlag(), file.declaredMajor(), file.crimeSuspectedAt(),
        file.misconductSuspectedAt() };
    SqliteStatement update(*m_db,
        QStringLiteral("UPDATE cases SET threshold_flag = ?, declared_major = ?, crime_suspected_at = ?, "
                       "misconduct_suspected_at = ? WHERE id = ?"));
    update.bind(1, core::thresholdFlagCode(facts.thresholdFlag))
        .bind(2, facts.declaredMajor)
        .bind(3, storedTime(facts.crimeSuspectedAt))
        .bind(4, storedTime(facts.misconductSuspectedAt))
        .bind(5, caseId)
        .run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("case"), caseId, QStringLiteral("facts"),
        CaseJson::facts(before), CaseJson::facts(facts));
    transaction.commit();
}

void GpkgProjectStore::addTransfer(const QString &caseId, const core::CaseTransfer &transfer)
{
    SqliteTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    file.addTransfer(transfer); // the case's own checks: id, date, sender
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO transfers (case_id, id, department, sent_at, sent_by, sent_by_role, note, "
                       "attachment_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, caseId)
        .bind(2, transfer.id)
        .bind(3, core::departmentCode(transfer.department))
        .bind(4, CaseJson::dateTime(transfer.sentAt))
        .bind(5, transfer.sentBy.name)
        .bind(6, transfer.sentBy.role)
        .bind(7, transfer.note)
        .bind(8, transfer.attachmentIds.join(QLatin1Char(',')))
        .run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("transfer"), caseId + QLatin1Char('/') + transfer.id,
        QStringLiteral("send"), QJsonValue(), CaseJson::transfer(transfer));
    transaction.commit();
}

void GpkgProjectStore::recordTransferReply(
    const QString &caseId, const QString &transferId, const QString &reply, const QDateTime &repliedAt)
{
    SqliteTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    file.recordReply(transferId, reply, repliedAt);
    SqliteStatement update(*m_db, QStringLiteral("UPDATE transfers SET reply = ?, replied_at = ? WHERE case_id = ? AND id = ?"));
    update.bind(1, reply).bind(2, CaseJson::dateTime(repliedAt)).bind(3, caseId).bind(4, transferId).run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("transfer"), caseId + QLatin1Char('/') + transferId,
        QStringLiteral("reply"), QJsonObject { { QStringLiteral("reply"), QJsonValue() } },
        QJsonObject { { QStringLiteral("reply"), reply }, { QStringLiteral("replied_at"), CaseJson::dateTime(repliedAt) } });
    transaction.commit();
}

void GpkgProjectStore::addAccountability(const QString &caseId, const core::AccountabilityRecord &record)
{
    SqliteTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    file.addAccountability(record);
    SqliteStatement insert(*m_db, QStringLiteral("INSERT INTO accountability (case_id, who, decision, decided_on) VALUES (?, ?, ?, ?)"));
    insert.bind(1, caseId).bind(2, record.who).bind(3, record.decision).bind(4, record.date.toString(Qt::ISODate)).run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("case"), caseId, QStringLiteral("accountability"), QJsonValue(),
        CaseJson::accountability(record));
    transaction.commit();
}

} // namespace fg::gis
