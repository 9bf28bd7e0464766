// SPDX-License-Identifier: MIT
// MemoryProjectStore: cases, their steps, transfers and accountability records.
#include "memory_project_store.h"

#include "core/input_error.h"
#include "core/rules_record.h"
#include "core/store_errors.h"
#include "memory_rows.h"

#include <algorithm>

namespace fg::test {

void MemoryProjectStore::insertCase(
    MemoryState &state, const core::CaseFile &file, const QDateTime &now) const
{
    const QString &location = m_session.location();
    if (file.steps().size() != 1 || !file.transfers().isEmpty() || !file.accountability().isEmpty())
        throw core::InputError(location,
            tr("a case is opened with its clue only; later steps go through the workflow"), file.id());
    if (rows::findCase(state, file.id()))
        throw core::InputError(location, tr("the project already has a case with this id"), file.id());
    std::vector<qint64> fids;
    CaseRow row;
    row.id = file.id();
    for (const QString &incidentId : file.incidentIds()) {
        const IncidentRow *incident = rows::findIncident(state, incidentId);
        if (!incident)
            throw core::InputError(location,
                tr("the case lists incident %1, which the project does not have").arg(incidentId), file.id());
        // The township of its first incident (the lowest row id, as the case lists them when
        // read): what rights per township check on the case row.
        if (fids.empty() || incident->fid < *std::min_element(fids.begin(), fids.end()))
            row.township = incident->township;
        fids.push_back(incident->fid);
    }
    m_session.rights.requireCase(row);
    if (!file.partyId().isEmpty())
        row.partyId = rows::partyId(state, file.partyId());
    row.violationType = file.violationType();
    row.thresholdFlag = file.thresholdFlag();
    row.declaredMajor = file.declaredMajor();
    row.crimeSuspectedAt = file.crimeSuspectedAt();
    row.misconductSuspectedAt = file.misconductSuspectedAt();
    row.declaredMajorAt = file.declaredMajorAt();
    row.status = file.status();
    row.openedSeq = m_session
                        .log(state, now, QStringLiteral("case"), file.id(), QStringLiteral("open"),
                            QJsonValue(), gis::CaseJson::caseFile(file))
                        .seq;
    row.revision = 1;
    row.changedBy = m_session.who.name;
    row.changedAt = now;
    state.cases.push_back(row);
    for (qint64 fid : fids)
        if (std::none_of(state.caseIncidents.begin(), state.caseIncidents.end(),
                [&](const CaseIncidentRow &l) { return l.caseId == row.id && l.incidentFid == fid; }))
            state.caseIncidents.push_back({ row.id, fid });
    state.steps.push_back({ row.id, 0, file.steps().first() });
}

CaseRow &MemoryProjectStore::caseForEdit(
    MemoryState &state, const QString &caseId, qint64 expectedRevision) const
{
    CaseRow *row = rows::findCase(state, caseId);
    if (!row || !m_session.rights.readsCase(state, *row))
        throw core::InputError(m_session.location(), tr("no case with this id"), caseId);
    m_session.rights.requireCase(*row);
    checkRevision(
        m_session.location(), caseId, expectedRevision, row->revision, row->changedBy, row->changedAt);
    return *row;
}

void MemoryProjectStore::touch(CaseRow &row, const QDateTime &now) const
{
    row.revision += 1;
    row.changedBy = m_session.who.name;
    row.changedAt = now;
}

void MemoryProjectStore::openCase(const core::CaseFile &file)
{
    m_session.rights.requireWritable();
    m_session.project->write([&](MemoryState &state) { insertCase(state, file, MemorySession::now()); });
}

std::optional<core::CaseFile> MemoryProjectStore::caseFile(const QString &id) const
{
    return m_session.project->read([&](const MemoryState &state) -> std::optional<core::CaseFile> {
        const CaseRow *row = rows::findCase(state, id);
        if (!row || !m_session.rights.readsCase(state, *row))
            return std::nullopt;
        return rows::caseFile(state, *row, m_session.rights);
    });
}

QList<core::CaseFile> MemoryProjectStore::cases() const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<const CaseRow *> opened;
        for (const CaseRow &row : state.cases)
            if (m_session.rights.readsCase(state, row))
                opened.push_back(&row);
        std::sort(opened.begin(), opened.end(),
            [](const CaseRow *a, const CaseRow *b) { return a->openedSeq < b->openedSeq; });
        QList<core::CaseFile> result;
        for (const CaseRow *row : opened)
            result.append(rows::caseFile(state, *row, m_session.rights));
        return result;
    });
}

core::TransitionResult MemoryProjectStore::advanceCase(const QString &caseId, const core::CaseStep &step,
    const core::CaseWorkflow &workflow, qint64 expectedRevision)
{
    return m_session.project->write([&](MemoryState &state) {
        CaseRow &row = caseForEdit(state, caseId, expectedRevision);
        core::CaseFile file = rows::caseFile(state, row, m_session.rights);
        const core::CaseStatus before = file.status();
        const core::TransitionResult result = workflow.apply(file, step);
        if (!result.accepted)
            return result; // the draft is untouched: committing it changes nothing
        const QDateTime now = MemorySession::now();
        const core::CaseStep &applied = file.steps().last();
        state.steps.push_back({ caseId, int(file.steps().size()) - 1, applied });
        row.status = file.status();
        touch(row, now);
        m_session.log(state, now, QStringLiteral("case"), caseId, core::caseActionCode(applied.action),
            QJsonObject { { QStringLiteral("status"), core::caseStatusCode(before) } },
            gis::CaseJson::step(applied));
        return result;
    });
}

