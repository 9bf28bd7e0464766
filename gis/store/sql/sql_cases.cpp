// SPDX-License-Identifier: MIT
// SqlProjectStore: cases, their steps, transfers and accountability records.
#include "gis/store/sql/sql_project_store.h"

#include "core/cases/flag_check.h"
#include "core/rules_record.h"
#include "core/store_errors.h"
#include "gis/usecases/case_json.h"
#include "gis/store/sql/sql_case_rows_p.h"
#include "gis/store/sql/sql_log_value_p.h"
#include "gis/store/sql/sql_rows_p.h"

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

using Columns = std::vector<std::pair<const char *, QVariant>>;

/// INSERT of @p columns into @p table.
void insertRow(SqlConnection &db, const char *table, const Columns &columns)
{
    QStringList names;
    SqlParams values;
    for (const auto &[name, value] : columns) {
        names << QString::fromLatin1(name);
        values.push_back(value);
    }
    db.execute(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                   .arg(QString::fromLatin1(table), names.join(QStringLiteral(", ")),
                       sql_rows::placeholders(1, int(names.size()))),
        values);
}

} // namespace

void SqlProjectStore::requireCaseRecords(const QString &caseId) const
{
    if (!caseRecords())
        throw core::ProjectReadOnly(location(),
            tr("the project's schema (version %1) cannot hold this record yet: its owner must open it once with "
               "this FarmGuard to upgrade it")
                .arg(m_info.schemaVersion),
            caseId);
}

QList<core::MeasuredIncident> SqlProjectStore::measuredIncidents(const QString &caseId) const
{
    auto rows = m_db->query(QStringLiteral("SELECT i.incident_id, i.verdict, i.basic_farmland_m2, i.cultivated_m2, "
                                           "i.cultivated_outside_m2, i.violation_type, %1 FROM case_incidents ci JOIN "
                                           "incidents i ON i.fid = ci.incident_fid WHERE ci.case_id = ?1 ORDER BY i.fid")
                                .arg(incidentIdentity() ? QStringLiteral("i.cultivated_net_m2, i.cultivated_outside_net_m2")
                                                        : QStringLiteral("NULL, NULL")),
        { caseId });
    QList<core::MeasuredIncident> result;
    while (rows->next())
        result.append({ rows->text(0), !rows->isNull(1),
            { rows->real(2), rows->real(3), rows->real(4), !rows->isNull(6), rows->real(6), rows->real(7) },
            core::isOccupation(core::violationTypeFromCode(rows->text(5))) });
    return result;
}

core::Rules SqlProjectStore::storedRules() const
{
    return core::RulesRecord::fromSetting(setting(QStringLiteral("rules")),
        tr("%1: project setting 'rules'").arg(location()))
        .rules();
}

void SqlProjectStore::insertStep(const QString &caseId, int stepNo, const core::CaseStep &step)
{
    Columns columns { { "case_id", caseId }, { "step_no", stepNo }, { "action", core::caseActionCode(step.action) },
        { "from_status", core::caseStatusCode(step.from) }, { "to_status", core::caseStatusCode(step.to) },
        { "at", CaseJson::dateTime(step.when) }, { "actor", step.actor.name }, { "actor_role", step.actor.role },
        { "note", step.note }, { "deadline", storedTime(step.deadline) }, { "penalties", joinedCodes(step.penalties) },
        { "court_enforced", int(step.courtEnforced) }, { "attachment_ids", step.attachmentIds.join(QLatin1Char(',')) } };
    if (!step.jointAcceptor.isEmpty())
        requireCaseRecords(caseId);
    if (caseRecords())
        columns.emplace_back("joint_acceptor", step.jointAcceptor);
    insertRow(*m_db, "case_events", columns);
}

void SqlProjectStore::insertCase(const core::CaseFile &file)
{
    insertCase(file, sql_log::loggedValue(CaseJson::caseFile(file)));
}

