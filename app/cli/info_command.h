// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli info PATH...`: what a layer is, as the reader understood it.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
