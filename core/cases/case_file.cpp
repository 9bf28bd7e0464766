// SPDX-License-Identifier: MIT
#include "core/cases/case_file.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<ThresholdFlag>;
constexpr std::array<Entry, 4> kFlags = { {
    { ThresholdFlag::NotAssessed, "not_assessed",
        QT_TRANSLATE_NOOP("fg::core::ThresholdFlag", "Not assessed") },
    { ThresholdFlag::Below, "below", QT_TRANSLATE_NOOP("fg::core::ThresholdFlag", "Below thresholds") },
    { ThresholdFlag::Reached, "reached", QT_TRANSLATE_NOOP("fg::core::ThresholdFlag", "Threshold reached") },
    { ThresholdFlag::NotApplicable, "not_applicable",
        QT_TRANSLATE_NOOP("fg::core::ThresholdFlag", "Not an occupation: no threshold") },
} };
} // namespace

QString thresholdFlagCode(ThresholdFlag flag)
{
    return QLatin1String(detail::enumEntry(kFlags, flag).code);
}

QString thresholdFlagName(ThresholdFlag flag)
{
    return QCoreApplication::translate("fg::core::ThresholdFlag", detail::enumEntry(kFlags, flag).name);
}

ThresholdFlag thresholdFlagFromCode(const QString &code)
{
    return detail::enumFromCode(kFlags, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "threshold flag"));
}

CaseFile::CaseFile(QString id, CaseStep clue)
    : m_id(std::move(id))
{
    if (m_id.trimmed().isEmpty())
        throw InputError(QString(), tr("a case needs an id"));
    if (!clue.when.isValid())
        throw InputError(QString(), tr("the clue has no date"), m_id);
    if (clue.actor.name.trimmed().isEmpty())
        throw InputError(QString(), tr("the clue has no recording officer"), m_id);
    clue.action = CaseAction::RecordClue;
    clue.from = CaseStatus::Clue;
    clue.to = CaseStatus::Clue;
    m_steps.append(std::move(clue));
}

QDateTime CaseFile::enteredAt(CaseStatus status) const
{
    for (const CaseStep &step : m_steps) {
        if (step.to == status)
            return step.when;
    }
    return {};
}

bool CaseFile::hasPenalty(Penalty penalty) const
{
    for (const CaseStep &step : m_steps) {
        if (step.action == CaseAction::Decide && step.penalties.contains(penalty))
            return true;
    }
    return false;
}

bool CaseFile::courtEnforced() const
{
    for (const CaseStep &step : m_steps) {
        if (step.action == CaseAction::Execute && step.courtEnforced)
            return true;
    }
    return false;
}

void CaseFile::addTransfer(CaseTransfer transfer)
{
    if (transfer.id.trimmed().isEmpty())
        throw InputError(QString(), tr("a transfer needs an id"), m_id);
    for (const CaseTransfer &existing : m_transfers) {
        if (existing.id == transfer.id)
            throw InputError(QString(), tr("transfer %1 is already recorded").arg(transfer.id), m_id);
    }
    if (!transfer.sentAt.isValid())
        throw InputError(QString(), tr("transfer %1 has no date").arg(transfer.id), m_id);
    if (transfer.sentBy.name.trimmed().isEmpty())
        throw InputError(QString(), tr("transfer %1 has no sender").arg(transfer.id), m_id);
    if (transfer.replied() && transfer.repliedAt < transfer.sentAt)
        throw InputError(QString(), tr("transfer %1 is answered before it was sent").arg(transfer.id), m_id);
    m_transfers.append(std::move(transfer));
}

void CaseFile::recordReply(const QString &transferId, QString reply, QDateTime repliedAt)
{
    for (CaseTransfer &transfer : m_transfers) {
        if (transfer.id != transferId)
            continue;
        if (transfer.replied())
            throw InputError(QString(), tr("transfer %1 already has a reply").arg(transferId), m_id);
        if (!repliedAt.isValid() || repliedAt < transfer.sentAt)
            throw InputError(
                QString(), tr("the reply to transfer %1 has no date or predates it").arg(transferId), m_id);
        transfer.reply = std::move(reply);
        transfer.repliedAt = std::move(repliedAt);
        return;
    }
    throw InputError(QString(), tr("no transfer %1 in this case").arg(transferId), m_id);
}

bool CaseFile::hasTransferTo(Department department) const
{
    for (const CaseTransfer &transfer : m_transfers) {
        if (transfer.department == department)
            return true;
    }
    return false;
}

void CaseFile::addAccountability(AccountabilityRecord record)
{
    if (!record.complete())
        throw InputError(
            QString(), tr("an accountability record needs who, the decision and its date"), m_id);
    m_accountability.append(std::move(record));
}

} // namespace fg::core
