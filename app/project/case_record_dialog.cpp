// SPDX-License-Identifier: MIT
#include "app/project/case_record_dialog.h"

#include "core/cases/department_advisor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fg::app {

namespace {

QString titleOf(CaseRecordDialog::Kind kind)
{
    using K = CaseRecordDialog::Kind;
    switch (kind) {
    case K::Accountability:
        return CaseRecordDialog::tr("Record accountability");
    case K::Suspicion:
        return CaseRecordDialog::tr("Record a suspicion");
    case K::DeclareMajor:
        return CaseRecordDialog::tr("Declare a major case");
    case K::Transfer:
        return CaseRecordDialog::tr("Transfer the case");
    case K::Reply:
        return CaseRecordDialog::tr("Record a department's reply");
    case K::Flag:
        return CaseRecordDialog::tr("Set the threshold flag");
    case K::OpenCase:
        return CaseRecordDialog::tr("Open a case");
    }
    return {};
}

QPlainTextEdit *textBox(QWidget *parent, const QString &name)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setMaximumHeight(80);
    return box;
}

} // namespace

CaseRecordDialog::CaseRecordDialog(
    Kind kind, const core::CaseFile &file, QWidget *parent, std::optional<core::Department> preferred,
    const TransferChoices &choices)
    : QDialog(parent)
    , m_kind(kind)
{
    setWindowTitle(tr("%1 — case %2").arg(titleOf(kind), file.id()));
    setObjectName(QStringLiteral("caseRecordDialog"));
    auto *form = new QFormLayout(this);
    switch (kind) {
    case Kind::Accountability:
        buildAccountability(form);
        break;
    case Kind::Suspicion:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("suspicion"));
        m_choice->addItem(tr("A crime (→ public security bureau within 24 hours)"), QStringLiteral("crime"));
        m_choice->addItem(tr("Officials' misconduct (→ discipline commission)"), QStringLiteral("misconduct"));
        form->addRow(tr("Suspected"), m_choice);
        addWhen(form, tr("Since"));
        break;
    case Kind::DeclareMajor:
        form->addRow(new QLabel(tr("A major case is reported to the county before it is filed."), this));
        addWhen(form, tr("Declared on"));
        break;
    case Kind::Transfer:
        buildTransfer(form, file, preferred, choices);
        break;
    case Kind::Reply:
        buildReply(form, file);
        break;
    case Kind::Flag:
        buildFlag(form, file);
        break;
    case Kind::OpenCase:
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

CaseRecordDialog::CaseRecordDialog(const QString &incidentId, QWidget *parent)
    : QDialog(parent)
    , m_kind(Kind::OpenCase)
{
    setWindowTitle(tr("Open a case on incident %1").arg(incidentId));
    setObjectName(QStringLiteral("caseRecordDialog"));
    auto *form = new QFormLayout(this);
    m_persons = new QLineEdit(incidentId, this);
    m_persons->setObjectName(QStringLiteral("caseId"));
    form->addRow(tr("Case number"), m_persons);
    addWhen(form, tr("Clue received"));
    m_text = textBox(this, QStringLiteral("note"));
    form->addRow(tr("Note"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString CaseRecordDialog::caseId() const
{
    return m_kind == Kind::OpenCase ? m_persons->text().trimmed() : QString();
}

QDateTimeEdit *CaseRecordDialog::addWhen(QFormLayout *form, const QString &label)
{
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(label, m_when);
    return m_when;
}

void CaseRecordDialog::buildAccountability(QFormLayout *form)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("organ"));
    for (core::AccountabilityOrgan organ : core::accountabilityOrgans())
        m_choice->addItem(core::accountabilityOrganName(organ), core::accountabilityOrganCode(organ));
    m_persons = new QLineEdit(this);
    m_persons->setObjectName(QStringLiteral("persons"));
    m_persons->setPlaceholderText(tr("e.g. 石城镇分管副镇长 王某"));
    m_decision = new QLineEdit(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setPlaceholderText(tr("e.g. 警告处分, 诫勉谈话"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("document"));
    m_document->setPlaceholderText(tr("e.g. 平纪发〔2025〕12号"));
    form->addRow(tr("Organ"), m_choice);
    form->addRow(tr("Persons held to account"), m_persons);
    form->addRow(tr("Decision"), m_decision);
    form->addRow(tr("Date of the decision"), m_date);
    form->addRow(tr("Document number"), m_document);
}

void CaseRecordDialog::buildTransfer(QFormLayout *form, const core::CaseFile &file,
    std::optional<core::Department> preferred, const TransferChoices &choices)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("department"));
    for (core::Department d : choices.order) {
        QString label = core::departmentName(d);
        for (const core::DepartmentSuggestion &s : choices.advice.suggestions)
            if (s.department == d)
                label = tr("★ %1 — suggested: %2").arg(label, s.reason);
        if (file.hasTransferTo(d))
            label = tr("%1 (transferred already)").arg(label);
        m_choice->addItem(label, core::departmentCode(d));
    }
    if (preferred)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(core::departmentCode(*preferred))));
    m_text = textBox(this, QStringLiteral("reason"));
    form->addRow(tr("To"), m_choice);
    form->addRow(tr("Reason"), m_text);
    addWhen(form, tr("Sent"));
}

