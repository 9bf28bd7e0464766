// SPDX-License-Identifier: MIT
#include "gis/usecases/case_actions.h"

#include "core/cases/case_status.h"
#include "core/cases/department_advisor.h"
#include "core/store_errors.h"
#include "gis/store/project_store.h"
#include "gis/usecases/case_flags.h"

#include <algorithm>

namespace fg::gis {

namespace {

core::CaseFile requireCase(const ProjectStore &store, const QString &caseId, qint64 revision)
{
    const auto file = store.caseFile(caseId);
    if (!file)
        throw core::InputError(store.info().location,
            QCoreApplication::translate("fg::gis::CaseActions", "no case with this id"), caseId);
    if (revision != kAnyRevision && file->revision() != revision)
        throw core::ConflictError(store.info().location, caseId, file->changedBy(), file->changedAt());
    return *file;
}

core::TransitionResult refused(const QString &reason)
{
    core::TransitionResult result;
    result.reasons.append(reason);
    return result;
}

core::TransitionResult accepted()
{
    core::TransitionResult result;
    result.accepted = true;
    return result;
}

QString stamp(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// Stores new facts; a StepRefused from the store (its own guard) becomes a refusal.
core::TransitionResult storeFacts(ProjectStore &store, const QString &caseId, const CaseFacts &facts, qint64 revision)
{
    try {
        store.setCaseFacts(caseId, facts, revision);
    } catch (const core::StepRefused &refusal) {
        return refused(refusal.problem());
    }
    return accepted();
}

} // namespace

const core::CaseWorkflow &CaseActions::workflow()
{
    static const core::CaseWorkflow instance;
    return instance;
}

core::CaseFile CaseActions::open(ProjectStore &store, const QString &caseId, const QStringList &incidentIds,
    const QDateTime &when, const QString &note)
{
    core::CaseStep clue;
    clue.when = when;
    clue.actor = { store.operatorIdentity().name, store.operatorIdentity().role };
    clue.note = note;
    core::CaseFile file(caseId, clue);
    file.setIncidentIds(incidentIds);
    for (const IncidentRecord &incident : store.incidents()) {
        if (!incidentIds.isEmpty() && incident.id == incidentIds.first()) {
            file.setPartyId(incident.party);
            file.setViolationType(incident.violationType);
        }
    }
    store.openCase(file);
    CaseFlags::rejudge(store, { caseId }, tr("case opened"));
    return requireCase(store, caseId, kAnyRevision);
}

core::TransitionResult CaseActions::advance(
    ProjectStore &store, const QString &caseId, const core::CaseStep &step, qint64 revision)
{
    core::CaseFile file = requireCase(store, caseId, revision);
    if (step.action == core::CaseAction::Close) {
        const RejudgeResult rejudged = CaseFlags::rejudge(store, { caseId }, tr("judged again before closing"));
        if (!rejudged.changed.empty())
            file = requireCase(store, caseId, kAnyRevision);
    }
    return store.advanceCase(caseId, step, workflow(), file.revision());
}

core::TransitionResult CaseActions::recordAccountability(
    ProjectStore &store, const QString &caseId, const core::AccountabilityRecord &record, qint64 revision)
{
    requireCase(store, caseId, revision);
    QStringList missing;
    if (record.organ == core::AccountabilityOrgan::Unstated)
        missing << tr("the organ that decided");
    if (record.who.trimmed().isEmpty())
        missing << tr("the persons held to account");
    if (record.decision.trimmed().isEmpty())
        missing << tr("the decision");
    if (!record.date.isValid())
        missing << tr("the date of the decision");
    if (!missing.isEmpty())
        return refused(tr("an accountability record needs %1").arg(missing.join(tr(", "))));
    store.addAccountability(caseId, record, revision);
    return accepted();
}

core::TransitionResult CaseActions::suspect(
    ProjectStore &store, const QString &caseId, Suspicion what, const QDateTime &when, qint64 revision)
{
    const core::CaseFile file = requireCase(store, caseId, revision);
    if (!when.isValid())
        return refused(tr("the suspicion has no date"));
    if (when.date() < file.steps().first().when.date())
        return refused(tr("the suspicion is dated before the clue (%1)").arg(stamp(file.steps().first().when)));
    CaseFacts facts = CaseFacts::of(file);
    QDateTime &slot = what == Suspicion::Crime ? facts.crimeSuspectedAt : facts.misconductSuspectedAt;
    if (slot.isValid())
        return refused(what == Suspicion::Crime ? tr("a crime is suspected already since %1").arg(stamp(slot))
                                                : tr("officials' misconduct is suspected already since %1").arg(stamp(slot)));
    slot = when;
    return storeFacts(store, caseId, facts, revision);
}

core::TransitionResult CaseActions::declareMajor(
    ProjectStore &store, const QString &caseId, const QDateTime &when, qint64 revision)
{
    const core::CaseFile file = requireCase(store, caseId, revision);
    if (!when.isValid())
        return refused(tr("the declaration has no date"));
    if (file.declaredMajor())
        return refused(file.declaredMajorAt().isValid()
                ? tr("the case was declared major already on %1").arg(stamp(file.declaredMajorAt()))
                : tr("the case was declared major already"));
    CaseFacts facts = CaseFacts::of(file);
    facts.declaredMajor = true;
    facts.declaredMajorAt = when;
    return storeFacts(store, caseId, facts, revision);
}

core::TransitionResult CaseActions::transfer(ProjectStore &store, const QString &caseId, core::Department to,
    const QString &reason, const QDateTime &when, qint64 revision, QString *transferId)
{
    const core::CaseFile file = requireCase(store, caseId, revision);
    if (core::isTerminal(file.status()))
        return refused(tr("the case is %1: a closed or dismissed case is not transferred")
                           .arg(core::caseStatusName(file.status())));
    if (reason.trimmed().isEmpty())
        return refused(tr("a transfer states its reason"));
    if (!when.isValid())
        return refused(tr("the transfer has no date"));
    core::CaseTransfer transfer;
    int n = int(file.transfers().size()) + 1;
    const auto taken = [&file](const QString &id) {
        return std::any_of(file.transfers().begin(), file.transfers().end(),
            [&id](const core::CaseTransfer &t) { return t.id == id; });
    };
    while (taken(QStringLiteral("T%1").arg(n)))
        ++n;
    transfer.id = QStringLiteral("T%1").arg(n);
    transfer.department = to;
    transfer.sentAt = when;
    transfer.sentBy = { store.operatorIdentity().name, store.operatorIdentity().role };
    transfer.note = reason.trimmed();
    store.addTransfer(caseId, transfer, revision);
    if (transferId)
        *transferId = transfer.id;
    return accepted();
}

core::TransitionResult CaseActions::reply(ProjectStore &store, const QString &caseId, const QString &transferId,
    const QString &text, const QDateTime &when)
{
    const core::CaseFile file = requireCase(store, caseId, kAnyRevision);
    if (text.trimmed().isEmpty())
        return refused(tr("the reply has no text"));
    for (const core::CaseTransfer &t : file.transfers()) {
        if (t.id != transferId)
            continue;
        if (t.replied())
            return refused(tr("transfer %1 was answered already on %2").arg(transferId, stamp(t.repliedAt)));
        if (!when.isValid() || when < t.sentAt)
            return refused(tr("the reply must be dated on or after the transfer (%1)").arg(stamp(t.sentAt)));
        store.recordTransferReply(caseId, transferId, text.trimmed(), when);
        return accepted();
    }
    return refused(tr("the case has no transfer %1").arg(transferId));
}

std::optional<core::Department> CaseActions::departmentFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (core::Department d : core::allDepartments())
        if (t == core::departmentCode(d) || t == core::departmentName(d))
            return d;
    return std::nullopt;
}

} // namespace fg::gis
