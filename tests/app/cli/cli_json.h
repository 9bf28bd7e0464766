// SPDX-License-Identifier: MIT
// The JSON a farmguard-cli run printed, for the CLI tests.
#pragma once

#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

/// The one JSON object a successful run printed.
inline QJsonObject cliJson(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

/// The entry of `analyze --format json`'s "incidents" whose id is @p id (the test fails without it).
inline QJsonObject analysedIncident(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &value : root.value(QStringLiteral("incidents")).toArray())
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    FAIL("no incident " << id.toStdString());
    return {};
}
