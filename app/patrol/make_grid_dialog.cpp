// SPDX-License-Identifier: MIT
#include "app/patrol/make_grid_dialog.h"

#include "app/form_dialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

namespace fg::app {

MakeGridDialog::MakeGridDialog(bool replacing, QWidget *parent)
    : QDialog(parent)
    , m_size(new QSpinBox(this))
    , m_perVillage(new QCheckBox(tr("One cell per village instead of squares"), this))
{
    setWindowTitle(tr("Make Patrol Grid"));
    m_size->setRange(100, 10000);
    m_size->setSingleStep(100);
    m_size->setValue(1000);
    m_size->setSuffix(tr(" m"));
    connect(m_perVillage, &QCheckBox::toggled, m_size, &QWidget::setDisabled);
    auto *form = new QFormLayout;
    form->addRow(tr("Cell size:"), m_size);
    form->addRow(QString(), m_perVillage);
    layOutFormDialog(this, form,
        replacing ? tr("The project's grid will be replaced; officers keep their villages and get the cells nearest "
                       "their base. Plans already stored keep their days.")
                  : tr("Cells cover every township of the project; each gets its farmland (by the project's rules) and "
                       "risk inputs."),
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
}

gis::GridOptions MakeGridDialog::options() const
{
    gis::GridOptions options;
    options.cellSizeM = m_size->value();
    return options;
}

bool MakeGridDialog::perVillage() const
{
    return m_perVillage->isChecked();
}

} // namespace fg::app
