// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli report case`: the case report (案件图斑分析报告) as a PDF, from layer files
/// (--incidents, --basic-farmland, --cultivated, --boundaries). Exit 0 when the PDF was
/// written, 2 on a usage error, 3 on bad input (unreadable layer, unknown case id, unwritable
/// output). Needs a QGuiApplication (cli_main makes one for this command, offscreen by default).
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
