// SPDX-License-Identifier: MIT
#include "app/project/case_panel.h"

#include "app/project/attachment_files.h"
#include "app/project/case_action_dialog.h"
#include "app/project/case_record_dialog.h"
#include "app/project/case_timeline.h"
#include "app/project/clue_recorder.h"
#include "app/project/project_session.h"
#include "core/cases/closing_rule.h"
#include "core/cases/deadline_countdown.h"
#include "core/cases/department_advisor.h"
#include "core/input_error.h"
#include "gis/usecases/case_departments.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/case_judgement.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fg::app {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QTreeWidget *makeTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

void paintRow(QTreeWidgetItem *item, const QColor &colour)
{
    for (int c = 0; c < item->columnCount(); ++c)
        item->setForeground(c, colour);
}

QString flagText(core::ThresholdFlag flag)
{
    switch (flag) {
    case core::ThresholdFlag::Reached:
        return CasePanel::tr("reached");
    case core::ThresholdFlag::Below:
        return CasePanel::tr("below");
    case core::ThresholdFlag::NotAssessed:
        return CasePanel::tr("not assessed");
    case core::ThresholdFlag::NotApplicable:
        return CasePanel::tr("not an occupation: no threshold");
    }
    return {};
}

QString stateText(core::Obligation::State state)
{
    switch (state) {
    case core::Obligation::State::Pending:
        return CasePanel::tr("pending");
    case core::Obligation::State::Met:
        return CasePanel::tr("met");
    case core::Obligation::State::MetLate:
        return CasePanel::tr("met late");
    case core::Obligation::State::Overdue:
        return CasePanel::tr("overdue");
    }
    return {};
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
    m_figures = new QLabel(body);
    m_figures->setObjectName(QStringLiteral("caseFigures"));
    m_figures->setWordWrap(true);
    m_actionBox = new QWidget(body);
    m_actionLayout = new QHBoxLayout(m_actionBox);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_recordBox = buildRecordButtons(body);
    m_refusal = new QLabel(body);
    m_refusal->setObjectName(QStringLiteral("caseRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_refusal->hide();
    m_tabs = new QTabWidget(body);
    m_timeline = makeTree(CaseTimeline::headers(), QStringLiteral("caseTimeline"), m_tabs);
    m_timeline->setMinimumHeight(120); // room for a few steps and the red overdue line
    m_deadlines = makeTree({ tr("What"), tr("Due"), tr("State"), tr("Met") }, QStringLiteral("caseDeadlines"), m_tabs);
    m_transfers = makeTree({ tr("Transfer"), tr("Department"), tr("Sent"), tr("By"), tr("Reason"), tr("Reply") },
        QStringLiteral("caseTransfers"), m_tabs);
    m_accountability = makeTree({ tr("Organ"), tr("Persons"), tr("Decision"), tr("Date"), tr("Document") },
        QStringLiteral("caseAccountability"), m_tabs);
    m_suggestions = makeTree({ tr("Suggested department"), tr("Lead or involved"), tr("Reason") },
        QStringLiteral("caseSuggestions"), m_tabs);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_deadlines, tr("Deadlines"));
    m_tabs->addTab(m_transfers, tr("Transfers"));
    m_tabs->addTab(m_accountability, tr("Accountability"));
    m_tabs->addTab(m_suggestions, tr("Departments"));
    layout->addWidget(m_header);
    layout->addWidget(m_figures);
    layout->addWidget(new QLabel(tr("Next actions"), body));
    layout->addWidget(m_actionBox);
    layout->addWidget(new QLabel(tr("Records"), body));
    layout->addWidget(m_recordBox);
    layout->addWidget(m_refusal);
    layout->addWidget(m_tabs, 1);
    setWidget(body);
    refresh();
}

QWidget *CasePanel::buildRecordButtons(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    using K = CaseRecordDialog::Kind;
    const std::tuple<K, QString, const char *> buttons[] = {
        { K::Accountability, tr("Accountability…"), "recordAccountability" },
        { K::Suspicion, tr("Suspected crime or misconduct…"), "recordSuspicion" },
        { K::DeclareMajor, tr("Declare major…"), "declareMajor" },
        { K::Transfer, tr("Transfer…"), "recordTransfer" },
        { K::Reply, tr("Reply to a transfer…"), "recordReply" },
        { K::Flag, tr("Threshold flag…"), "setFlag" },
    };
    int n = 0;
    for (const auto &[kind, text, name] : buttons) {
        auto *button = new QPushButton(text, box);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, [this, kind = kind] { askRecord(int(kind)); });
        grid->addWidget(button, n / 2, n % 2); // two columns: the dock stays narrow on a laptop
        m_recordButtons.append(button);
        ++n;
    }
    m_majorReport = new QPushButton(tr("Major-case report…"), box);
    m_majorReport->setObjectName(QStringLiteral("majorReport"));
    connect(m_majorReport, &QPushButton::clicked, this, [this] { emit majorReportRequested(m_caseId); });
    grid->addWidget(m_majorReport, n / 2, n % 2);
    return box;
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
    for (QTreeWidget *tree : { m_timeline, m_deadlines, m_transfers, m_accountability, m_suggestions })
        tree->clear();
    m_offered.clear();
    m_caseId.clear();
    m_verdict.clear();
    m_figures->clear();
    m_figures->setToolTip(QString());
    m_header->setToolTip(QString());
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto file = m_session && !m_incidentId.isEmpty() ? m_session->caseForIncident(m_incidentId) : std::nullopt;
    m_recordBox->setEnabled(file.has_value());
    // A closed or dismissed case takes no transfer: the button goes with the workflow's end.
    if (auto *transfer = m_recordBox->findChild<QPushButton *>(QStringLiteral("recordTransfer"))) {
        transfer->setEnabled(file && !core::isTerminal(file->status()));
        transfer->setVisible(transfer->isEnabled() || !file);
    }
    if (!file) {
        m_header->setText(m_incidentId.isEmpty() ? tr("Select an incident in the case list.")
                                                 : tr("Incident %1 has no case yet.").arg(m_incidentId));
        showIncidentVerdict();
        if (m_session && !m_incidentId.isEmpty())
            offerClue();
        return;
    }
    m_caseId = file->id();
    m_shownRevision = file->revision();
    fillHeader(*file);
    CaseTimeline::fill(m_timeline, *file, m_session->workflow().tracker(), QDateTime::currentDateTime());
    fillDeadlines(*file);
    fillTransfers(*file);
    fillAccountability(*file);
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

void CasePanel::fillHeader(const core::CaseFile &file)
{
    QStringList facts;
    if (file.declaredMajor())
        facts << tr("declared major %1").arg(when(file.declaredMajorAt()));
    if (file.crimeSuspectedAt().isValid())
        facts << tr("crime suspected %1").arg(when(file.crimeSuspectedAt()));
    if (file.misconductSuspectedAt().isValid())
        facts << tr("misconduct suspected %1").arg(when(file.misconductSuspectedAt()));
    // The verdict every list and report shows (the session's one judgement); the recorded flag
    // beside it only when it differs, to be judged again.
    const gis::CaseFigures *judged = m_session->judgements().find(file.id());
    m_verdict = judged ? judged->verdictText() : flagText(file.thresholdFlag());
    QString verdict = m_verdict.toHtmlEscaped();
    if (judged && judged->flag() != file.thresholdFlag())
        verdict += gis::CaseFlags::allowed(*judged, file.thresholdFlag()).contains(file.thresholdFlag())
            ? tr(" (recorded: %1, kept from the decision)").arg(flagText(file.thresholdFlag()))
            : tr(" (recorded: %1, to be judged again)").arg(flagText(file.thresholdFlag()));
    m_header->setText(
        tr("<b>Case %1</b> — %2<br>Party: %3 · %4 · threshold: %5%6")
            .arg(file.id(), core::caseStatusName(file.status()), file.partyId().toHtmlEscaped(),
                core::violationTypeName(file.violationType()), verdict,
                facts.isEmpty() ? QString() : QStringLiteral("<br>") + facts.join(QStringLiteral(" · ")))
        + nextDeadlineText(file));
    m_majorReport->setEnabled(file.isMajor());
    QString figures = judged ? judged->text() : m_session->judgementError();
    // 已批准 beside the unlawful figures (issue 16 item 1), with the documents used.
    if (judged && !judged->approvedText().isEmpty())
        figures += QStringLiteral("\n") + judged->approvedText();
    const QString accumulation = judged ? judged->accumulationText() : QString();
    m_header->setToolTip(accumulation);
    m_figures->setToolTip(accumulation);
    const QStringList unmet = core::ClosingRule::unmetConditions(file);
    if (!unmet.isEmpty() && file.status() == core::CaseStatus::Closed)
        figures += QStringLiteral("\n") + tr("Closed, but the closing conditions no longer hold: %1").arg(unmet.join(QStringLiteral("; ")));
    m_figures->setText(figures);
}

void CasePanel::fillDeadlines(const core::CaseFile &file)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const core::Obligation &o : m_session->workflow().tracker().obligations(file)) {
        const core::Obligation::State state = o.stateAt(now);
        auto *item = new QTreeWidgetItem(m_deadlines, { o.description(), o.dueText(), stateText(state), when(o.metAt) });
        item->setData(0, Qt::UserRole, o.rule.id);
        if (o.ordinaryWeek)
            item->setToolTip(1, core::Obligation::ordinaryWeekNote());
        if (o.isLateAt(now))
            paintRow(item, Qt::red);
    }
}

