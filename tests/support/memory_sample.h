// SPDX-License-Identifier: MIT
// The sample county as an in-memory project, for app and use-case tests that need the record
// but no file.
#pragma once

#include "memory_project_store.h"

#include <QDateTime>

namespace fg::test {

/// The sample county of @p sampleDir (data/sample) in a MemoryProjectStore: its reference layers
/// read from the shapefiles into the working CRS, then gis::SampleProject::fill (incidents, six
/// cases dated relative to @p now, grid, officers, plan, track). Opened for @p who with the
/// bureau's rights. Throws core::InputError.
std::unique_ptr<MemoryProjectStore> memorySample(const QString &sampleDir, const QDateTime &now,
    const gis::OperatorIdentity &who = { QStringLiteral("测试员"), QStringLiteral("county officer") });

} // namespace fg::test