void CaseRecordDialog::buildReply(QFormLayout *form, const core::CaseFile &file)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("transfer"));
    for (const core::CaseTransfer &t : file.transfers())
        if (!t.replied())
            m_choice->addItem(tr("%1 — %2, sent %3")
                                  .arg(t.id, core::departmentName(t.department),
                                      t.sentAt.toString(QStringLiteral("yyyy-MM-dd"))),
                t.id);
    m_text = textBox(this, QStringLiteral("reply"));
    form->addRow(tr("Transfer"), m_choice);
    form->addRow(tr("Reply"), m_text);
    addWhen(form, tr("Replied"));
}

void CaseRecordDialog::buildFlag(QFormLayout *form, const core::CaseFile &file)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("flag"));
    m_choice->addItem(tr("Threshold reached"), core::thresholdFlagCode(core::ThresholdFlag::Reached));
    m_choice->addItem(tr("Below thresholds"), core::thresholdFlagCode(core::ThresholdFlag::Below));
    m_choice->addItem(tr("Not assessed"), core::thresholdFlagCode(core::ThresholdFlag::NotAssessed));
    m_choice->addItem(tr("Not an occupation: no threshold"), core::thresholdFlagCode(core::ThresholdFlag::NotApplicable));
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(core::thresholdFlagCode(file.thresholdFlag()))));
    m_text = textBox(this, QStringLiteral("reason"));
    form->addRow(new QLabel(tr("The flag must agree with the case's figures; lowering it needs a reason."), this));
    form->addRow(tr("Flag"), m_choice);
    form->addRow(tr("Reason"), m_text);
}

core::AccountabilityRecord CaseRecordDialog::accountability() const
{
    core::AccountabilityRecord record;
    if (m_kind != Kind::Accountability)
        return record;
    record.organ = core::accountabilityOrganFromCode(m_choice->currentData().toString());
    record.who = m_persons->text().trimmed();
    record.decision = m_decision->text().trimmed();
    record.date = m_date->date();
    record.documentNumber = m_document->text().trimmed();
    return record;
}

gis::Suspicion CaseRecordDialog::suspicion() const
{
    return m_choice && m_choice->currentData().toString() == QLatin1String("misconduct") ? gis::Suspicion::Misconduct
                                                                                         : gis::Suspicion::Crime;
}

QDateTime CaseRecordDialog::when() const
{
    return m_when ? m_when->dateTime() : QDateTime();
}

core::Department CaseRecordDialog::department() const
{
    return core::departmentFromCode(m_choice->currentData().toString());
}

QString CaseRecordDialog::text() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

QString CaseRecordDialog::transferId() const
{
    return m_choice ? m_choice->currentData().toString() : QString();
}

core::ThresholdFlag CaseRecordDialog::flag() const
{
    return core::thresholdFlagFromCode(m_choice->currentData().toString());
}

} // namespace fg::app
