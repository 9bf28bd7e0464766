// SPDX-License-Identifier: MIT
#include "app/project/operator_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace fg::app {

namespace {
const char *const kNameKey = "project/operatorName";
const char *const kRoleKey = "project/operatorRole";
} // namespace

OperatorDialog::OperatorDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Who is working on this project?"));
    const gis::OperatorIdentity last = remembered();
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Every change to %1 is recorded with your name and role in the project's tamper-evident log.")
                                 .arg(QDir::toNativeSeparators(projectPath)),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name = new QLineEdit(last.name, this);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("operatorRole"));
    m_role->setEditable(true);
    m_role->addItems(roles());
    if (!last.role.isEmpty())
        m_role->setCurrentText(last.role);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

gis::OperatorIdentity OperatorDialog::identity() const
{
    return { m_name->text().trimmed(), m_role->currentText().trimmed() };
}

std::optional<gis::OperatorIdentity> OperatorDialog::ask(const QString &projectPath, QWidget *parent)
{
    OperatorDialog dialog(projectPath, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    remember(dialog.identity());
    return dialog.identity();
}

QStringList OperatorDialog::roles()
{
    return { tr("county land law enforcement officer"), tr("township land officer"), tr("village grid patroller"),
        tr("department head") };
}

gis::OperatorIdentity OperatorDialog::remembered()
{
    QSettings settings;
    return { settings.value(QLatin1String(kNameKey)).toString(), settings.value(QLatin1String(kRoleKey)).toString() };
}

void OperatorDialog::remember(const gis::OperatorIdentity &who)
{
    QSettings settings;
    settings.setValue(QLatin1String(kNameKey), who.name);
    settings.setValue(QLatin1String(kRoleKey), who.role);
}

} // namespace fg::app
