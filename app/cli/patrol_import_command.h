// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli patrol-import PROJECT --officer NAME TRACK.gpx [--sight M] [--max-jump M]
/// [--max-silence S]`: stores a phone app's GPX track in the project for an officer, flags its
/// gaps (long straight jumps, time holes) and records the share of each grid cell's farmland
/// seen within the sight distance. Exit 2 usage, 3 bad input (also: the same track twice).
class PatrolImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::PatrolImportCommand)

public:
    QString name() const override { return QStringLiteral("patrol-import"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
