// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli make-sample DIR [--seed N]`: writes the sample county (data/sample/ is this
/// command's output with the default seed) and prints what it wrote and the designed cases.
class MakeSampleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::MakeSampleCommand)

public:
    QString name() const override { return QStringLiteral("make-sample"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
