// SPDX-License-Identifier: MIT
// AssessmentDialog: the two small forms the bureau fills in (a township's targets, a measure).
#include "app/form_dialog.h"
#include "app/project/assessment_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace fg::app {

namespace {

QDoubleSpinBox *areaBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e9);
    box->setDecimals(2);
    box->setSpecialValueText(AssessmentDialog::tr("(unchanged)"));
    return box;
}

} // namespace

void AssessmentDialog::askTarget()
{
    QDialog form(this);
    form.setWindowTitle(tr("Set a Township's Targets (责任状)"));
    auto *layout = new QFormLayout;
    auto *township = new QComboBox(&form);
    township->addItems(townships());
    auto *year = new QSpinBox(&form);
    year->setRange(2000, 2100);
    year->setValue(m_year->value());
    auto *unit = new QComboBox(&form);
    unit->addItem(tr("mu (亩)"), int(core::TargetUnit::Mu));
    unit->addItem(tr("hectares (公顷)"), int(core::TargetUnit::Hectare));
    QDoubleSpinBox *cultivated = areaBox(&form);
    QDoubleSpinBox *basic = areaBox(&form);
    layout->addRow(tr("Township:"), township);
    layout->addRow(tr("Year:"), year);
    layout->addRow(tr("Unit:"), unit);
    layout->addRow(tr("Cultivated land to keep (耕地保有量):"), cultivated);
    layout->addRow(tr("Basic farmland to protect (永久基本农田保护面积):"), basic);
    layOutFormDialog(&form, layout, tr("A target left at 0 keeps its stored value. Every change is logged."),
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (form.exec() != QDialog::Accepted)
        return;
    core::TownshipTarget target { township->currentText(), year->value() };
    target.unit = core::TargetUnit(unit->currentData().toInt());
    if (cultivated->value() > 0)
        target.cultivatedM2 = core::targetToSquareMetres(cultivated->value(), target.unit);
    if (basic->value() > 0)
        target.basicFarmlandM2 = core::targetToSquareMetres(basic->value(), target.unit);
    storeTarget(target);
}

void AssessmentDialog::askMeasure()
{
    QDialog form(this);
    form.setWindowTitle(tr("Record a Measure"));
    auto *layout = new QFormLayout;
    auto *township = new QComboBox(&form);
    township->addItems(townships());
    auto *kind = new QComboBox(&form);
    for (core::MeasureKind k : core::allMeasureKinds())
        kind->addItem(core::measureKindName(k), int(k));
    auto *date = new QDateEdit(QDate::currentDate(), &form);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *issuedBy = new QLineEdit(QStringLiteral("县人民政府"), &form);
    auto *document = new QLineEdit(&form);
    auto *note = new QLineEdit(&form);
    layout->addRow(tr("Township:"), township);
    layout->addRow(tr("Measure:"), kind);
    layout->addRow(tr("Date:"), date);
    layout->addRow(tr("Issued by:"), issuedBy);
    layout->addRow(tr("Document number:"), document);
    layout->addRow(tr("Note:"), note);
    layOutFormDialog(&form, layout,
        tr("A measure is never changed once recorded: record a correction instead."),
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (form.exec() != QDialog::Accepted)
        return;
    core::TownshipMeasure measure;
    measure.township = township->currentText();
    measure.kind = core::MeasureKind(kind->currentData().toInt());
    measure.date = date->date();
    measure.issuedBy = issuedBy->text().trimmed();
    measure.documentNo = document->text().trimmed();
    measure.note = note->text().trimmed();
    storeMeasure(measure);
}

} // namespace fg::app
