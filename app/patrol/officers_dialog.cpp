// SPDX-License-Identifier: MIT
#include "app/patrol/officers_dialog.h"

#include "core/input_error.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/usecases/officer_roster.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>


namespace fg::app {

namespace {

enum Column { Name, Township, Cells, Km, Assigned, Villages, ColumnCount };

} // namespace

OfficersDialog::OfficersDialog(gis::ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_name(new QLineEdit(this))
    , m_township(new QComboBox(this))
    , m_cells(new QSpinBox(this))
    , m_km(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Grid Officers"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Township"), tr("Cells a day"), tr("Km a day"),
        tr("Assigned cells"), tr("Villages") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_cells->setRange(0, 500);
    m_cells->setSpecialValueText(tr("no limit"));
    m_km->setRange(0, 500);
    m_km->setDecimals(1);
    m_km->setSpecialValueText(tr("no limit"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Township:"), m_township);
    form->addRow(tr("Cells a day:"), m_cells);
    form->addRow(tr("Km a day:"), m_km);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save Officer"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &OfficersDialog::saveForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { fillForm(row); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 420);
    m_township->addItems(gis::OfficerRoster::townships(m_store.patrol().grid()));
    reload();
}

bool OfficersDialog::saveOfficer(const QString &name, const QString &township, int maxCells, double maxKm)
{
    m_error.clear();
    try {
        gis::OfficerChange change;
        change.name = name;
        change.township = township;
        change.maxCellsPerDay = maxCells;
        change.maxKmPerDay = maxKm;
        gis::OfficerRoster::save(m_store, change, gis::OfficerEdit::AddOrUpdate);
    } catch (const core::InputError &error) {
        m_error = error.message();
    }
    reload();
    return m_error.isEmpty();
}

void OfficersDialog::reload()
{
    const std::vector<gis::PatrolOfficerRecord> officers = m_store.patrol().officers();
    m_table->setRowCount(int(officers.size()));
    for (int row = 0; row < int(officers.size()); ++row) {
        const core::Officer &o = officers[size_t(row)].officer;
        // 0 is no limit, as the form says (not "0.0 km a day"); the form reads the words back as 0.
        const QStringList texts { o.name, o.township,
            o.maxCellsPerDay > 0 ? QString::number(o.maxCellsPerDay) : tr("no limit"),
            o.maxKmPerDay > 0 ? QString::number(o.maxKmPerDay, 'f', 1) : tr("no limit"), QString::number(o.cellIds.size()),
            officers[size_t(row)].villages.join(QStringLiteral(", ")) };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
    }
}

void OfficersDialog::fillForm(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_name->setText(m_table->item(row, Name)->text());
    m_township->setCurrentText(m_table->item(row, Township)->text());
    m_cells->setValue(m_table->item(row, Cells)->text().toInt());
    m_km->setValue(m_table->item(row, Km)->text().toDouble());
}

void OfficersDialog::saveForm()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Give the officer a name."));
        return;
    }
    if (!saveOfficer(m_name->text(), m_township->currentText(), m_cells->value(), m_km->value()))
        QMessageBox::warning(this, windowTitle(), m_error);
}

} // namespace fg::app
