// SPDX-License-Identifier: MIT
// The sample county as an in-memory project, for tests that need a project's record but no file.
#pragma once

#include "memory_project_store.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace fg::test {

/// The sample county of @p sampleDir (data/sample) in a MemoryProjectStore: its reference layers
/// in EPSG:4547 and what gis::SampleProject::fill() records (incidents, six cases dated relative
/// to @p now, patrol grid, officers, plan, a track) — the project `farmguard-cli project
/// create-sample` writes, without a file. Opened for @p who with the bureau's rights. The layers
/// are read once per process; each call builds a new project.
std::unique_ptr<MemoryProjectStore> memorySampleProject(const QString &sampleDir, const QDateTime &now,
    const gis::OperatorIdentity &who = { QStringLiteral("测试员"), QStringLiteral("county officer") });

/// The sample's reference layers alone in a MemoryProjectStore (no incidents, cases or patrol
/// records yet), as `project create` with the sample's layers makes it.
std::unique_ptr<MemoryProjectStore> memorySampleLayers(const QString &sampleDir,
    const gis::OperatorIdentity &who = { QStringLiteral("测试员"), QStringLiteral("county officer") });

} // namespace fg::test
