// SPDX-License-Identifier: MIT
#include "app/project/import_incidents_dialog.h"

#include "core/input_error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fg::app {

namespace {
constexpr int kPreviewRows = 5;
}

ImportIncidentsDialog::ImportIncidentsDialog(gis::ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_path(new QLineEdit(this))
    , m_tolerance(new QDoubleSpinBox(this))
    , m_countyShare(new QDoubleSpinBox(this))
    , m_preview(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import incidents"));
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Incident layer:"), pathRow);
    for (int role = 0; role < ImportIncidentsModel::kRoleCount; ++role) {
        auto *combo = new QComboBox(this);
        m_combos << combo;
        form->addRow(ImportIncidentsModel::roleName(ImportIncidentsModel::Role(role)) + QLatin1Char(':'), combo);
        connect(combo, &QComboBox::activated, this, [this, role, combo] {
            m_model.setField(ImportIncidentsModel::Role(role), combo->currentData().toString());
            refreshPreview();
        });
    }
    // The guard's limits (ImportGuard): an office whose boundaries come from another survey may
    // need a wider tolerance, as the CLI's --outside-tolerance and --max-county-share allow.
    m_tolerance->setRange(0, 100000);
    m_tolerance->setDecimals(0);
    m_tolerance->setSuffix(tr(" m"));
    m_tolerance->setToolTip(tr("How far an incident may reach beyond the project's townships; farther is refused."));
    m_countyShare->setRange(0.1, 100);
    m_countyShare->setDecimals(1);
    m_countyShare->setSuffix(tr(" %"));
    m_countyShare->setToolTip(tr("The largest incident as a share of the county's area; larger is refused as a "
                                 "wrong unit, CRS or digitising slip."));
    form->addRow(tr("Reach beyond the townships:"), m_tolerance);
    form->addRow(tr("Largest incident (share of the county):"), m_countyShare);
    setLimits(m_model.limits());
    m_preview->setColumnCount(ImportIncidentsModel::kRoleCount);
    QStringList headers;
    for (int role = 0; role < ImportIncidentsModel::kRoleCount; ++role)
        headers << ImportIncidentsModel::roleName(ImportIncidentsModel::Role(role));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setVisible(false);
    QPushButton *import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (first rows, as mapped):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(680, 520);
    connect(browse, &QPushButton::clicked, this, &ImportIncidentsDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportIncidentsDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_model, &ImportIncidentsModel::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(&m_model, &ImportIncidentsModel::finished, this, &ImportIncidentsDialog::onFinished);
    connect(&m_model, &ImportIncidentsModel::failed, this, [this](const QString &message) {
        m_status->setText(message);
        m_progress->setVisible(false);
        for (QAbstractButton *button : m_buttons->buttons())
            button->setEnabled(true);
    });
}

void ImportIncidentsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Incident layer"), QString(),
        tr("Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml);;All files (*)"));
    if (!path.isEmpty())
        loadLayer(path);
}

bool ImportIncidentsDialog::loadLayer(const QString &path)
{
    try {
        m_model.load(path);
    } catch (const core::InputError &error) {
        m_status->setText(error.message());
        return false;
    }
    m_path->setText(path);
    m_status->setText(tr("%n incident(s) in the layer.", nullptr, m_model.featureCount()));
    fillMapping();
    refreshPreview();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(true);
    }
    return true;
}

void ImportIncidentsDialog::fillMapping()
{
    for (int role = 0; role < m_combos.size(); ++role) {
        QComboBox *combo = m_combos[role];
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &field : m_model.fields())
            combo->addItem(field, field);
        combo->setCurrentIndex(std::max(0, combo->findData(m_model.field(ImportIncidentsModel::Role(role)))));
    }
}

void ImportIncidentsDialog::refreshPreview()
{
    const QList<QStringList> rows = m_model.preview(kPreviewRows);
    m_preview->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(rows[row][column]));
    }
}

void ImportIncidentsDialog::setLimits(const gis::ImportLimits &limits)
{
    m_tolerance->setValue(limits.outsideToleranceM);
    m_countyShare->setValue(limits.maxCountyShare * 100);
}

void ImportIncidentsDialog::startImport()
{
    m_model.setLimits({ m_tolerance->value(), m_countyShare->value() / 100 });
    if (!m_model.start(m_store))
        return;
    // Close stays enabled and cancels the running import (reject()).
    for (QAbstractButton *button : m_buttons->buttons())
        button->setEnabled(m_buttons->buttonRole(button) != QDialogButtonBox::AcceptRole);
    m_progress->setRange(0, m_model.featureCount());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Importing..."));
}

void ImportIncidentsDialog::reject()
{
    if (!m_model.running()) {
        QDialog::reject();
        return;
    }
    m_model.cancel();
    m_status->setText(tr("Cancelling: nothing of the file will be stored..."));
}

void ImportIncidentsDialog::onFinished(const QStringList &imported, const QStringList &warnings)
{
    m_summary = tr("Imported %n incident(s).", nullptr, int(imported.size()));
    if (!warnings.isEmpty())
        m_summary += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
    m_buttons->setEnabled(true);
    accept();
}

} // namespace fg::app
