// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/case_workflow.h"
#include "core/cases/department.h"
#include "gis/usecases/case_actions.h"

#include <QDockWidget>

#include <functional>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace fg::app {

class ProjectSession;

/// The selected case, carried to its end (issue 12): its facts and the figures its threshold
/// flag is judged on, the next deadline counting down, the next actions CaseWorkflow allows as
/// buttons (结案 greyed with the reasons while ClosingRule refuses it), buttons for every record
/// beside the track (accountability, a suspected crime or misconduct, a major-case declaration
/// and its report, a transfer to any department — the suggested ones first, none once the case
/// is closed or dismissed —, a department's reply, the threshold flag with its reason), and tabs
/// with the timeline (CaseTimeline: steps with document numbers and attachments, open deadlines
/// counting down, late ones in red), every deadline (the ordinary-week mark beside dates counted
/// without a holiday notice), transfers with replies, accountability records and the suggested
/// departments. An incident without a case offers 登记线索. Every edit goes through the use cases
/// (gis::CaseActions, gis::CaseFlags) on the session's store, based on the revision shown; a
/// refusal shows its reasons, another user's change reloads.
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
    /// Opens a case with id @p caseId on the shown incident (which has none), its clue at @p when.
    core::TransitionResult openCase(const QString &caseId, const QDateTime &when, const QString &note);
    /// Opens the case of the shown incident when it has none (登记线索), with @p attachmentPaths
    /// stored in the project; returns the case id (empty when a case is shown or nothing is).
    /// Throws core::InputError when refused.
    QString recordClue(const core::CaseStep &clue, const QStringList &attachmentPaths = {});
    /// Applies a step to the shown case, with @p attachmentPaths stored in the project
    /// (ProjectStore::addAttachment) only once the workflow accepts it; shows the reasons when
    /// refused.
    core::TransitionResult apply(const core::CaseStep &step, const QStringList &attachmentPaths = {});
    core::TransitionResult recordAccountability(const core::AccountabilityRecord &record);
    core::TransitionResult suspect(gis::Suspicion what, const QDateTime &when);
    core::TransitionResult declareMajor(const QDateTime &when);
    /// Transfers the shown case to @p department, sent by the operator at @p when; refused for a
    /// closed or dismissed case.
    core::TransitionResult transfer(core::Department department, const QString &reason, const QDateTime &when);
    /// transfer() sent now.
    core::TransitionResult recordTransfer(core::Department department, const QString &reason);
    core::TransitionResult reply(const QString &transferId, const QString &text, const QDateTime &when);
    core::TransitionResult setThresholdFlag(core::ThresholdFlag flag, const QString &reason);
    /// The reasons of the last refusal (empty after an accepted change).
    QString refusalText() const;
    /// The judged figures line under the header.
    QString figuresText() const;
    /// The verdict the header shows (gis::CaseFigures::verdictText of the session's judgement), of
    /// the case or of an incident without one; empty when nothing is shown.
    QString verdictText() const { return m_verdict; }
    /// The explanation of 当事人累计 (the party's incidents and figures) the header's tooltip holds.
    QString accumulationText() const;

    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *deadlines() const { return m_deadlines; }
    QTreeWidget *transfers() const { return m_transfers; }
    QTreeWidget *accountability() const { return m_accountability; }
    QTreeWidget *suggestions() const { return m_suggestions; }

signals:
    /// recordClue() opened a case.
    void caseOpened(const QString &caseId);
    /// The user asked for the shown case's major-case report (重大案件报告).
    void majorReportRequested(const QString &caseId);

private:
    QWidget *buildRecordButtons(QWidget *parent);
    void refresh();
    /// "Next deadline: … (N days left)" for the header, empty when none is open.
    QString nextDeadlineText(const core::CaseFile &file) const;
    /// An incident without a case: the one action is recording its clue.
    void offerClue();
    /// The verdict of an incident without a case, as its case would have it.
    void showIncidentVerdict();
    void askClue();
    void fillHeader(const core::CaseFile &file);
    void fillDeadlines(const core::CaseFile &file);
    void fillTransfers(const core::CaseFile &file);
    void fillAccountability(const core::CaseFile &file);
    void fillActions(const core::CaseFile &file);
    void fillSuggestions(const core::CaseFile &file);
    /// Runs one change through the session; shows refusal or conflict in the refusal line.
    core::TransitionResult change(const std::function<core::TransitionResult(gis::ProjectStore &)> &edit);
    void askAndApply(core::CaseAction action);
    void askRecord(int kind);
    void showResult(const QString &title, const core::TransitionResult &result);

    ProjectSession *m_session = nullptr;
    QString m_incidentId;
    QString m_caseId;
    qint64 m_shownRevision = 0; ///< the case's revision as the panel shows it: edits are based on it
    QList<core::CaseAction> m_offered;
    QString m_verdict;
    QLabel *m_header;
    QLabel *m_figures;
    QWidget *m_actionBox;
    QHBoxLayout *m_actionLayout;
    QWidget *m_recordBox;
    QList<QPushButton *> m_recordButtons;
    QPushButton *m_majorReport;
    QLabel *m_refusal;
    QTabWidget *m_tabs;
    QTreeWidget *m_timeline;
    QTreeWidget *m_deadlines;
    QTreeWidget *m_transfers;
    QTreeWidget *m_accountability;
    QTreeWidget *m_suggestions;
};

} // namespace fg::app
