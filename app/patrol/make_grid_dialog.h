// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_builder.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace fg::app {

/// Patrol → Make Grid…: square cells of a size, or one cell per village, over every township
/// of the project (gis::ProjectGrid). Replacing a grid keeps the officers; their cells are
/// given again by the nearest base. UI thread.
class MakeGridDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p replacing: the project has a grid already (the dialog says it will be replaced).
    explicit MakeGridDialog(bool replacing, QWidget *parent = nullptr);

    gis::GridOptions options() const;
    bool perVillage() const;

private:
    QSpinBox *m_size;
    QCheckBox *m_perVillage;
};

} // namespace fg::app
