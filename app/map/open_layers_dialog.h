// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/layer_loader.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fg::app {

/// File → Open layers with options: the files, and overrides of the reader's decisions (attribute
/// text encoding, source CRS) for shapefiles whose .cpg or .prj is missing or wrong. The current
/// file is previewed with the chosen overrides before anything is opened: the encoding and CRS
/// detected and why, the first feature's text, the warnings.
class OpenLayersPreview;

class OpenLayersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenLayersDialog(const QStringList &paths, QWidget *parent = nullptr);

    QStringList paths() const;
    ReadOverrides overrides() const;
    /// The preview's text (empty while it is being read).
    QString previewText() const;
    OpenLayersPreview *preview() const { return m_preview; }

private:
    void addFiles();
    void validate();
    void updatePreview();

    QListWidget *m_files;
    QComboBox *m_encoding;
    QLineEdit *m_crs;
    QPushButton *m_ok = nullptr;
    QPlainTextEdit *m_previewText;
    OpenLayersPreview *m_preview;
};

} // namespace fg::app
