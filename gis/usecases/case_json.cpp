// SPDX-License-Identifier: MIT
#include "gis/usecases/case_json.h"

#include "gis/store/project_store.h"

#include <QJsonArray>

namespace fg::gis {

namespace {
QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QString CaseJson::dateTime(const QDateTime &when)
{
    return when.isValid() ? when.toString(Qt::ISODateWithMs) : QString();
}

QDateTime CaseJson::parseDateTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject CaseJson::step(const core::CaseStep &step)
{
    QJsonArray penalties;
    for (core::Penalty penalty : step.penalties)
        penalties.append(core::penaltyCode(penalty));
    return QJsonObject {
        { QStringLiteral("action"), core::caseActionCode(step.action) },
        { QStringLiteral("from"), core::caseStatusCode(step.from) },
        { QStringLiteral("to"), core::caseStatusCode(step.to) },
        { QStringLiteral("when"), dateTime(step.when) },
        { QStringLiteral("actor"), step.actor.name },
        { QStringLiteral("actor_role"), step.actor.role },
        { QStringLiteral("note"), step.note },
        { QStringLiteral("deadline"), nullable(dateTime(step.deadline)) },
        { QStringLiteral("penalties"), penalties },
        { QStringLiteral("court_enforced"), step.courtEnforced },
        { QStringLiteral("attachments"), QJsonArray::fromStringList(step.attachmentIds) },
    };
}

QJsonObject CaseJson::transfer(const core::CaseTransfer &transfer)
{
    return QJsonObject {
        { QStringLiteral("id"), transfer.id },
        { QStringLiteral("department"), core::departmentCode(transfer.department) },
        { QStringLiteral("sent_at"), dateTime(transfer.sentAt) },
        { QStringLiteral("sent_by"), transfer.sentBy.name },
        { QStringLiteral("sent_by_role"), transfer.sentBy.role },
        { QStringLiteral("note"), transfer.note },
        { QStringLiteral("attachments"), QJsonArray::fromStringList(transfer.attachmentIds) },
        { QStringLiteral("reply"), transfer.replied() ? QJsonValue(transfer.reply) : QJsonValue() },
        { QStringLiteral("replied_at"), nullable(dateTime(transfer.repliedAt)) },
    };
}

QJsonObject CaseJson::accountability(const core::AccountabilityRecord &record)
{
    return QJsonObject {
        { QStringLiteral("who"), record.who },
        { QStringLiteral("decision"), record.decision },
        { QStringLiteral("date"), record.date.toString(Qt::ISODate) },
    };
}

QJsonObject CaseJson::facts(const CaseFacts &facts)
{
    return QJsonObject {
        { QStringLiteral("threshold"), core::thresholdFlagCode(facts.thresholdFlag) },
        { QStringLiteral("declared_major"), facts.declaredMajor },
        { QStringLiteral("crime_suspected_at"), nullable(dateTime(facts.crimeSuspectedAt)) },
        { QStringLiteral("misconduct_suspected_at"), nullable(dateTime(facts.misconductSuspectedAt)) },
    };
}

QJsonObject CaseJson::caseFile(const core::CaseFile &file)
{
    QJsonArray steps;
    for (const core::CaseStep &s : file.steps())
        steps.append(step(s));
    QJsonArray transfers;
    for (const core::CaseTransfer &t : file.transfers())
        transfers.append(transfer(t));
    QJsonArray records;
    for (const core::AccountabilityRecord &r : file.accountability())
        records.append(accountability(r));
    const CaseFacts currentFacts { file.thresholdFlag(), file.declaredMajor(), file.crimeSuspectedAt(),
        file.misconductSuspectedAt() };
    return QJsonObject {
        { QStringLiteral("id"), file.id() },
        { QStringLiteral("status"), core::caseStatusCode(file.status()) },
        { QStringLiteral("party"), file.partyId() },
        { QStringLiteral("incidents"), QJsonArray::fromStringList(file.incidentIds()) },
        { QStringLiteral("violation_type"), core::violationTypeCode(file.violationType()) },
        { QStringLiteral("major"), file.isMajor() },
        { QStringLiteral("facts"), facts(currentFacts) },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("transfers"), transfers },
        { QStringLiteral("accountability"), records },
    };
}

QJsonValue CaseJson::logHead(const std::optional<core::ChainAnchor> &head)
{
    if (!head)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("seq"), head->seq }, { QStringLiteral("hash"), head->hash } };
}

} // namespace fg::gis
