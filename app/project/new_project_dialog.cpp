// SPDX-License-Identifier: MIT
#include "app/project/new_project_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace fg::app {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New project from layers"));
    setMinimumWidth(560);
    new QFormLayout(this);
    m_basic = addPicker(tr("Basic farmland (required)"), false);
    m_cultivated = addPicker(tr("Land use / cultivated land (required)"), false);
    m_townships = addPicker(tr("Township boundaries (required)"), false);
    m_villages = addPicker(tr("Village boundaries (optional)"), false);
    m_crs = new QLineEdit(this);
    m_crs->setPlaceholderText(tr("chosen from the layers, e.g. EPSG:4547"));
    static_cast<QFormLayout *>(layout())->addRow(tr("Working CRS"), m_crs);
    m_output = addPicker(tr("Project file (.gpkg)"), true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto update = [this, buttons] {
        const bool complete = !m_basic->text().isEmpty() && !m_cultivated->text().isEmpty()
            && !m_townships->text().isEmpty() && !m_output->text().isEmpty();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    };
    for (QLineEdit *edit : { m_basic, m_cultivated, m_townships, m_output })
        connect(edit, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    static_cast<QFormLayout *>(layout())->addRow(buttons);
}

QLineEdit *NewProjectDialog::addPicker(const QString &label, bool save)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse..."), this);
    row->addWidget(edit);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, label, save] {
        const QString path = save
            ? QFileDialog::getSaveFileName(this, label, edit->text(), tr("GeoPackage project (*.gpkg)"))
            : QFileDialog::getOpenFileName(this, label, edit->text(),
                tr("Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    static_cast<QFormLayout *>(layout())->addRow(label, row);
    return edit;
}

gis::ProjectSources NewProjectDialog::sources() const
{
    gis::ProjectSources sources;
    sources.basicFarmland = m_basic->text();
    sources.cultivated = m_cultivated->text();
    sources.boundaries = m_townships->text();
    sources.villages = m_villages->text();
    sources.crs = m_crs->text().trimmed();
    return sources;
}

QString NewProjectDialog::projectPath() const
{
    QString path = m_output->text();
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        path += QLatin1String(".gpkg");
    return path;
}

} // namespace fg::app
