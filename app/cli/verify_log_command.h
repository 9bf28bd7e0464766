// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli verify-log PROJECT`: checks the project's tamper-evident audit log (SHA-256
/// chain and recorded head) without changing the file. Exit 0 intact, 4 broken (the first broken
/// event named on stdout) or the SQLite integrity check failed, 2 usage, 3 not a readable project.
class VerifyLogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::VerifyLogCommand)

public:
    /// The chain is broken: an event was edited, deleted, reordered or cut off.
    static constexpr int ExitBroken = 4;

    QString name() const override { return QStringLiteral("verify-log"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
