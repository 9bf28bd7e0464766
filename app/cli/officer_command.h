// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli officer PROJECT list|add|update ...`: the project's grid officers (网格员) —
/// township, base, daily capacity, assigned cells or villages, holidays and 调休 weekend days.
/// Every change goes through PatrolStore::setOfficer, which logs it in the audit log; officers
/// are never deleted (the store has no active flag, so there is no retire). Exit 2 usage, 3 bad
/// input (unknown township, cell, village or officer, named in the message).
class OfficerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::OfficerCommand)

public:
    QString name() const override { return QStringLiteral("officer"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
