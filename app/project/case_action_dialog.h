// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_step.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace fg::app {

/// Asks for one case step: when, who (prefilled with the operator), a note, the penalties when
/// deciding, court enforcement when executing and the 农业农村局 officer who accepts a
/// reclamation with the bureau. Widgets carry object names (when, actor, role, note,
/// penalty_<code>, court, jointAcceptor) so tests can fill them.
class CaseActionDialog : public QDialog
{
    Q_OBJECT

public:
    CaseActionDialog(core::CaseAction action, const core::Actor &actor, QWidget *parent = nullptr);
    /// The step as entered (from, to and deadline are the workflow's to fill).
    core::CaseStep step() const;

private:
    core::CaseAction m_action;
    QDateTimeEdit *m_when;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QPlainTextEdit *m_note;
    QList<std::pair<core::Penalty, QCheckBox *>> m_penalties;
    QCheckBox *m_court = nullptr;
    QLineEdit *m_jointAcceptor = nullptr;
};

} // namespace fg::app
