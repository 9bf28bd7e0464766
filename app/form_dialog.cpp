// SPDX-License-Identifier: MIT
#include "app/form_dialog.h"

#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fg::app {

QDialogButtonBox *layOutFormDialog(
    QDialog *dialog, QFormLayout *form, const QString &note, QDialogButtonBox::StandardButtons buttons)
{
    auto *label = new QLabel(note, dialog);
    label->setWordWrap(true);
    auto *box = new QDialogButtonBox(buttons, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(label);
    layout->addWidget(box);
    return box;
}

} // namespace fg::app