void CasePanel::fillTransfers(const core::CaseFile &file)
{
    for (const core::CaseTransfer &t : file.transfers())
        new QTreeWidgetItem(m_transfers,
            { t.id, core::departmentName(t.department), when(t.sentAt), t.sentBy.name, t.note,
                t.replied() ? tr("%1 (%2)").arg(t.reply, when(t.repliedAt)) : tr("no reply yet") });
}

void CasePanel::fillAccountability(const core::CaseFile &file)
{
    for (const core::AccountabilityRecord &r : file.accountability())
        new QTreeWidgetItem(m_accountability, { core::accountabilityOrganName(r.organ), r.who, r.decision,
                                                  r.date.toString(Qt::ISODate), r.documentNumber });
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
    // With the nature-reserve check against the project's layer (mining cases).
    const core::DepartmentAdvice advice = gis::CaseDepartments::advise(m_session->store(), file);
    m_suggestions->setToolTip(advice.notes.join(QLatin1Char('\n')));
    for (const core::DepartmentSuggestion &s : advice.suggestions) {
        auto *item = new QTreeWidgetItem(m_suggestions,
            { core::departmentName(s.department), s.role == core::DepartmentRole::Lead ? tr("lead") : tr("involved"), s.reason });
        item->setData(0, Qt::UserRole, core::departmentCode(s.department));
        if (file.hasTransferTo(s.department))
            item->setText(0, tr("%1 (transferred)").arg(core::departmentName(s.department)));
    }
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

QString CasePanel::figuresText() const
{
    return m_figures->text();
}

QString CasePanel::accumulationText() const
{
    return m_header->toolTip();
}

void CasePanel::showIncidentVerdict()
{
    // An incident without a case is judged as its case would be: the same verdict as the lists.
    const gis::CaseFigures *judged
        = m_session && !m_incidentId.isEmpty() ? m_session->judgedIncident(m_incidentId) : nullptr;
    if (!judged)
        return;
    m_verdict = judged->verdictText();
    m_header->setText(
        m_header->text() + QStringLiteral("<br>") + tr("Threshold: %1").arg(m_verdict.toHtmlEscaped()));
    m_figures->setText(judged->approvedText().isEmpty() ? judged->text()
                                                        : judged->text() + QStringLiteral("\n") + judged->approvedText());
    m_header->setToolTip(judged->accumulationText());
    m_figures->setToolTip(judged->accumulationText());
}

} // namespace fg::app
