// SPDX-License-Identifier: MIT
#pragma once

#include <QDialogButtonBox>

class QDialog;
class QFormLayout;

namespace fg::app {

/// Lays out a small dialog the way the patrol and project dialogs share: @p form, a wrapped
/// note under it, and @p buttons wired to accept and reject. Returns the button box.
QDialogButtonBox *layOutFormDialog(
    QDialog *dialog, QFormLayout *form, const QString &note, QDialogButtonBox::StandardButtons buttons);

} // namespace fg::app
