// SPDX-License-Identifier: MIT
#include "app/map/open_layers_dialog.h"

#include "gis/io/working_crs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace fg::app {

OpenLayersDialog::OpenLayersDialog(const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_files(new QListWidget(this))
    , m_encoding(new QComboBox(this))
    , m_crs(new QLineEdit(this))
{
    setWindowTitle(tr("Open layers with options"));
    m_files->addItems(paths);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_encoding->addItem(tr("Detect (.cpg, code page, trial decoding)"), QString());
    const std::pair<const char *, QString> encodings[] = {
        {"GB18030", tr("GBK / GB18030 (Chinese offices)")}, {"UTF-8", QStringLiteral("UTF-8")},
        {"BIG5", tr("Big5 (traditional Chinese)")}, {"CP1252", tr("Western (CP1252)")}};
    for (const auto &[code, label] : encodings)
        m_encoding->addItem(label, QString::fromLatin1(code));
    m_crs->setPlaceholderText(tr("detect from .prj or coordinates, or e.g. EPSG:4547"));

    auto *add = new QPushButton(tr("Add files..."), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(m_files);
    form->addRow(fileButtons);
    form->addRow(tr("Attribute encoding"), m_encoding);
    form->addRow(tr("Source CRS"), m_crs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &OpenLayersDialog::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        validate();
    });
    connect(m_crs, &QLineEdit::textChanged, this, &OpenLayersDialog::validate);
    resize(560, 380);
    validate();
}

QStringList OpenLayersDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->text();
    return out;
}

ReadOverrides OpenLayersDialog::overrides() const
{
    const int epsg = gis::parseEpsgCode(m_crs->text().trimmed());
    return {m_encoding->currentData().toString(), epsg ? QStringLiteral("EPSG:%1").arg(epsg) : QString()};
}

void OpenLayersDialog::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Open layers"), {},
        tr("Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)"));
    m_files->addItems(chosen);
    validate();
}

void OpenLayersDialog::validate()
{
    const QString crs = m_crs->text().trimmed();
    const bool crsOk = crs.isEmpty() || gis::parseEpsgCode(crs) != 0;
    m_crs->setStyleSheet(crsOk ? QString() : QStringLiteral("color: #c00"));
    m_ok->setEnabled(crsOk && m_files->count() > 0);
}

} // namespace fg::app
