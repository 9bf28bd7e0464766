// SPDX-License-Identifier: MIT
#include "gis/store/sql/sql_case_rows_p.h"

#include "core/cases/case_workflow.h"
#include "core/input_error.h"
#include "gis/usecases/case_json.h"
#include "gis/store/sql/sql_connection_p.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace fg::gis::sql_case_rows {

namespace {

/// The first column of a detail row after the case id, which every detail query reads first.
constexpr int kDetail = 1;

core::CaseStep stepRow(const SqlRows &row)
{
    const int c = kDetail;
    core::CaseStep step;
    step.action = core::caseActionFromCode(row.text(c));
    step.from = core::caseStatusFromCode(row.text(c + 1));
    step.to = core::caseStatusFromCode(row.text(c + 2));
    step.when = CaseJson::parseDateTime(row.text(c + 3));
    step.actor = { row.text(c + 4), row.text(c + 5) };
    step.note = row.text(c + 6);
    step.deadline = CaseJson::parseDateTime(row.text(c + 7));
    for (const QString &code : row.text(c + 8).split(QLatin1Char(','), Qt::SkipEmptyParts))
        step.penalties.append(core::penaltyFromCode(code));
    step.courtEnforced = row.integer(c + 9) != 0;
    step.attachmentIds = row.text(c + 10).split(QLatin1Char(','), Qt::SkipEmptyParts);
    step.jointAcceptor = row.text(c + 11);
    return step;
}

/// A column of schema 7, or an empty text in its place on an older project.
QString since7(bool caseRecords, const char *column)
{
    return caseRecords ? QString::fromLatin1(column) : QStringLiteral("''");
}

/// A transfer as stored, with its reply (recorded after the transfer is added).
struct TransferRow
{
    core::CaseTransfer transfer;
    QString reply;
    QDateTime repliedAt;
};

/// One case's row of cases, in readHeaders()'s column order (with its party's name).
struct Header
{
    QString id;
    QString party;
    QString violationType;
    QString thresholdFlag;
    bool declaredMajor = false;
    QString crimeSuspectedAt;
    QString misconductSuspectedAt;
    qint64 revision = 0;
    QString changedBy;
    QString changedAt;
    QString declaredMajorAt;
};

/// One case's rows of case_events, case_incidents, transfers and accountability, each in its
/// stored order.
struct Details
{
    QList<core::CaseStep> steps;
    QStringList incidentIds;
    QList<TransferRow> transfers;
    QList<core::AccountabilityRecord> records;
};

/// Which cases a read covers: one (its id bound to ?1) or all.
struct Scope
{
    std::optional<QString> id;

