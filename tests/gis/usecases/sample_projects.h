// SPDX-License-Identifier: MIT
// The sample project (`farmguard-cli project create-sample`) on the GeoPackage and in memory, for
// the use case tests: both must give the same figures.
#pragma once

#include "gis/store/project_stores.h"
#include "gis/usecases/sample_project.h"
#include "support/memory_sample.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace fg::gis::test {

/// A writable copy of the sample project file in @p dir (built once per test run, then copied).
inline QString sampleProjectFile(const QTemporaryDir &dir)
{
    static QTemporaryDir templates;
    const QString original = templates.filePath(QStringLiteral("sample.gpkg"));
    if (!QFile::exists(original))
        SampleProject::create(
            ProjectLocation::parse(original), QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
    const QString copy = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// The sample project on each backend the use case tests run on: "geopackage" and "memory".
struct SampleProjects
{
    QTemporaryDir dir;
    std::vector<std::pair<QString, std::unique_ptr<ProjectStore>>> stores;

    SampleProjects()
    {
        const OperatorIdentity who { QStringLiteral("测试员"), QStringLiteral("county officer") };
        stores.emplace_back(QStringLiteral("geopackage"),
            ProjectStores::open(ProjectLocation::parse(sampleProjectFile(dir)), who));
        stores.emplace_back(QStringLiteral("memory"),
            fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime(), who));
    }
};

} // namespace fg::gis::test