void SqlProjectStore::insertCase(const core::CaseFile &file, const LoggedJson &opened)
{
    if (file.steps().size() != 1 || !file.transfers().isEmpty() || !file.accountability().isEmpty())
        throw core::InputError(location(),
            tr("a case is opened with its clue only; later steps go through the workflow"), file.id());
    if (m_db->query(QStringLiteral("SELECT 1 FROM cases WHERE id = ?1"), { file.id() })->next())
        throw core::InputError(location(), tr("the project already has a case with this id"), file.id());
    std::vector<std::pair<qint64, QString>> incidents; // fid, township
    for (const QString &incidentId : file.incidentIds()) {
        auto rows = m_db->query(QStringLiteral("SELECT fid, township FROM incidents WHERE incident_id = ?1"), { incidentId });
        if (!rows->next())
            throw core::InputError(location(),
                tr("the case lists incident %1, which the project does not have").arg(incidentId), file.id());
        incidents.emplace_back(rows->integer(0), rows->text(1));
    }
    // The township of the case's first incident (the one read first), for rights per township.
    QString township;
    qint64 first = 0;
    for (const auto &[fid, name] : incidents) {
        if (first == 0 || fid < first) {
            first = fid;
            township = name;
        }
    }
    const core::AuditEvent event
        = appendEvent(QStringLiteral("case"), file.id(), QStringLiteral("open"), QJsonValue(), opened);
    Columns columns { { "id", file.id() },
        { "party_id", file.partyId().isEmpty() ? QVariant() : QVariant(partyId(file.partyId())) },
        { "violation_type", core::violationTypeCode(file.violationType()) },
        { "threshold_flag", core::thresholdFlagCode(file.thresholdFlag()) }, { "declared_major", int(file.declaredMajor()) },
        { "crime_suspected_at", storedTime(file.crimeSuspectedAt()) },
        { "misconduct_suspected_at", storedTime(file.misconductSuspectedAt()) },
        { "status", core::caseStatusCode(file.status()) }, { "opened_seq", event.seq }, { "revision", 1 },
        { "changed_by", m_operator.name }, { "changed_at", event.when }, { "township", township } };
    if (file.declaredMajorAt().isValid())
        requireCaseRecords(file.id());
    if (caseRecords())
        columns.emplace_back("declared_major_at", storedTime(file.declaredMajorAt()));
    insertRow(*m_db, "cases", columns);
    for (const auto &[fid, name] : incidents)
        m_db->execute(QStringLiteral("INSERT INTO case_incidents (case_id, incident_fid) VALUES (?1, ?2) "
                                     "ON CONFLICT (case_id, incident_fid) DO NOTHING"),
            { file.id(), fid });
    insertStep(file.id(), 0, file.steps().first());
}

void SqlProjectStore::openCase(const core::CaseFile &file)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    insertCase(file);
    transaction.commit();
}

std::optional<core::CaseFile> SqlProjectStore::caseFile(const QString &id) const
{
    const auto guard = lock();
    return sql_case_rows::load(*m_db, id, rowOrder(), caseRecords());
}

QList<core::CaseFile> SqlProjectStore::cases() const
{
    const auto guard = lock();
    // One snapshot for the five queries: the tables read as of one moment.
    SqlTransaction snapshot(*m_db, SqlTransaction::Kind::Read);
    QList<core::CaseFile> result = sql_case_rows::loadAll(*m_db, rowOrder(), caseRecords());
    snapshot.commit();
    return result;
}

core::CaseFile SqlProjectStore::requireCase(const QString &caseId) const
{
    auto file = sql_case_rows::load(*m_db, caseId, rowOrder(), caseRecords());
    if (!file)
        throw core::InputError(location(), tr("no case with this id"), caseId);
    return *file;
}

void SqlProjectStore::touchCase(const QString &caseId, qint64 expected)
{
    auto rows = m_db->query(QStringLiteral("SELECT revision, changed_by, changed_at FROM cases WHERE id = ?1"), { caseId });
    if (!rows->next())
        throw core::InputError(location(), tr("no case with this id"), caseId);
    const qint64 revision = rows->integer(0);
    const QString changedBy = rows->text(1);
    const QDateTime changedAt = sql_rows::storedTime(rows->text(2));
    rows.reset();
    if (expected != kAnyRevision && expected != revision)
        throw core::ConflictError(location(), caseId, changedBy, changedAt);
    const qint64 changed = m_db->execute(QStringLiteral("UPDATE cases SET revision = revision + 1, changed_by = ?1, "
                                                        "changed_at = ?2 WHERE id = ?3 AND revision = ?4"),
        { m_operator.name, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()), caseId, revision });
    if (changed != 1)
        throw core::ConflictError(location(), caseId, changedBy, changedAt);
}

core::TransitionResult SqlProjectStore::advanceCase(const QString &caseId, const core::CaseStep &step,
    const core::CaseWorkflow &workflow, qint64 expectedRevision)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    touchCase(caseId, expectedRevision);
    const core::CaseStatus before = file.status();
    const core::TransitionResult result = workflow.apply(file, step);
    if (!result.accepted)
        return result; // the transaction rolls back: nothing was written
    const core::CaseStep &applied = file.steps().last();
    insertStep(caseId, int(file.steps().size()) - 1, applied);
    m_db->execute(QStringLiteral("UPDATE cases SET status = ?1 WHERE id = ?2"), { core::caseStatusCode(file.status()), caseId });
    appendEvent(QStringLiteral("case"), caseId, core::caseActionCode(applied.action),
        QJsonObject { { QStringLiteral("status"), core::caseStatusCode(before) } }, CaseJson::step(applied));
    transaction.commit();
    return result;
}

