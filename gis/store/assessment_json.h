// SPDX-License-Identifier: MIT
#pragma once

#include "core/assessment/township_measure.h"
#include "core/assessment/township_target.h"

#include <QJsonObject>

namespace fg::gis {

/// The audit events' values of the assessment records, the same on every backend (log replay
/// reads them back): a target {township, year, cultivated_m2, basic_farmland_m2 (null when not
/// given), unit}; a measure {township, kind, date, issued_by, document_no, note}.
struct AssessmentJson
{
    static QJsonObject target(const core::TownshipTarget &target);
    static QJsonObject measure(const core::TownshipMeasure &measure);
};

} // namespace fg::gis