    QString where(const char *column) const
    {
        return id ? QStringLiteral("WHERE %1 = ?1").arg(QLatin1String(column)) : QString();
    }
    SqlParams params() const { return id ? SqlParams { *id } : SqlParams {}; }
};

std::vector<Header> readHeaders(const SqlConnection &db, const Scope &scope, bool caseRecords)
{
    auto rows = db.query(
        QStringLiteral("SELECT c.id, p.name, c.violation_type, c.threshold_flag, c.declared_major, c.crime_suspected_at, "
                       "c.misconduct_suspected_at, c.revision, c.changed_by, c.changed_at, %1 FROM cases c "
                       "LEFT JOIN parties p ON p.id = c.party_id %2 ORDER BY c.opened_seq, c.id")
            .arg(caseRecords ? QStringLiteral("c.declared_major_at") : QStringLiteral("NULL"), scope.where("c.id")),
        scope.params());
    // Read through before the next query: a backend may stream one result at a time.
    std::vector<Header> headers;
    while (rows->next()) {
        headers.push_back({ rows->text(0), rows->text(1), rows->text(2), rows->text(3), rows->integer(4) != 0,
            rows->text(5), rows->text(6), rows->integer(7), rows->text(8), rows->text(9), rows->text(10) });
    }
    return headers;
}

QHash<QString, Details> readDetails(const SqlConnection &db, const Scope &scope, const QString &rowOrder, bool caseRecords)
{
    QHash<QString, Details> details;
    for (auto rows = db.query(
             QStringLiteral("SELECT case_id, action, from_status, to_status, at, actor, actor_role, note, deadline, "
                            "penalties, court_enforced, attachment_ids, %1 FROM case_events %2 ORDER BY case_id, step_no")
                 .arg(since7(caseRecords, "joint_acceptor"), scope.where("case_id")),
             scope.params());
         rows->next();)
        details[rows->text(0)].steps.append(stepRow(*rows));
    for (auto rows = db.query(QStringLiteral("SELECT ci.case_id, i.incident_id FROM case_incidents ci JOIN incidents i "
                                             "ON i.fid = ci.incident_fid %1 ORDER BY ci.case_id, i.fid")
                                  .arg(scope.where("ci.case_id")),
             scope.params());
         rows->next();)
        details[rows->text(0)].incidentIds.append(rows->text(1));
    for (auto rows = db.query(QStringLiteral("SELECT case_id, id, department, sent_at, sent_by, sent_by_role, note, "
                                             "attachment_ids, reply, replied_at FROM transfers %1 ORDER BY case_id, %2")
                                  .arg(scope.where("case_id"), rowOrder),
             scope.params());
         rows->next();) {
        TransferRow row;
        row.transfer.id = rows->text(1);
        row.transfer.department = core::departmentFromCode(rows->text(2));
        row.transfer.sentAt = CaseJson::parseDateTime(rows->text(3));
        row.transfer.sentBy = { rows->text(4), rows->text(5) };
        row.transfer.note = rows->text(6);
        row.transfer.attachmentIds = rows->text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        row.reply = rows->text(8);
        row.repliedAt = CaseJson::parseDateTime(rows->text(9));
        details[rows->text(0)].transfers.append(std::move(row));
    }
    for (auto rows = db.query(
             QStringLiteral("SELECT case_id, who, decision, decided_on, %1, %2 FROM accountability %3 ORDER BY case_id, id")
                 .arg(since7(caseRecords, "organ"), since7(caseRecords, "document_no"), scope.where("case_id")),
             scope.params());
         rows->next();)
        details[rows->text(0)].records.append({ rows->text(1), rows->text(2),
            QDate::fromString(rows->text(3), Qt::ISODate), core::accountabilityOrganFromCode(rows->text(4)),
            rows->text(5) });
    return details;
}

core::CaseFile build(const SqlConnection &db, const Header &header, const Details &details)
{
    const QList<core::CaseStep> &track = details.steps;
    if (track.isEmpty() || track.first().action != core::CaseAction::RecordClue)
        throw core::InputError(db.location(),
            QCoreApplication::translate("fg::gis::CaseRows", "the case has no clue step"), header.id);
    core::CaseFile file(header.id, track.first());
    const core::CaseWorkflow workflow;
    for (qsizetype i = 1; i < track.size(); ++i)
        workflow.restore(file, track.at(i));
    file.setPartyId(header.party);
    file.setViolationType(core::violationTypeFromCode(header.violationType));
    file.setThresholdFlag(core::thresholdFlagFromCode(header.thresholdFlag));
    file.setDeclaredMajor(header.declaredMajor);
    file.setCrimeSuspectedAt(CaseJson::parseDateTime(header.crimeSuspectedAt));
    file.setMisconductSuspectedAt(CaseJson::parseDateTime(header.misconductSuspectedAt));
    file.setDeclaredMajorAt(CaseJson::parseDateTime(header.declaredMajorAt));
    file.setRevision(header.revision);
    file.setChanged(header.changedBy, sql_rows::storedTime(header.changedAt));
    file.setIncidentIds(details.incidentIds);
    for (const TransferRow &row : details.transfers) {
        file.addTransfer(row.transfer);
        if (row.repliedAt.isValid())
            file.recordReply(row.transfer.id, row.reply, row.repliedAt);
    }
    for (const core::AccountabilityRecord &record : details.records)
        file.addAccountability(record);
    return file;
}

} // namespace

std::optional<core::CaseFile> load(const SqlConnection &db, const QString &id, const QString &rowOrder, bool caseRecords)
{
    const Scope one { id };
    const std::vector<Header> headers = readHeaders(db, one, caseRecords);
    if (headers.empty())
        return std::nullopt;
    return build(db, headers.front(), readDetails(db, one, rowOrder, caseRecords).value(id));
}

QList<core::CaseFile> loadAll(const SqlConnection &db, const QString &rowOrder, bool caseRecords)
{
    const Scope all;
    const std::vector<Header> headers = readHeaders(db, all, caseRecords);
    const QHash<QString, Details> details = readDetails(db, all, rowOrder, caseRecords);
    QList<core::CaseFile> files;
    files.reserve(qsizetype(headers.size()));
    for (const Header &header : headers)
        files.append(build(db, header, details.value(header.id)));
    return files;
}

} // namespace fg::gis::sql_case_rows
