// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_style.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

/// A simple style editor for one layer: symbol kind (single, categorised by a field, 三调 land
/// use, basic farmland hatching, boundary, incidents by verdict), fill and stroke colours, stroke
/// width and the label field. Edits a copy; style() returns the result.
class LayerStyleDialog : public QDialog
{
    Q_OBJECT

public:
    LayerStyleDialog(const gis::VectorLayer &layer, const gis::LayerStyle &style, QWidget *parent = nullptr);

    gis::LayerStyle style() const;
    /// For tests and scripting: the same as choosing in the combo boxes.
    void setKind(gis::StyleKind kind);
    void setClassField(const QString &field);

private:
    void pickColour(QColor *colour, QPushButton *button);
    void updateEnabled();

    gis::LayerStyle m_style;
    QComboBox *m_kind;
    QComboBox *m_classField;
    QComboBox *m_labelField;
    QPushButton *m_fillButton;
    QPushButton *m_strokeButton;
    QDoubleSpinBox *m_strokeWidth;
};

} // namespace fg::app
