// SPDX-License-Identifier: MIT
// A writable copy of the sample project (grid, three officers, a plan, one track) for CLI tests.
#pragma once

#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

/// Builds the sample project once per test run with `project create-sample`, then copies it
/// into @p dir as county.gpkg for one test to change.
inline QString sampleProjectCopy(const QTemporaryDir &dir)
{
    static QTemporaryDir templates;
    const QString original = templates.filePath(QStringLiteral("sample.gpkg"));
    if (!QFile::exists(original)) {
        const CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), original,
            QStringLiteral("--sample-dir"), QStringLiteral(FG_SAMPLE_DIR) });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QString copy = dir.filePath(QStringLiteral("county.gpkg"));
    REQUIRE(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}
