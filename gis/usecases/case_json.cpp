// SPDX-License-Identifier: MIT
#include "gis/usecases/case_json.h"

#include "gis/store/project_store.h"

#include "core/cases/closing_rule.h"

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
    QJsonObject object {
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
    if (!step.jointAcceptor.isEmpty())
        object.insert(QStringLiteral("joint_acceptor"), step.jointAcceptor);
    return object;
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
        { QStringLiteral("organ"), core::accountabilityOrganCode(record.organ) },
        { QStringLiteral("document_number"), record.documentNumber },
    };
}

QJsonObject CaseJson::facts(const CaseFacts &facts)
{
    QJsonObject object {
        { QStringLiteral("threshold"), core::thresholdFlagCode(facts.thresholdFlag) },
        { QStringLiteral("declared_major"), facts.declaredMajor },
        { QStringLiteral("crime_suspected_at"), nullable(dateTime(facts.crimeSuspectedAt)) },
        { QStringLiteral("misconduct_suspected_at"), nullable(dateTime(facts.misconductSuspectedAt)) },
        { QStringLiteral("declared_major_at"), nullable(dateTime(facts.declaredMajorAt)) },
    };
    if (!facts.reason.isEmpty())
        object.insert(QStringLiteral("reason"), facts.reason);
    if (!facts.figures.isEmpty())
        object.insert(QStringLiteral("figures"), facts.figures);
    return object;
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
    const CaseFacts currentFacts = CaseFacts::of(file);
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

QString CaseJson::stateCode(core::Obligation::State state)
{
    switch (state) {
    case core::Obligation::State::Pending:
        return QStringLiteral("pending");
    case core::Obligation::State::Met:
        return QStringLiteral("met");
    case core::Obligation::State::MetLate:
        return QStringLiteral("met_late");
    case core::Obligation::State::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QJsonObject CaseJson::obligation(const core::Obligation &o, const QDateTime &now)
{
    QJsonObject object { { QStringLiteral("rule"), o.rule.id }, { QStringLiteral("what"), o.description() },
        { QStringLiteral("triggered_at"), dateTime(o.triggeredAt) }, { QStringLiteral("due"), dateTime(o.due) },
        { QStringLiteral("met_at"), nullable(dateTime(o.metAt)) },
        { QStringLiteral("state"), stateCode(o.stateAt(now)) }, { QStringLiteral("ordinary_week"), o.ordinaryWeek } };
    if (o.ordinaryWeek)
        object.insert(QStringLiteral("ordinary_week_note"), core::Obligation::ordinaryWeekNote());
    return object;
}

QJsonObject CaseJson::view(const core::CaseFile &file, const core::CaseWorkflow &workflow, const QDateTime &now)
{
    QJsonObject object = caseFile(file);
    QJsonArray deadlines;
    for (const core::Obligation &o : workflow.tracker().obligations(file))
        deadlines.append(obligation(o, now));
    QJsonArray late;
    for (const core::Obligation &o : workflow.tracker().overdue(file, now))
        late.append(obligation(o, now));
    QJsonArray next;
    for (core::CaseAction action : workflow.nextActions(file))
        next.append(core::caseActionCode(action));
    object.insert(QStringLiteral("revision"), file.revision());
    object.insert(QStringLiteral("declared_major_at"), nullable(dateTime(file.declaredMajorAt())));
    object.insert(QStringLiteral("deadlines"), deadlines);
    object.insert(QStringLiteral("late"), late);
    object.insert(QStringLiteral("next_actions"), next);
    object.insert(QStringLiteral("closing_conditions"), QJsonArray::fromStringList(core::ClosingRule::unmetConditions(file)));
    return object;
}

} // namespace fg::gis
