// SPDX-License-Identifier: MIT
// LogReplay: cases, their steps, transfers and accountability records, as the log tells them.
#include "gis/store/log_replay_p.h"

#include <QJsonArray>

#include <algorithm>

namespace fg::gis::log_replay {

namespace {

/// A case_events row from a step as CaseJson::step() logs it.
void setStep(DataRows::Fields &row, const QJsonObject &step)
{
    static const std::pair<const char *, const char *> kColumns[] = { { "action", "action" },
        { "from_status", "from" }, { "to_status", "to" }, { "at", "when" }, { "actor", "actor" },
        { "actor_role", "actor_role" }, { "note", "note" }, { "deadline", "deadline" },
        { "penalties", "penalties" }, { "court_enforced", "court_enforced" },
        { "attachment_ids", "attachments" }, { "joint_acceptor", "joint_acceptor" } };
    for (const auto &[column, key] : kColumns)
        row[QLatin1String(column)] = text(step.value(QLatin1String(key)));
}

} // namespace

void Replayer::touchCase(const QString &caseId, const QString &who, bool byCaseEvent)
{
    if (!byCaseEvent && !m_revisions)
        return; // before schema 5 a transfer did not touch its case
    DataRows::Fields &row = rows.row(QStringLiteral("cases"), caseId);
    row[QStringLiteral("revision")] = QString::number(row.value(QStringLiteral("revision")).toLongLong() + 1);
    row[QStringLiteral("changed_by")] = who;
}

void Replayer::caseEvent(const core::AuditEvent &event)
{
    const QJsonObject value = event.newValue.toObject();
    m_caseEventWho.insert(event.entityId, event.who);
    if (event.action == QLatin1String("open")) {
        caseOpen(event);
        return;
    }
    if (event.action == QLatin1String("facts")) {
        caseFacts(event.entityId, value);
    } else if (event.action == QLatin1String("accountability")) {
        const int n = ++m_records[event.entityId];
        DataRows::Fields &row = rows.row(QStringLiteral("accountability"), QStringLiteral("%1#%2").arg(event.entityId).arg(n));
        row[QStringLiteral("who")] = text(value.value(QStringLiteral("who")));
        row[QStringLiteral("decision")] = text(value.value(QStringLiteral("decision")));
        row[QStringLiteral("decided_on")] = text(value.value(QStringLiteral("date")));
        row[QStringLiteral("organ")] = text(value.value(QStringLiteral("organ")));
        row[QStringLiteral("document_no")] = text(value.value(QStringLiteral("document_number")));
    } else if (value.contains(QStringLiteral("action")) && value.contains(QStringLiteral("to"))) {
        caseStep(event, value);
    } else {
        return; // not a change of the case's rows
    }
    touchCase(event.entityId, event.who, true);
}

void Replayer::caseOpen(const core::AuditEvent &event)
{
    const QJsonObject file = event.newValue.toObject();
    DataRows::Fields &row = rows.row(QStringLiteral("cases"), event.entityId);
    row[QStringLiteral("party")] = text(file.value(QStringLiteral("party")));
    row[QStringLiteral("violation_type")] = text(file.value(QStringLiteral("violation_type")));
    row[QStringLiteral("status")] = text(file.value(QStringLiteral("status")));
    row[QStringLiteral("opened_seq")] = QString::number(event.seq);
    // The case's township is its first incident's (the lowest fid) when it was opened.
    std::vector<qint64> fids;
    QStringList unknown;
    for (const QJsonValue &id : file.value(QStringLiteral("incidents")).toArray()) {
        if (m_fids.contains(id.toString()))
            fids.push_back(m_fids.value(id.toString()));
        else
            unknown << QStringLiteral("?") + id.toString();
    }
    std::sort(fids.begin(), fids.end());
    fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
    QStringList links;
    for (qint64 fid : fids)
        links << QString::number(fid);
    row[QStringLiteral("incidents")] = (links + unknown).join(QLatin1Char(','));
    row[QStringLiteral("township")] = fids.empty() ? QString() : m_townships.value(fids.front());
    row[QStringLiteral("revision")] = QStringLiteral("1");
    row[QStringLiteral("changed_by")] = event.who;
    caseFacts(event.entityId, file.value(QStringLiteral("facts")).toObject());
    const QJsonArray steps = file.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i)
        setStep(rows.row(QStringLiteral("case_events"), QStringLiteral("%1#%2").arg(event.entityId).arg(i)),
            steps.at(i).toObject());
    m_steps[event.entityId] = int(steps.size());
}

void Replayer::caseStep(const core::AuditEvent &event, const QJsonObject &step)
{
    const int n = m_steps[event.entityId]++;
    setStep(rows.row(QStringLiteral("case_events"), QStringLiteral("%1#%2").arg(event.entityId).arg(n)), step);
    rows.row(QStringLiteral("cases"), event.entityId)[QStringLiteral("status")] = text(step.value(QStringLiteral("to")));
}

void Replayer::caseFacts(const QString &caseId, const QJsonObject &facts)
{
    DataRows::Fields &row = rows.row(QStringLiteral("cases"), caseId);
    row[QStringLiteral("threshold_flag")] = text(facts.value(QStringLiteral("threshold")));
    row[QStringLiteral("declared_major")] = facts.value(QStringLiteral("declared_major")).toBool() ? QStringLiteral("1")
                                                                                                   : QStringLiteral("0");
    row[QStringLiteral("crime_suspected_at")] = text(facts.value(QStringLiteral("crime_suspected_at")));
    row[QStringLiteral("misconduct_suspected_at")] = text(facts.value(QStringLiteral("misconduct_suspected_at")));
    row[QStringLiteral("declared_major_at")] = text(facts.value(QStringLiteral("declared_major_at")));
}

void Replayer::transferEvent(const core::AuditEvent &event)
{
    const QJsonObject value = event.newValue.toObject();
    const QString caseId = event.entityId.section(QLatin1Char('/'), 0, 0);
    DataRows::Fields &row = rows.row(QStringLiteral("transfers"), event.entityId);
    if (event.action == QLatin1String("send")) {
        static const std::pair<const char *, const char *> kColumns[] = { { "department", "department" },
            { "sent_at", "sent_at" }, { "sent_by", "sent_by" }, { "sent_by_role", "sent_by_role" },
            { "note", "note" }, { "attachment_ids", "attachments" }, { "reply", "reply" },
            { "replied_at", "replied_at" } };
        for (const auto &[column, key] : kColumns)
            row[QLatin1String(column)] = text(value.value(QLatin1String(key)));
    } else if (event.action == QLatin1String("reply")) {
        row[QStringLiteral("reply")] = text(value.value(QStringLiteral("reply")));
        row[QStringLiteral("replied_at")] = text(value.value(QStringLiteral("replied_at")));
    } else {
        return;
    }
    touchCase(caseId, event.who, false);
}

} // namespace fg::gis::log_replay
