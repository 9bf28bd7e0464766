// SPDX-License-Identifier: MIT
#include "app/project/shared_project_dialog.h"

#include "app/form_dialog.h"
#include "app/project/operator_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace fg::app {

namespace {
const char *const kUriKey = "project/sharedUri";
} // namespace

SharedProjectDialog::SharedProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("farmguard"), this))
    , m_schema(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
{
    setWindowTitle(tr("Open Shared Project"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_login->setPlaceholderText(tr("(your system user)"));
    m_schema->setPlaceholderText(QStringLiteral("pingshun"));
    m_role->setEditable(true);
    m_role->addItems(OperatorDialog::roles());
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Project (schema):"), m_schema);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Your role:"), m_role);
    QDialogButtonBox *buttons = layOutFormDialog(this, form,
        tr("FarmGuard never stores a password. The server's password comes from ~/.pgpass, the PGPASSWORD variable or "
           "a PostgreSQL service file (PGSERVICE), as for psql; ask your county's IT person. What you may see and "
           "change is set on the server per login (township, bureau or department)."),
        QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    auto update = [this, open] {
        open->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
            && !m_schema->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
    };
    for (QLineEdit *edit : { m_host, m_database, m_schema, m_name })
        connect(edit, &QLineEdit::textChanged, this, update);
    setUri(rememberedUri());
    setIdentity(OperatorDialog::remembered());
    update();
}

QString SharedProjectDialog::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value() == 5432 ? -1 : m_port->value());
    url.setUserName(m_login->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("schema"), m_schema->text().trimmed());
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

void SharedProjectDialog::setUri(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid() || url.host().isEmpty())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_login->setText(url.userName());
    m_database->setText(url.path().mid(1));
    m_schema->setText(QUrlQuery(url).queryItemValue(QStringLiteral("schema")));
}

gis::OperatorIdentity SharedProjectDialog::identity() const
{
    return { m_name->text().trimmed(), m_role->currentText().trimmed() };
}

void SharedProjectDialog::setIdentity(const gis::OperatorIdentity &who)
{
    m_name->setText(who.name);
    if (!who.role.isEmpty())
        m_role->setCurrentText(who.role);
}

void SharedProjectDialog::accept()
{
    QSettings().setValue(QLatin1String(kUriKey), uri());
    OperatorDialog::remember(identity());
    QDialog::accept();
}

QString SharedProjectDialog::rememberedUri()
{
    return QSettings().value(QLatin1String(kUriKey)).toString();
}

} // namespace fg::app
