// SPDX-License-Identifier: MIT
#include "app/project/case_action_dialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fg::app {

CaseActionDialog::CaseActionDialog(core::CaseAction action, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(core::caseActionName(action));
    auto *form = new QFormLayout(this);
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_name = new QLineEdit(actor.name, this);
    m_role = new QLineEdit(actor.role, this);
    m_note = new QPlainTextEdit(this);
    m_note->setMaximumHeight(90);
    m_when->setObjectName(QStringLiteral("when"));
    m_name->setObjectName(QStringLiteral("actor"));
    m_role->setObjectName(QStringLiteral("role"));
    m_note->setObjectName(QStringLiteral("note"));
    setObjectName(QStringLiteral("caseActionDialog"));
    form->addRow(tr("Date"), m_when);
    form->addRow(tr("Actor"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Note"), m_note);
    if (action == core::CaseAction::Decide) {
        auto *row = new QHBoxLayout;
        for (core::Penalty penalty : { core::Penalty::Demolish, core::Penalty::Confiscate, core::Penalty::Fine }) {
            auto *box = new QCheckBox(core::penaltyName(penalty), this);
            box->setObjectName(QStringLiteral("penalty_") + core::penaltyCode(penalty));
            row->addWidget(box);
            m_penalties.append({ penalty, box });
        }
        form->addRow(tr("Penalty"), row);
    }
    if (action == core::CaseAction::Execute) {
        m_court = new QCheckBox(tr("Enforced through the court"), this);
        m_court->setObjectName(QStringLiteral("court"));
        form->addRow(QString(), m_court);
    }
    if (action == core::CaseAction::AcceptReclamation) {
        m_jointAcceptor = new QLineEdit(this);
        m_jointAcceptor->setObjectName(QStringLiteral("jointAcceptor"));
        m_jointAcceptor->setPlaceholderText(tr("the officer of the Agriculture and Rural Affairs Bureau"));
        form->addRow(tr("Accepted jointly with"), m_jointAcceptor);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::CaseStep CaseActionDialog::step() const
{
    core::CaseStep step;
    step.action = m_action;
    step.when = m_when->dateTime();
    step.actor = { m_name->text().trimmed(), m_role->text().trimmed() };
    step.note = m_note->toPlainText().trimmed();
    for (const auto &[penalty, box] : m_penalties) {
        if (box->isChecked())
            step.penalties.append(penalty);
    }
    step.courtEnforced = m_court && m_court->isChecked();
    step.jointAcceptor = m_jointAcceptor ? m_jointAcceptor->text().trimmed() : QString();
    return step;
}

} // namespace fg::app
