// SPDX-License-Identifier: MIT
#pragma once

#include "core/tolerance_range.h"
#include "gis/analysis/verdict_edges.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace fg::gis {

/// JSON forms of a verdict's edges (issue 16), the same in `analyze --format json` and `project
/// case(s) --format json`. Keys are a scripting contract. Figures are the judged 0.01-mu values.
class EdgesJson
{
public:
    /// {"tolerance_m": 0.5, "measured": true, "basic_farmland_mu": [min, max],
    ///  "cultivated_mu": [min, max], "crosses": ["basic_farmland"], "flips": true}
    static QJsonObject tolerance(const core::ToleranceRange &range);
    /// {"name": "SP-…", "party": … | null, "incidents": […], "basic_farmland_mu": …,
    ///  "cultivated_mu": …, "crosses": ["basic_farmland"], "from": "2025-03-01" | null, "to": …}
    static QJsonObject splitPlot(const SplitPlotGroup &group);
    static QJsonArray splitPlots(const std::vector<SplitPlotGroup> &groups);
};

} // namespace fg::gis
