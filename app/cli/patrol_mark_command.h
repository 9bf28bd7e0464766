// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli patrol-mark PROJECT --officer NAME --cell ID [--date YYYY-MM-DD]`:
/// records a visit marked by hand (the whole farmland of the cell counts as seen), so it sets
/// the cell's last patrol date and counts in `coverage PROJECT`. Logged in the audit log by the
/// store. No --note: the store keeps no note with a visit. Exit 2 usage, 3 unknown cell or officer.
class PatrolMarkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::PatrolMarkCommand)

public:
    QString name() const override { return QStringLiteral("patrol-mark"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
