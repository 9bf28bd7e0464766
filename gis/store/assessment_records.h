// SPDX-License-Identifier: MIT
#pragma once

#include "core/assessment/township_measure.h"
#include "core/assessment/township_target.h"

#include <optional>
#include <vector>

namespace fg::gis {

/// The assessment tables of a project (issue 16 item 3, schema step 10): each township's
/// targets per year from its responsibility letter (责任状) and the measures taken against it
/// (约谈, 挂牌督办, 暂停用地审批, 通报批评 / 通报表扬), reached through ProjectStore::assessment() on
/// the store's own connection. Every change appends an audit event in the same transaction and
/// log replay re-derives both tables (verify-log names a row that disagrees).
/// Rights: the bureau writes (core::PermissionDenied for any other login, nothing written);
/// a township's login reads its own township's rows only (row-level security on PostGIS).
/// A project whose schema predates the step reads none and refuses writes (ProjectReadOnly).
class AssessmentRecords
{
public:
    virtual ~AssessmentRecords() = default;

    /// Stores a township's targets for a year, replacing the earlier ones of that township and
    /// year (logged old → new: nothing is lost). A target left out keeps its stored value.
    /// Throws InputError for an invalid target (core::TownshipTarget::validate). Returns the
    /// target as stored (both values, who and when).
    virtual core::TownshipTarget setTarget(const core::TownshipTarget &target) = 0;
    /// The stored targets (of @p year when given), by year then township.
    virtual std::vector<core::TownshipTarget> targets(std::optional<int> year = std::nullopt) const = 0;
    /// Records a measure (append-only); returns it as stored (id, who and when set).
    virtual core::TownshipMeasure addMeasure(const core::TownshipMeasure &measure) = 0;
    /// Every measure the operator may see, in the order recorded.
    virtual std::vector<core::TownshipMeasure> measures() const = 0;
};

} // namespace fg::gis
