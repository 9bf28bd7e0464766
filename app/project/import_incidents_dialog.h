// SPDX-License-Identifier: MIT
#pragma once

#include "app/project/import_incidents_model.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;

namespace fg::app {

/// 导入监测图斑: choose an incident layer, map its fields to the incident attributes with a
/// preview of the first rows, then import in the background with progress. Accepted after an
/// import finished (the caller reloads the project). UI thread.
class ImportIncidentsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Imports into @p store (the open project's, which outlives the dialog).
    explicit ImportIncidentsDialog(gis::ProjectStore &store, QWidget *parent = nullptr);

    ImportIncidentsModel &model() { return m_model; }
    /// The limits the import will hold incidents to, as the two fields show them.
    void setLimits(const gis::ImportLimits &limits);
    /// Loads a layer as if chosen with Browse; false (with the reason shown) when unreadable.
    bool loadLayer(const QString &path);
    /// What the last import reported (ids imported and warnings), for the caller's message.
    QString summary() const { return m_summary; }
    /// While an import runs: cancels it (nothing of the file is stored) instead of closing.
    void reject() override;

private:
    void browse();
    void fillMapping();
    void refreshPreview();
    void startImport();
    void onFinished(const QStringList &imported, const QStringList &warnings);

    gis::ProjectStore &m_store;
    ImportIncidentsModel m_model;
    QLineEdit *m_path;
    QList<QComboBox *> m_combos;
    QDoubleSpinBox *m_tolerance; ///< metres an incident may reach beyond the townships
    QDoubleSpinBox *m_countyShare; ///< the largest incident, per cent of the county
    QTableWidget *m_preview;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_summary;
};

} // namespace fg::app
