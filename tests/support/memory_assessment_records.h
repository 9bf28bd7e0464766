// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/assessment_records.h"
#include "memory_session.h"

#include <QCoreApplication>

namespace fg::test {

/// AssessmentRecords of a MemoryProjectStore, on its session: the bureau writes targets and
/// measures (one audit event each, the SQL store's JSON), a township reads its own, a
/// department none.
class MemoryAssessmentRecords final : public gis::AssessmentRecords
{
    Q_DECLARE_TR_FUNCTIONS(fg::test::MemoryAssessmentRecords)

public:
    explicit MemoryAssessmentRecords(const MemorySession &session);

    core::TownshipTarget setTarget(const core::TownshipTarget &target) override;
    std::vector<core::TownshipTarget> targets(std::optional<int> year = std::nullopt) const override;
    core::TownshipMeasure addMeasure(const core::TownshipMeasure &measure) override;
    std::vector<core::TownshipMeasure> measures() const override;

private:
    const MemorySession &m_session;
};

} // namespace fg::test