void SqlProjectStore::setCaseFacts(const QString &caseId, const CaseFacts &facts, qint64 expectedRevision)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    const core::CaseFile file = requireCase(caseId);
    touchCase(caseId, expectedRevision);
    const CaseFacts before = CaseFacts::of(file);
    const QStringList problems = core::FlagCheck::problems(
        before.thresholdFlag, facts.thresholdFlag, facts.reason, measuredIncidents(caseId), storedRules());
    if (!problems.isEmpty())
        throw core::StepRefused(location(), problems.join(QStringLiteral("; ")), caseId);
    if (facts.declaredMajorAt != before.declaredMajorAt)
        requireCaseRecords(caseId);
    m_db->execute(QStringLiteral("UPDATE cases SET threshold_flag = ?1, declared_major = ?2, crime_suspected_at = ?3, "
                                 "misconduct_suspected_at = ?4 WHERE id = ?5"),
        { core::thresholdFlagCode(facts.thresholdFlag), int(facts.declaredMajor), storedTime(facts.crimeSuspectedAt),
            storedTime(facts.misconductSuspectedAt), caseId });
    if (caseRecords())
        m_db->execute(QStringLiteral("UPDATE cases SET declared_major_at = ?1 WHERE id = ?2"),
            { storedTime(facts.declaredMajorAt), caseId });
    appendEvent(QStringLiteral("case"), caseId, QStringLiteral("facts"), CaseJson::facts(before), CaseJson::facts(facts));
    transaction.commit();
}

void SqlProjectStore::addTransfer(const QString &caseId, const core::CaseTransfer &transfer, qint64 expectedRevision)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    touchCase(caseId, expectedRevision);
    file.addTransfer(transfer); // the case's own checks: id, date, sender
    m_db->execute(QStringLiteral("INSERT INTO transfers (case_id, id, department, sent_at, sent_by, sent_by_role, "
                                 "note, attachment_ids) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        { caseId, transfer.id, core::departmentCode(transfer.department), CaseJson::dateTime(transfer.sentAt),
            transfer.sentBy.name, transfer.sentBy.role, transfer.note, transfer.attachmentIds.join(QLatin1Char(',')) });
    appendEvent(QStringLiteral("transfer"), caseId + QLatin1Char('/') + transfer.id, QStringLiteral("send"), QJsonValue(),
        CaseJson::transfer(transfer));
    transaction.commit();
}

void SqlProjectStore::recordTransferReply(
    const QString &caseId, const QString &transferId, const QString &reply, const QDateTime &repliedAt)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    file.recordReply(transferId, reply, repliedAt);
    touchCase(caseId, kAnyRevision);
    m_db->execute(QStringLiteral("UPDATE transfers SET reply = ?1, replied_at = ?2 WHERE case_id = ?3 AND id = ?4"),
        { reply, CaseJson::dateTime(repliedAt), caseId, transferId });
    appendEvent(QStringLiteral("transfer"), caseId + QLatin1Char('/') + transferId, QStringLiteral("reply"),
        QJsonObject { { QStringLiteral("reply"), QJsonValue() } },
        QJsonObject { { QStringLiteral("reply"), reply }, { QStringLiteral("replied_at"), CaseJson::dateTime(repliedAt) } });
    transaction.commit();
}

void SqlProjectStore::addAccountability(
    const QString &caseId, const core::AccountabilityRecord &record, qint64 expectedRevision)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    core::CaseFile file = requireCase(caseId);
    touchCase(caseId, expectedRevision);
    file.addAccountability(record);
    if (record.organ == core::AccountabilityOrgan::Unstated)
        throw core::InputError(location(), tr("an accountability record names the organ that decided it"), caseId);
    requireCaseRecords(caseId);
    insertRow(*m_db, "accountability",
        { { "case_id", caseId }, { "who", record.who }, { "decision", record.decision },
            { "decided_on", record.date.toString(Qt::ISODate) },
            { "organ", core::accountabilityOrganCode(record.organ) }, { "document_no", record.documentNumber } });
    appendEvent(QStringLiteral("case"), caseId, QStringLiteral("accountability"), QJsonValue(),
        CaseJson::accountability(record));
    transaction.commit();
}

} // namespace fg::gis
