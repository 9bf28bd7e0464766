// SPDX-License-Identifier: MIT
#include "app/project/case_action_dialog.h"

#include "core/cases/step_note.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("documentNumber"));
    m_document->setPlaceholderText(tr("for example %1").arg(QStringLiteral("平自然资罚〔2024〕17号")));
    m_note = new QPlainTextEdit(this);
    m_note->setMaximumHeight(90);
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setMaximumHeight(70);
    auto *attach = new QPushButton(tr("Attach files..."), this);
    connect(attach, &QPushButton::clicked, this, &CaseActionDialog::pickAttachments);
    auto *files = new QVBoxLayout;
    files->addWidget(m_attachments);
    files->addWidget(attach, 0, Qt::AlignLeft);
    m_when->setObjectName(QStringLiteral("when"));
    m_name->setObjectName(QStringLiteral("actor"));
    m_role->setObjectName(QStringLiteral("role"));
    m_note->setObjectName(QStringLiteral("note"));
    setObjectName(QStringLiteral("caseActionDialog"));
    form->addRow(tr("Date"), m_when);
    form->addRow(tr("Actor"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Document no."), m_document);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Attachments"), files);
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
    step.note = core::StepNote { m_document->text().trimmed(), m_note->toPlainText().trimmed() }.stored();
    for (const auto &[penalty, box] : m_penalties) {
        if (box->isChecked())
            step.penalties.append(penalty);
    }
    step.courtEnforced = m_court && m_court->isChecked();
    step.jointAcceptor = m_jointAcceptor ? m_jointAcceptor->text().trimmed() : QString();
    return step;
}

QStringList CaseActionDialog::attachmentPaths() const
{
    QStringList paths;
    for (int row = 0; row < m_attachments->count(); ++row)
        paths << m_attachments->item(row)->data(Qt::UserRole).toString();
    return paths;
}

void CaseActionDialog::addAttachmentPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_attachments);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

void CaseActionDialog::pickAttachments()
{
    addAttachmentPaths(QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
        tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.ofd);;All files (*)")));
}

} // namespace fg::app
