// SPDX-License-Identifier: MIT
#pragma once

#include "gis/usecases/project_builder.h"

#include <QDialog>

class QLineEdit;

namespace fg::app {

/// Asks for the reference layers a new project is built from and where to write it.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);
    gis::ProjectSources sources() const;
    QString projectPath() const;

private:
    QLineEdit *addPicker(const QString &label, bool save);

    QLineEdit *m_basic;
    QLineEdit *m_cultivated;
    QLineEdit *m_townships;
    QLineEdit *m_villages;
    QLineEdit *m_crs;
    QLineEdit *m_output;
};

} // namespace fg::app
