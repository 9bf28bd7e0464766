// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_step.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fg::app {

/// Asks for one case step: when, who (prefilled with the operator), the document number
/// (文书编号), a note, files to attach (photos, scanned documents), the penalties when deciding,
/// court enforcement when executing and the 农业农村局 officer who accepts a reclamation with
/// the bureau. Widgets carry object names (when, actor, role, note, penalty_<code>, court,
/// jointAcceptor, attachments) so tests can fill them.
class CaseActionDialog : public QDialog
{
    Q_OBJECT

public:
    CaseActionDialog(core::CaseAction action, const core::Actor &actor, QWidget *parent = nullptr);
    /// The step as entered, the document number inside its note (core::StepNote); from, to,
    /// deadline and attachment ids are for the workflow and the store to fill.
    core::CaseStep step() const;
    /// The files to attach, as picked.
    QStringList attachmentPaths() const;
    void addAttachmentPaths(const QStringList &paths);
    QLineEdit *documentNumber() const { return m_document; }
    QPlainTextEdit *note() const { return m_note; }

private:
    void pickAttachments();

    core::CaseAction m_action;
    QDateTimeEdit *m_when;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_document;
    QPlainTextEdit *m_note;
    QListWidget *m_attachments;
    QList<std::pair<core::Penalty, QCheckBox *>> m_penalties;
    QCheckBox *m_court = nullptr;
    QLineEdit *m_jointAcceptor = nullptr;
};

} // namespace fg::app
