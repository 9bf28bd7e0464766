// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_style.h"

#include <QString>

namespace fg::app {

/// A verdict as a list shows it, given by whoever judges the layer (an open project's
/// gis::CaseJudgement through its session): the class for colour and order, the words, and the
/// explanation (当事人累计 with the party's incidents) as a tooltip.
struct ListedVerdict
{
    gis::VerdictClass verdict = gis::VerdictClass::NotAnalysed;
    QString text;
    QString toolTip;
};

} // namespace fg::app
