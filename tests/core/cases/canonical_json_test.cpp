// SPDX-License-Identifier: MIT
#include "core/cases/canonical_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace fg::core;

namespace {
QByteArray canonical(const QByteArray &json)
{
    return CanonicalJson::serialize(QJsonDocument::fromJson(json).object());
}
} // namespace

TEST_CASE("canonical JSON sorts keys by UTF-16 code units and drops whitespace")
{
    // 'B' (0x42) < 'a' (0x61) < 'b' < '中' (0x4E2D); nested objects are sorted too.
    CHECK(canonical(R"({ "b": 1, "中": 2, "a": { "z": [1, 2], "y": null }, "B": true })")
        == QByteArray(R"({"B":true,"a":{"y":null,"z":[1,2]},"b":1,"中":2})"));
}

TEST_CASE("canonical JSON escapes only quotes, backslashes and control characters")
{
    const QJsonObject object { { "s", QStringLiteral("引号\"反斜杠\\\n\t\x01/耕地") } };
    CHECK(CanonicalJson::serialize(object) == QByteArray("{\"s\":\"引号\\\"反斜杠\\\\\\n\\t\\u0001/耕地\"}"));
}

TEST_CASE("canonical JSON writes whole numbers as integers and others in shortest form")
{
    const QJsonArray numbers { 1.0, -0.0, 0.1, 5.25, 1e300, qint64(9007199254740993), 3333.3333333333335,
        -42 };
    CHECK(CanonicalJson::serialize(numbers)
        == QByteArray("[1,0,0.1,5.25,1e+300,9007199254740993,3333.3333333333335,-42]"));
}
