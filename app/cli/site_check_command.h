// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace fg::app {

/// `farmguard-cli site-check --site SITE.geojson|--points POINTS.txt --project P [--kind K]
/// [--format json|text] [--pdf OUT.pdf]`: the pre-approval site check (选址核查, issue 16 item 2)
/// of a proposed site against the project (gis::SiteCheck), printed as text or JSON, and the
/// one-page opinion as PDF. Reads the project only. Exit 2 usage, 3 bad input (one line naming
/// the file, the feature and the problem), 4 a project that cannot be read.
class SiteCheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::SiteCheckCommand)

public:
    QString name() const override { return QStringLiteral("site-check"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace fg::app
