// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_report_dialog.h"

#include "app/form_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPushButton>

namespace fg::app {

PatrolReportDialog::PatrolReportDialog(
    const QStringList &townships, QDate planStart, QDate planEnd, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_township(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setWindowTitle(tr("Patrol plan report"));
    m_township->addItems(townships);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(planStart, planEnd);
    }
    const QDate first = today >= planStart && today <= planEnd ? today : planStart;
    setPeriod(first, std::min(first.addDays(6), planEnd));
    auto *form = new QFormLayout;
    form->addRow(tr("Township"), m_township);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    QDialogButtonBox *buttons = layOutFormDialog(this, form,
        tr("The plan runs from %1 to %2. The report has one map per officer and day.")
            .arg(planStart.toString(Qt::ISODate), planEnd.toString(Qt::ISODate)),
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto validate
        = [this, ok] { ok->setEnabled(m_township->count() > 0 && m_from->date() <= m_to->date()); };
    connect(m_from, &QDateEdit::dateChanged, this, validate);
    connect(m_to, &QDateEdit::dateChanged, this, validate);
    validate();
}

QString PatrolReportDialog::township() const
{
    return m_township->currentText();
}

QDate PatrolReportDialog::from() const
{
    return m_from->date();
}

QDate PatrolReportDialog::to() const
{
    return m_to->date();
}

void PatrolReportDialog::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

} // namespace fg::app
