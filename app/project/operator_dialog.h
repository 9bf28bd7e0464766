// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/project_store.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace fg::app {

/// Asks who works on a project being opened (recorded on every audit event). The last answer
/// is remembered in QSettings and offered as the default next time.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorDialog(const QString &projectPath, QWidget *parent = nullptr);
    gis::OperatorIdentity identity() const;

    /// Shows the dialog; nullopt when cancelled. Remembers an accepted answer.
    static std::optional<gis::OperatorIdentity> ask(const QString &projectPath, QWidget *parent);
    /// The remembered operator (empty name when none).
    static gis::OperatorIdentity remembered();
    static void remember(const gis::OperatorIdentity &who);
    /// The roles offered (the field is editable: any other may be typed).
    static QStringList roles();

private:
    QLineEdit *m_name;
    QComboBox *m_role;
};

} // namespace fg::app
