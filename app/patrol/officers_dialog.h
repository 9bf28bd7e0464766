// SPDX-License-Identifier: MIT
#pragma once

#include "gis/project/project_store.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fg::app {

/// Patrol → Officers: the open project's grid officers (网格员) in a table, and a form that adds
/// one or changes an existing one's township and daily capacity (its cells, villages, base and
/// days off are kept). Each save goes through PatrolStore::setOfficer, which logs it; nothing is
/// deleted. Opens its own PatrolStore per action, so the project may change meanwhile. UI thread.
class OfficersDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the officers of @p projectPath; throws core::InputError when the file is not a project.
    OfficersDialog(const QString &projectPath, gis::OperatorIdentity who, QWidget *parent = nullptr);

    /// Adds @p name or updates it; capacity as in core::Officer (0 = no limit; one must be set).
    /// Returns false, with the reason in errorText(), when the store refuses (unknown township, no
    /// capacity); the table shows the stored officers afterwards either way.
    bool saveOfficer(const QString &name, const QString &township, int maxCells, double maxKm);
    QString errorText() const { return m_error; }

private:
    void reload();
    void fillForm(int row);
    void saveForm();

    QString m_path;
    gis::OperatorIdentity m_operator;
    QString m_error;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_township;
    QSpinBox *m_cells;
    QDoubleSpinBox *m_km;
};

} // namespace fg::app
