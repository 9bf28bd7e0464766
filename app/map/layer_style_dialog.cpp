// SPDX-License-Identifier: MIT
#include "app/map/layer_style_dialog.h"

#include "gis/io/vector_layer.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>

namespace fg::app {

namespace {

void showColour(QPushButton *button, const QColor &colour)
{
    QPixmap swatch(28, 14);
    swatch.fill(colour);
    button->setIcon(QIcon(swatch));
    button->setText(colour.name());
}

} // namespace

LayerStyleDialog::LayerStyleDialog(const gis::VectorLayer &layer, const gis::LayerStyle &style, QWidget *parent)
    : QDialog(parent)
    , m_style(style)
    , m_kind(new QComboBox(this))
    , m_classField(new QComboBox(this))
    , m_labelField(new QComboBox(this))
    , m_fillButton(new QPushButton(this))
    , m_strokeButton(new QPushButton(this))
    , m_strokeWidth(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Layer style: %1").arg(layer.name));
    const std::pair<gis::StyleKind, QString> kinds[] = {
        {gis::StyleKind::SimpleFill, tr("Single symbol")},
        {gis::StyleKind::Categorised, tr("Categorised by field")},
        {gis::StyleKind::LandUse, tr("Land use by class (三调 colours)")},
        {gis::StyleKind::BasicFarmland, tr("Basic farmland (hatched)")},
        {gis::StyleKind::Boundary, tr("Boundary (outline and label)")},
        {gis::StyleKind::Incident, tr("Incidents by verdict")}};
    for (const auto &[kind, text] : kinds)
        m_kind->addItem(text, int(kind));
    m_labelField->addItem(tr("(no labels)"), QString());
    for (const gis::FieldDefinition &field : layer.fields) {
        m_classField->addItem(field.name, field.name);
        m_labelField->addItem(field.name, field.name);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(style.kind)));
    m_classField->setCurrentIndex(std::max(0, m_classField->findData(style.classField)));
    m_labelField->setCurrentIndex(std::max(0, m_labelField->findData(style.labelField)));
    m_strokeWidth->setRange(0, 10);
    m_strokeWidth->setSingleStep(0.2);
    m_strokeWidth->setValue(style.strokeWidth);
    showColour(m_fillButton, m_style.fill);
    showColour(m_strokeButton, m_style.stroke);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Symbol"), m_kind);
    form->addRow(tr("Class field"), m_classField);
    form->addRow(tr("Fill"), m_fillButton);
    form->addRow(tr("Stroke"), m_strokeButton);
    form->addRow(tr("Stroke width (px)"), m_strokeWidth);
    form->addRow(tr("Label field"), m_labelField);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fillButton, &QPushButton::clicked, this, [this] { pickColour(&m_style.fill, m_fillButton); });
    connect(m_strokeButton, &QPushButton::clicked, this, [this] { pickColour(&m_style.stroke, m_strokeButton); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LayerStyleDialog::updateEnabled);
    updateEnabled();
}

gis::LayerStyle LayerStyleDialog::style() const
{
    gis::LayerStyle s = m_style;
    s.kind = gis::StyleKind(m_kind->currentData().toInt());
    s.classField = m_classField->currentData().toString();
    s.labelField = m_labelField->currentData().toString();
    s.strokeWidth = m_strokeWidth->value();
    return s;
}

void LayerStyleDialog::setKind(gis::StyleKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void LayerStyleDialog::setClassField(const QString &field)
{
    m_classField->setCurrentIndex(std::max(0, m_classField->findData(field)));
}

void LayerStyleDialog::pickColour(QColor *colour, QPushButton *button)
{
    const QColor chosen = QColorDialog::getColor(*colour, this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
    if (!chosen.isValid())
        return;
    *colour = chosen;
    showColour(button, chosen);
}

void LayerStyleDialog::updateEnabled()
{
    const auto kind = gis::StyleKind(m_kind->currentData().toInt());
    m_classField->setEnabled(kind == gis::StyleKind::Categorised || kind == gis::StyleKind::LandUse);
    m_fillButton->setEnabled(kind == gis::StyleKind::SimpleFill || kind == gis::StyleKind::BasicFarmland);
}

} // namespace fg::app
