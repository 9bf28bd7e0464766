// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_workflow.h"
#include "core/cases/department.h"

#include <QDockWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QTreeWidget;

namespace fg::app {

class ProjectSession;

/// The selected case: its timeline (CaseTimeline: steps, open deadlines counting down, late ones
/// in red), its transfers, the next actions CaseWorkflow allows as buttons (结案 greyed with the
/// reasons while ClosingRule refuses it), and, while the case is open, the departments
/// DepartmentAdvisor suggests with a button to record a transfer. An incident without a case
/// offers 登记线索. Every edit commits through the session's store; a refusal shows the
/// workflow's reasons.
class CasePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit CasePanel(QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    /// Shows the case of an incident (or says it has none).
    void showIncident(const QString &incidentId);
    QString caseId() const { return m_caseId; }

    /// The actions offered as buttons now (in order).
    QList<core::CaseAction> offeredActions() const { return m_offered; }
    /// Applies a step to the shown case through the store, with @p attachmentPaths stored in the
    /// project (ProjectStore::addAttachment) once the workflow accepts it; shows the reasons when
    /// refused.
    core::TransitionResult apply(const core::CaseStep &step, const QStringList &attachmentPaths = {});
    /// Opens the case of the shown incident when it has none (登记线索); returns the case id
    /// (empty when a case is shown or nothing is). Throws core::InputError when refused.
    QString recordClue(const core::CaseStep &clue, const QStringList &attachmentPaths = {});
    /// Records a transfer of the shown case to @p department, sent now by the operator; nothing
    /// for a closed or dismissed case.
    void recordTransfer(core::Department department, const QString &note);
    /// The workflow's reasons for the last refusal (empty after an accepted step).
    QString refusalText() const;

    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *transfers() const { return m_transfers; }
    QTreeWidget *suggestions() const { return m_suggestions; }

signals:
    /// recordClue() opened a case.
    void caseOpened(const QString &caseId);

private:
    void refresh();
    /// "Next deadline: … (N days left)" for the header, empty when none is open.
    QString nextDeadlineText(const core::CaseFile &file) const;
    /// An incident without a case: the one action is recording its clue.
    void offerClue();
    void askClue();
    void fillTransfers(const core::CaseFile &file);
    void fillActions(const core::CaseFile &file);
    void fillSuggestions(const core::CaseFile &file);
    void askAndApply(core::CaseAction action);
    void askTransfer();

    ProjectSession *m_session = nullptr;
    QString m_incidentId;
    QString m_caseId;
    qint64 m_shownRevision = 0; ///< the case's revision as the panel shows it: edits are based on it
    QList<core::CaseAction> m_offered;
    QLabel *m_header;
    QTreeWidget *m_timeline;
    QTreeWidget *m_transfers;
    QWidget *m_actionBox;
    QHBoxLayout *m_actionLayout;
    QLabel *m_refusal;
    QTreeWidget *m_suggestions;
    QPushButton *m_transferButton;
};

} // namespace fg::app
