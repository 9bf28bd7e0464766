// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/store_types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fg::app {

/// File → Open Shared Project…: the county's PostGIS server (host, port, database, login) and
/// the project's schema, and who works on it (recorded on every change). The last server is
/// remembered (QSettings) — never a password: libpq takes it from ~/.pgpass, PGPASSWORD or the
/// service file, as the dialog says. UI thread.
class SharedProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SharedProjectDialog(QWidget *parent = nullptr);

    /// postgresql://[LOGIN@]HOST[:PORT]/DB?schema=SCHEMA (no password).
    QString uri() const;
    /// Fills the server fields from a URI (the remembered one at start).
    void setUri(const QString &uri);
    gis::OperatorIdentity identity() const;
    void setIdentity(const gis::OperatorIdentity &who);

    /// Remembers the server and the operator, then closes.
    void accept() override;

    /// The last server opened (empty when none).
    static QString rememberedUri();

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_schema;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
};

} // namespace fg::app
