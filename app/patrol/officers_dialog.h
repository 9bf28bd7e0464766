// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/project_store.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fg::app {

/// Patrol → Officers: the open project's grid officers (网格员) in a table, and a form that adds
/// one or changes an existing one's township and daily capacity (its cells, villages, base and
/// days off are kept). Each save goes through PatrolRecords::setOfficer, which logs it; nothing is
/// deleted. Works on the open project's store (the session's) and reads it again after each
/// save, so changes made meanwhile show. UI thread.
class OfficersDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the officers of @p store (which outlives the dialog); throws core::InputError when it
    /// cannot be read.
    explicit OfficersDialog(gis::ProjectStore &store, QWidget *parent = nullptr);

    /// Adds @p name or updates it; capacity as in core::Officer (0 = no limit; one must be set).
    /// Returns false, with the reason in errorText(), when the store refuses (unknown township, no
    /// capacity); the table shows the stored officers afterwards either way.
    bool saveOfficer(const QString &name, const QString &township, int maxCells, double maxKm);
    QString errorText() const { return m_error; }

private:
    void reload();
    void fillForm(int row);
    void saveForm();

    gis::ProjectStore &m_store;
    QString m_error;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_township;
    QSpinBox *m_cells;
    QDoubleSpinBox *m_km;
};

} // namespace fg::app
