// SPDX-License-Identifier: MIT
#include "app/patrol/plan_patrols_dialog.h"

#include "app/form_dialog.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace fg::app {

namespace {
const char *const kKey = "patrol/plan";
} // namespace

PlanPatrolsDialog::PlanPatrolsDialog(QDate today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_start(new QDateEdit(today, this))
    , m_days(new QSpinBox(this))
    , m_highDays(new QSpinBox(this))
    , m_normalDays(new QSpinBox(this))
    , m_cells(new QSpinBox(this))
    , m_km(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Plan Patrols"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_days->setRange(1, 92);
    m_days->setSuffix(tr(" days"));
    m_highDays->setRange(1, 365);
    m_highDays->setSuffix(tr(" days"));
    m_normalDays->setRange(1, 365);
    m_normalDays->setSuffix(tr(" days"));
    m_cells->setRange(0, 200);
    m_cells->setSpecialValueText(tr("no limit"));
    m_km->setRange(0, 500);
    m_km->setDecimals(1);
    m_km->setSpecialValueText(tr("no limit"));
    auto *form = new QFormLayout;
    form->addRow(tr("First day:"), m_start);
    form->addRow(tr("Days:"), m_days);
    form->addRow(tr("Revisit high-risk cells every:"), m_highDays);
    form->addRow(tr("Revisit normal cells every:"), m_normalDays);
    form->addRow(tr("Cells a day:"), m_cells);
    form->addRow(tr("Km a day:"), m_km);
    layOutFormDialog(this, form,
        tr("Officers keep their own daily capacity; the capacity above is given to the officers made for a project "
           "that has none (one per township). Days of the current plan before today (%1) are kept as planned.")
            .arg(today.toString(Qt::ISODate)),
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    gis::PatrolPlanRequest remembered;
    remembered.options.start = today;
    const QVariantList saved = QSettings().value(QLatin1String(kKey)).toList();
    if (saved.size() == 5) {
        remembered.options.days = saved[0].toInt();
        remembered.options.intervals.highDays = saved[1].toInt();
        remembered.options.intervals.normalDays = saved[2].toInt();
        remembered.capacityCells = saved[3].toInt();
        remembered.capacityKm = saved[4].toDouble();
    }
    setRequest(remembered);
}

gis::PatrolPlanRequest PlanPatrolsDialog::request() const
{
    gis::PatrolPlanRequest r;
    r.today = m_today;
    r.options.start = m_start->date();
    r.options.days = m_days->value();
    r.options.intervals.highDays = m_highDays->value();
    r.options.intervals.normalDays = m_normalDays->value();
    r.capacityCells = m_cells->value();
    r.capacityKm = m_km->value();
    return r;
}

void PlanPatrolsDialog::setRequest(const gis::PatrolPlanRequest &request)
{
    m_start->setDate(request.options.start);
    m_days->setValue(request.options.days);
    m_highDays->setValue(request.options.intervals.highDays);
    m_normalDays->setValue(request.options.intervals.normalDays);
    m_cells->setValue(request.capacityCells);
    m_km->setValue(request.capacityKm);
}

void PlanPatrolsDialog::accept()
{
    const gis::PatrolPlanRequest r = request();
    QSettings().setValue(QLatin1String(kKey),
        QVariantList { r.options.days, r.options.intervals.highDays, r.options.intervals.normalDays, r.capacityCells,
            r.capacityKm });
    QDialog::accept();
}

} // namespace fg::app
