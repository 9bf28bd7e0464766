// SPDX-License-Identifier: MIT
// CasePanel: the changes it makes — steps and records through the use cases, and the dialogs
// that ask for them.
#include "app/project/attachment_files.h"
#include "app/project/case_action_dialog.h"
#include "app/project/case_panel.h"
#include "app/project/case_record_dialog.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/usecases/case_departments.h"
#include "gis/usecases/case_flags.h"

#include <QLabel>
#include <QMessageBox>
#include <QTreeWidget>

namespace fg::app {

core::TransitionResult CasePanel::change(const std::function<core::TransitionResult(gis::ProjectStore &)> &edit)
{
    core::TransitionResult result;
    if (!m_session || m_caseId.isEmpty()) {
        result.reasons << tr("No case is selected.");
    } else {
        try {
            result = m_session->edit(edit);
        } catch (const core::ConflictError &conflict) {
            result.reasons << conflict.message();
        } catch (const core::InputError &error) {
            result.reasons << error.message();
        }
    }
    m_refusal->setText(result.accepted ? QString() : tr("Refused: %1").arg(result.message()));
    m_refusal->setVisible(!result.accepted);
    return result;
}

core::TransitionResult CasePanel::openCase(const QString &caseId, const QDateTime &when, const QString &note)
{
    core::TransitionResult result;
    if (!m_session || m_incidentId.isEmpty()) {
        result.reasons << tr("No incident is selected.");
        return result;
    }
    const QString incident = m_incidentId;
    try {
        result = m_session->edit([&](gis::ProjectStore &store) {
            gis::CaseActions::open(store, caseId, { incident }, when, note);
            core::TransitionResult opened;
            opened.accepted = true;
            return opened;
        });
    } catch (const core::InputError &error) {
        result.reasons << error.message();
    }
    m_refusal->setText(result.accepted ? QString() : tr("Refused: %1").arg(result.message()));
    m_refusal->setVisible(!result.accepted);
    return result;
}

core::TransitionResult CasePanel::apply(const core::CaseStep &step, const QStringList &attachmentPaths)
{
    const QString id = m_caseId;
    const qint64 revision = m_shownRevision;
    return change([&](gis::ProjectStore &store) {
        // Checked before the files are stored, so a refused step leaves nothing behind.
        if (const auto file = store.caseFile(id); file && !attachmentPaths.isEmpty()) {
            const core::TransitionResult check = gis::CaseActions::workflow().check(*file, step);
            if (!check.accepted)
                return check;
        }
        core::CaseStep withFiles = step;
        withFiles.attachmentIds += AttachmentFiles::store(store, attachmentPaths);
        return gis::CaseActions::advance(store, id, withFiles, revision);
    });
}

core::TransitionResult CasePanel::recordAccountability(const core::AccountabilityRecord &record)
{
    const QString id = m_caseId;
    const qint64 revision = m_shownRevision;
    return change(
        [&](gis::ProjectStore &store) { return gis::CaseActions::recordAccountability(store, id, record, revision); });
}

core::TransitionResult CasePanel::suspect(gis::Suspicion what, const QDateTime &when)
{
    const QString id = m_caseId;
    const qint64 revision = m_shownRevision;
    return change([&](gis::ProjectStore &store) { return gis::CaseActions::suspect(store, id, what, when, revision); });
}

core::TransitionResult CasePanel::declareMajor(const QDateTime &when)
{
    const QString id = m_caseId;
    const qint64 revision = m_shownRevision;
    return change([&](gis::ProjectStore &store) { return gis::CaseActions::declareMajor(store, id, when, revision); });
}

core::TransitionResult CasePanel::transfer(core::Department department, const QString &reason, const QDateTime &when)
{
    const QString id = m_caseId;
    const qint64 revision = m_shownRevision;
    return change([&](gis::ProjectStore &store) {
        return gis::CaseActions::transfer(store, id, department, reason, when, revision);
    });
}

core::TransitionResult CasePanel::recordTransfer(core::Department department, const QString &reason)
{
    return transfer(department, reason, QDateTime::currentDateTime());
}

core::TransitionResult CasePanel::reply(const QString &transferId, const QString &text, const QDateTime &when)
{
    const QString id = m_caseId;
    return change([&](gis::ProjectStore &store) { return gis::CaseActions::reply(store, id, transferId, text, when); });
}

core::TransitionResult CasePanel::setThresholdFlag(core::ThresholdFlag flag, const QString &reason)
{
    const QString id = m_caseId;
    const qint64 revision = m_shownRevision;
    return change([&](gis::ProjectStore &store) { return gis::CaseFlags::set(store, id, flag, reason, revision); });
}

void CasePanel::showResult(const QString &title, const core::TransitionResult &result)
{
    if (!result.accepted)
        QMessageBox::warning(this, title, tr("Refused:\n%1").arg(result.message()));
}

void CasePanel::askAndApply(core::CaseAction action)
{
    const auto &who = m_session->store().operatorIdentity();
    CaseActionDialog dialog(action, { who.name, who.role }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showResult(core::caseActionName(action), apply(dialog.step(), dialog.attachmentPaths()));
}

void CasePanel::askClue()
{
    const auto &who = m_session->store().operatorIdentity();
    CaseActionDialog dialog(core::CaseAction::RecordClue, { who.name, who.role }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        recordClue(dialog.step(), dialog.attachmentPaths());
    } catch (const core::InputError &error) {
        QMessageBox::warning(this, core::caseActionName(core::CaseAction::RecordClue), error.message());
    }
}

void CasePanel::askRecord(int kindValue)
{
    const auto file = m_session ? m_session->caseFile(m_caseId) : std::nullopt;
    if (!file)
        return;
    using K = CaseRecordDialog::Kind;
    const auto kind = K(kindValue);
    std::optional<core::Department> preferred;
    if (const QTreeWidgetItem *item = m_suggestions->currentItem())
        preferred = core::departmentFromCode(item->data(0, Qt::UserRole).toString());
    CaseRecordDialog::TransferChoices choices;
    if (kind == K::Transfer) {
        choices.advice = gis::CaseDepartments::advise(m_session->store(), *file);
        choices.order = gis::CaseDepartments::transferOrder(m_session->store(), *file);
    }
    CaseRecordDialog dialog(kind, *file, this, preferred, choices);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::TransitionResult result;
    switch (kind) {
    case K::Accountability:
        result = recordAccountability(dialog.accountability());
        break;
    case K::Suspicion:
        result = suspect(dialog.suspicion(), dialog.when());
        break;
    case K::DeclareMajor:
        result = declareMajor(dialog.when());
        break;
    case K::Transfer:
        result = transfer(dialog.department(), dialog.text(), dialog.when());
        break;
    case K::Reply:
        result = reply(dialog.transferId(), dialog.text(), dialog.when());
        break;
    case K::Flag:
        result = setThresholdFlag(dialog.flag(), dialog.text());
        break;
    case K::OpenCase:
        return; // 登记线索 (askClue) opens cases
    }
    showResult(dialog.windowTitle(), result);
}

} // namespace fg::app
