// SPDX-License-Identifier: MIT
#include "app/project/case_panel.h"

#include "app/project/attachment_files.h"
#include "app/project/case_action_dialog.h"
#include "app/project/case_timeline.h"
#include "app/project/clue_recorder.h"
#include "app/project/project_session.h"
#include "core/cases/deadline_countdown.h"
#include "core/cases/department_advisor.h"
#include "core/input_error.h"
#include "core/store_errors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fg::app {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

} // namespace

CasePanel::CasePanel(QWidget *parent)
    : QDockWidget(tr("Case"), parent)
{
    setObjectName(QStringLiteral("CasePanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    m_header = new QLabel(tr("Select an incident in the case list."), body);
    m_header->setWordWrap(true);
    m_timeline = makeTree(CaseTimeline::headers(), body);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setMinimumHeight(120); // room for a few steps and the red overdue line
    m_transfers = makeTree({ tr("Department"), tr("Sent"), tr("By"), tr("Note"), tr("Reply") }, body);
    m_transfers->setObjectName(QStringLiteral("caseTransfers"));
    m_transfers->setMaximumHeight(90);
    m_actionBox = new QWidget(body);
    m_actionLayout = new QHBoxLayout(m_actionBox);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_refusal = new QLabel(body);
    m_refusal->setObjectName(QStringLiteral("caseRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_refusal->hide();
    m_suggestions = makeTree({ tr("Suggested department"), tr("Lead or involved"), tr("Reason") }, body);
    m_suggestions->setObjectName(QStringLiteral("caseSuggestions"));
    m_suggestions->setMaximumHeight(120);
    m_transferButton = new QPushButton(tr("Record transfer to the selected department..."), body);
    m_transferButton->setObjectName(QStringLiteral("recordTransfer"));
    connect(m_transferButton, &QPushButton::clicked, this, &CasePanel::askTransfer);
    layout->addWidget(m_header);
    layout->addWidget(new QLabel(tr("Timeline"), body));
    layout->addWidget(m_timeline, 2);
    layout->addWidget(new QLabel(tr("Next actions"), body));
    layout->addWidget(m_actionBox);
    layout->addWidget(m_refusal);
    layout->addWidget(new QLabel(tr("Transfers"), body));
    layout->addWidget(m_transfers, 1);
    layout->addWidget(m_suggestions, 1);
    layout->addWidget(m_transferButton);
    setWidget(body);
    refresh();
}

void CasePanel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_incidentId.clear();
    if (m_session)
        connect(m_session, &ProjectSession::changed, this, &CasePanel::refresh);
    refresh();
}

void CasePanel::showIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    m_refusal->hide();
    m_refusal->clear();
    refresh();
}

void CasePanel::refresh()
{
    m_timeline->clear();
    m_transfers->clear();
    m_suggestions->clear();
    m_offered.clear();
    m_caseId.clear();
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto file = m_session && !m_incidentId.isEmpty() ? m_session->caseForIncident(m_incidentId) : std::nullopt;
    m_transferButton->setEnabled(file && !core::isTerminal(file->status()));
    m_transferButton->setVisible(m_transferButton->isEnabled());
    m_suggestions->setVisible(m_transferButton->isEnabled());
    if (!file) {
        m_header->setText(m_incidentId.isEmpty() ? tr("Select an incident in the case list.")
                                                 : tr("Incident %1 has no case yet.").arg(m_incidentId));
        if (m_session && !m_incidentId.isEmpty())
            offerClue();
        return;
    }
    m_caseId = file->id();
    m_shownRevision = file->revision();
    m_header->setText(tr("<b>Case %1</b> — %2<br>Party: %3 · %4 · threshold: %5")
                          .arg(file->id(), core::caseStatusName(file->status()), file->partyId().toHtmlEscaped(),
                              core::violationTypeName(file->violationType()),
                              file->thresholdFlag() == core::ThresholdFlag::Reached ? tr("reached")
                                  : file->thresholdFlag() == core::ThresholdFlag::Below ? tr("below")
                                                                                          : tr("not assessed"))
                      + nextDeadlineText(*file));
    CaseTimeline::fill(m_timeline, *file, m_session->workflow().tracker(), QDateTime::currentDateTime());
    fillTransfers(*file);
    fillActions(*file);
    fillSuggestions(*file);
}

QString CasePanel::nextDeadlineText(const core::CaseFile &file) const
{
    const auto next = core::firstOpenObligation(m_session->workflow().tracker().obligations(file));
    if (!next)
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    const QString line = tr("Next deadline: %1 by %2").arg(next->description(), CaseTimeline::dueText(next->due, {}, now));
    const bool late = next->stateAt(now) == core::Obligation::State::Overdue;
    return QStringLiteral("<br>") + (late ? QStringLiteral("<span style=\"color:#c00000\"><b>%1</b></span>").arg(line) : line);
}

void CasePanel::fillTransfers(const core::CaseFile &file)
{
    for (const core::CaseTransfer &transfer : file.transfers()) {
        new QTreeWidgetItem(m_transfers,
            { core::departmentName(transfer.department), when(transfer.sentAt), transfer.sentBy.name, transfer.note,
                transfer.replied() ? tr("%1 (%2)").arg(transfer.reply, when(transfer.repliedAt)) : tr("no reply yet") });
    }
}

void CasePanel::fillActions(const core::CaseFile &file)
{
    m_offered = m_session->workflow().nextActions(file);
    const auto &who = m_session->store().operatorIdentity();
    for (core::CaseAction action : m_offered) {
        auto *button = new QPushButton(core::caseActionName(action), m_actionBox);
        button->setObjectName(QStringLiteral("action_") + core::caseActionCode(action));
        connect(button, &QPushButton::clicked, this, [this, action] { askAndApply(action); });
        // The table lists 结案 even when its conditions are not met yet: shown, greyed, with why.
        if (action == core::CaseAction::Close) {
            core::CaseStep probe;
            probe.action = action;
            probe.when = QDateTime::currentDateTime();
            probe.actor = { who.name, who.role };
            const core::TransitionResult check = m_session->workflow().check(file, probe);
            button->setEnabled(check.accepted);
            button->setToolTip(check.message());
        }
        m_actionLayout->addWidget(button);
    }
    if (m_offered.isEmpty())
        m_actionLayout->addWidget(new QLabel(tr("No further action: the case is %1.").arg(core::caseStatusName(file.status())), m_actionBox));
    m_actionLayout->addStretch();
}

void CasePanel::offerClue()
{
    auto *button = new QPushButton(core::caseActionName(core::CaseAction::RecordClue), m_actionBox);
    button->setObjectName(QStringLiteral("action_") + core::caseActionCode(core::CaseAction::RecordClue));
    connect(button, &QPushButton::clicked, this, &CasePanel::askClue);
    m_actionLayout->addWidget(button);
    m_actionLayout->addStretch();
    m_offered = { core::CaseAction::RecordClue };
}

void CasePanel::fillSuggestions(const core::CaseFile &file)
{
    for (const core::DepartmentSuggestion &s : core::DepartmentAdvisor::forCase(file)) {
        auto *item = new QTreeWidgetItem(m_suggestions,
            { core::departmentName(s.department), s.role == core::DepartmentRole::Lead ? tr("lead") : tr("involved"), s.reason });
        item->setData(0, Qt::UserRole, core::departmentCode(s.department));
        if (file.hasTransferTo(s.department))
            item->setText(0, tr("%1 (transferred)").arg(core::departmentName(s.department)));
    }
}

core::TransitionResult CasePanel::apply(const core::CaseStep &step, const QStringList &attachmentPaths)
{
    core::TransitionResult result;
    const auto file = m_session && !m_caseId.isEmpty() ? m_session->caseFile(m_caseId) : std::nullopt;
    if (!file) {
        result.reasons << tr("No case is selected.");
        return result;
    }
    try {
        // Checked before the files are stored, so a refused step leaves nothing behind.
        result = m_session->workflow().check(*file, step);
        if (result.accepted) {
            core::CaseStep withFiles = step;
            withFiles.attachmentIds += AttachmentFiles::store(m_session->store(), attachmentPaths);
            result = m_session->advance(m_caseId, withFiles, m_shownRevision);
        }
    } catch (const core::ConflictError &conflict) {
        result.accepted = false;
        result.reasons << conflict.message();
    } catch (const core::InputError &error) {
        result.accepted = false;
        result.reasons << error.message();
    }
    m_refusal->setText(result.accepted ? QString() : tr("Refused: %1").arg(result.message()));
    m_refusal->setVisible(!result.accepted);
    return result;
}

QString CasePanel::recordClue(const core::CaseStep &clue, const QStringList &attachmentPaths)
{
    if (!m_session || m_incidentId.isEmpty() || !m_caseId.isEmpty())
        return {};
    const QString id = ClueRecorder::record(*m_session, m_incidentId, clue, attachmentPaths);
    emit caseOpened(id);
    return id;
}

QString CasePanel::refusalText() const
{
    return m_refusal->text();
}

void CasePanel::recordTransfer(core::Department department, const QString &note)
{
    const auto file = m_session ? m_session->caseFile(m_caseId) : std::nullopt;
    if (!file || core::isTerminal(file->status()))
        return;
    core::CaseTransfer transfer;
    transfer.id = QStringLiteral("T%1").arg(file->transfers().size() + 1);
    transfer.department = department;
    transfer.sentAt = QDateTime::currentDateTime();
    const auto &who = m_session->store().operatorIdentity();
    transfer.sentBy = { who.name, who.role };
    transfer.note = note;
    m_session->addTransfer(m_caseId, transfer, m_shownRevision);
}

void CasePanel::askAndApply(core::CaseAction action)
{
    const auto &who = m_session->store().operatorIdentity();
    CaseActionDialog dialog(action, { who.name, who.role }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::TransitionResult result = apply(dialog.step(), dialog.attachmentPaths());
    if (!result.accepted)
        QMessageBox::warning(this, core::caseActionName(action), tr("The step was refused:\n%1").arg(result.message()));
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

void CasePanel::askTransfer()
{
    QTreeWidgetItem *item = m_suggestions->currentItem();
    if (!item && m_suggestions->topLevelItemCount() > 0)
        item = m_suggestions->topLevelItem(0);
    if (!item)
        return;
    const core::Department department = core::departmentFromCode(item->data(0, Qt::UserRole).toString());
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Record transfer"),
        tr("Transfer case %1 to %2. Note:").arg(m_caseId, core::departmentName(department)), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        recordTransfer(department, note);
    } catch (const core::InputError &error) {
        QMessageBox::warning(this, tr("Record transfer"), error.message());
    }
}

} // namespace fg::app
