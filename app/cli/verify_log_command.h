// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::gis {
struct LogCheck;
}

namespace fg::app {

/// `farmguard-cli verify-log PROJECT [--full] [--receipt R]… [--head "#SEQ HASH"]… [--key-file K]`:
/// checks the project's record without changing it, in one read transaction: the audit log's
/// chain (SHA-256, or HMAC-SHA256 for a keyed log) and recorded head, the file's integrity
/// (quick_check; integrity_check with --full), the data re-derived from the log against every
/// row (naming each row that differs), the receipt copies kept in the project, and the receipts
/// and printed heads given. Prints the head ("#SEQ HASH") for receipts and reports.
/// Exit 0 all passed, 4 anything failed (named on stdout), 2 usage, 3 not a readable project.
class VerifyLogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::VerifyLogCommand)

public:
    /// The chain, the data, the file or an anchor failed.
    static constexpr int ExitBroken = 4;

    QString name() const override { return QStringLiteral("verify-log"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static void printChain(const QString &path, const gis::LogCheck &check, QTextStream &out);
    static void printData(const QString &path, const gis::LogCheck &check, QTextStream &out);
};

} // namespace fg::app
