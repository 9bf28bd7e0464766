// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/layer_loader.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace fg::app {

/// File → Open layers with options: the files, and overrides of the reader's decisions (attribute
/// text encoding, source CRS) for shapefiles whose .cpg or .prj is missing or wrong.
class OpenLayersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenLayersDialog(const QStringList &paths, QWidget *parent = nullptr);

    QStringList paths() const;
    ReadOverrides overrides() const;

private:
    void addFiles();
    void validate();

    QListWidget *m_files;
    QComboBox *m_encoding;
    QLineEdit *m_crs;
    QPushButton *m_ok = nullptr;
};

} // namespace fg::app
