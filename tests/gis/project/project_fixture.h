// SPDX-License-Identifier: MIT
// Builds small projects from the committed sample county for the project store tests.
#pragma once

#include "gis/project/gpkg_project_store.h"
#include "gis/project/incident_importer.h"
#include "gis/project/project_builder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace fg::gis::test {

inline OperatorIdentity tester()
{
    return { QStringLiteral("王测试"), QStringLiteral("county land officer") };
}

inline ProjectSources sampleSources()
{
    const QDir dir(QStringLiteral(FG_SAMPLE_DIR));
    ProjectSources sources;
    sources.basicFarmland = dir.filePath(QStringLiteral("basic_farmland.shp"));
    sources.cultivated = dir.filePath(QStringLiteral("landuse.shp"));
    sources.boundaries = dir.filePath(QStringLiteral("townships.shp"));
    sources.villages = dir.filePath(QStringLiteral("villages.shp"));
    return sources;
}

/// A project of the sample county in a temporary directory, optionally with the sample's 36
/// incidents imported (each with its case opened at the clue).
struct SampleProjectFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("county.gpkg"));
    std::unique_ptr<ProjectStore> store;

    explicit SampleProjectFixture(bool withIncidents = true)
    {
        QFile::copy(templatePath(withIncidents), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        store = std::make_unique<GpkgProjectStore>(path, tester());
    }

    /// Built once per test run (about a second each), then copied: a closed project is one file.
    static QString templatePath(bool withIncidents)
    {
        static QTemporaryDir templates;
        const QString path = templates.filePath(withIncidents ? QStringLiteral("incidents.gpkg") : QStringLiteral("layers.gpkg"));
        if (!QFile::exists(path)) {
            auto built = ProjectBuilder::create(path, sampleSources(), tester()).store;
            if (withIncidents)
                IncidentImporter::run(*built, QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp")), {});
        }
        return path;
    }
};

} // namespace fg::gis::test