void MemoryProjectStore::setCaseFacts(
    const QString &caseId, const gis::CaseFacts &facts, qint64 expectedRevision)
{
    m_session.project->write([&](MemoryState &state) {
        CaseRow &row = caseForEdit(state, caseId, expectedRevision);
        const gis::CaseFacts before = gis::CaseFacts::of(rows::caseFile(state, row, m_session.rights));
        const QStringList problems = core::FlagCheck::problems(before.thresholdFlag, facts.thresholdFlag,
            facts.reason, measuredIncidents(state, caseId), storedRules(state));
        if (!problems.isEmpty())
            throw core::StepRefused(m_session.location(), problems.join(QStringLiteral("; ")), caseId);
        const QDateTime now = MemorySession::now();
        row.thresholdFlag = facts.thresholdFlag;
        row.declaredMajor = facts.declaredMajor;
        row.crimeSuspectedAt = facts.crimeSuspectedAt;
        row.misconductSuspectedAt = facts.misconductSuspectedAt;
        row.declaredMajorAt = facts.declaredMajorAt;
        touch(row, now);
        m_session.log(state, now, QStringLiteral("case"), caseId, QStringLiteral("facts"),
            gis::CaseJson::facts(before), gis::CaseJson::facts(facts));
    });
}

void MemoryProjectStore::addTransfer(
    const QString &caseId, const core::CaseTransfer &transfer, qint64 expectedRevision)
{
    m_session.project->write([&](MemoryState &state) {
        CaseRow &row = caseForEdit(state, caseId, expectedRevision);
        core::CaseFile file = rows::caseFile(state, row, m_session.rights);
        file.addTransfer(transfer); // the case's own checks: id, date, sender, no reply yet
        core::CaseTransfer stored = transfer;
        stored.reply.clear();
        stored.repliedAt = QDateTime();
        const QDateTime now = MemorySession::now();
        state.transfers.push_back({ caseId, stored });
        touch(row, now);
        m_session.log(state, now, QStringLiteral("transfer"), caseId + QLatin1Char('/') + transfer.id,
            QStringLiteral("send"), QJsonValue(), gis::CaseJson::transfer(stored));
    });
}

void MemoryProjectStore::recordTransferReply(
    const QString &caseId, const QString &transferId, const QString &reply, const QDateTime &repliedAt)
{
    m_session.project->write([&](MemoryState &state) {
        const CaseRow *row = rows::findCase(state, caseId);
        if (!row || !m_session.rights.readsCase(state, *row))
            throw core::InputError(m_session.location(), tr("no case with this id"), caseId);
        auto it = std::find_if(state.transfers.begin(), state.transfers.end(),
            [&](const TransferRow &t) { return t.caseId == caseId && t.transfer.id == transferId; });
        if (it == state.transfers.end())
            throw core::InputError(m_session.location(), tr("the case has no transfer with this id"),
                caseId + QLatin1Char('/') + transferId);
        m_session.rights.requireReply(*row, it->transfer);
        core::CaseFile file = rows::caseFile(state, *row, m_session.rights);
        file.recordReply(transferId, reply, repliedAt); // refuses a second reply and one before sending
        const QDateTime now = MemorySession::now();
        it->transfer.reply = reply;
        it->transfer.repliedAt = repliedAt;
        // A change to the case: whoever edits it from an older reading must reload.
        touch(*rows::findCase(state, caseId), now);
        m_session.log(state, now, QStringLiteral("transfer"), caseId + QLatin1Char('/') + transferId,
            QStringLiteral("reply"), QJsonObject { { QStringLiteral("reply"), QJsonValue() } },
            QJsonObject { { QStringLiteral("reply"), reply },
                { QStringLiteral("replied_at"), gis::CaseJson::dateTime(repliedAt) } });
    });
}

void MemoryProjectStore::addAccountability(
    const QString &caseId, const core::AccountabilityRecord &record, qint64 expectedRevision)
{
    m_session.project->write([&](MemoryState &state) {
        CaseRow &row = caseForEdit(state, caseId, expectedRevision);
        core::CaseFile file = rows::caseFile(state, row, m_session.rights);
        file.addAccountability(record); // who, decision and date are required
        if (record.organ == core::AccountabilityOrgan::Unstated)
            throw core::InputError(
                m_session.location(), tr("an accountability record names the organ that decided it"), caseId);
        const QDateTime now = MemorySession::now();
        const qint64 id = state.accountability.empty() ? 1 : state.accountability.back().id + 1;
        state.accountability.push_back({ id, caseId, record });
        touch(row, now);
        m_session.log(state, now, QStringLiteral("case"), caseId, QStringLiteral("accountability"),
            QJsonValue(), gis::CaseJson::accountability(record));
    });
}

QList<core::MeasuredIncident> MemoryProjectStore::measuredIncidents(const MemoryState &state, const QString &caseId) const
{
    QList<core::MeasuredIncident> result;
    for (const IncidentRow &incident : state.incidents)
        for (const CaseIncidentRow &link : state.caseIncidents)
            if (link.caseId == caseId && link.incidentFid == incident.fid) {
                const gis::IncidentMeasures &m = incident.measures;
                result.append({ incident.incidentId, m.measured, m.occupied(), core::isOccupation(incident.violationType) });
            }
    return result;
}

core::Rules MemoryProjectStore::storedRules(const MemoryState &state) const
{
    const auto it = state.settings.find(QStringLiteral("rules"));
    return core::RulesRecord::fromSetting(it == state.settings.end() ? QString() : it->second,
        m_session.location() + QStringLiteral(": project setting 'rules'"))
        .rules();
}

} // namespace fg::test
