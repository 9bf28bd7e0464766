// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli analyze`: per incident, the basic farmland and cultivated land it occupies
/// (m² and mu, by land class), the accountability verdict, and per party the accumulated
/// figures. Output as a table for people, or JSON / CSV for scripts (the contract of issue 4).
/// Exit 0 on success (flags are not errors), 2 on a usage error, 3 on bad input.
class AnalyzeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::AnalyzeCommand)

public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
