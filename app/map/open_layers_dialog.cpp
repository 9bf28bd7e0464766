// SPDX-License-Identifier: MIT
#include "app/map/open_layers_dialog.h"

#include "app/map/open_layers_preview.h"
#include "gis/io/working_crs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fg::app {

OpenLayersDialog::OpenLayersDialog(const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_files(new QListWidget(this))
    , m_encoding(new QComboBox(this))
    , m_crs(new QLineEdit(this))
    , m_previewText(new QPlainTextEdit(this))
    , m_preview(new OpenLayersPreview(this))
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
    m_previewText->setReadOnly(true);
    m_previewText->setObjectName(QStringLiteral("openPreview"));
    form->addRow(tr("What will be read"), m_previewText);
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
    connect(m_crs, &QLineEdit::editingFinished, this, &OpenLayersDialog::updatePreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &OpenLayersDialog::updatePreview);
    connect(m_files, &QListWidget::currentRowChanged, this, &OpenLayersDialog::updatePreview);
    connect(m_preview, &OpenLayersPreview::ready, this, [this](const QString &path, const QString &text) {
        const QListWidgetItem *current = m_files->currentItem();
        if (current && current->text() == path)
            m_previewText->setPlainText(text);
    });
    resize(640, 560);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    validate();
    updatePreview();
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

QString OpenLayersDialog::previewText() const
{
    return m_preview->isBusy() ? QString() : m_previewText->toPlainText();
}

void OpenLayersDialog::updatePreview()
{
    const QListWidgetItem *current = m_files->currentItem();
    if (!current) {
        m_previewText->setPlainText(tr("Add a file to see what will be read from it."));
        return;
    }
    const QString crs = m_crs->text().trimmed();
    if (!crs.isEmpty() && gis::parseEpsgCode(crs) == 0)
        return;
    m_previewText->setPlainText(tr("Reading %1…").arg(current->text()));
    m_preview->request(current->text(), overrides());
}

void OpenLayersDialog::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Open layers"), {},
        tr("Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)"));
    m_files->addItems(chosen);
    if (!m_files->currentItem() && m_files->count() > 0)
        m_files->setCurrentRow(0);
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
