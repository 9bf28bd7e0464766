// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli coverage PROJECT --from DATE --to DATE`: the project's imported tracks (with
/// their gaps) and patrol records in the period: coverage per officer and township and the
/// cells overdue on --to. Without a project,
/// `farmguard-cli coverage --grid GRID.gpkg [--landuse FILE] --officer NAME TRACK.gpx...
/// [--from DATE --to DATE]`: imports GPS tracks, flags their gaps, and reports the share of each
/// cell's farmland seen (within --sight metres), coverage per officer and township, and the
/// cells overdue on --to. Exit 2 usage, 3 bad input.
class CoverageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::CoverageCommand)

public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
