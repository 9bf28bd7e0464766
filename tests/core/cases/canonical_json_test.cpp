// SPDX-License-Identifier: MIT
#include "core/cases/audit_event.h"
#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"

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

TEST_CASE("an audit event's canonical bytes, written member by member, are CanonicalJson's of the event as an object")
{
    // AuditEvent::canonical lays the members out itself (the open check rebuilds it for every
    // event): the bytes must be those of the generic serializer over the event's JSON form
    // (without "hash", with "format"), or every log sealed before would fail its check.
    AuditEvent event;
    event.seq = 9007199254740993; // beyond 2^53: written as the integer it is
    event.when = QStringLiteral("2026-12-06T22:30:00.123Z");
    event.who = QStringLiteral("张三 \"所长\"\\\n\t\x01");
    event.role = QString(); // a null string is an empty one
    event.entity = QStringLiteral("incident");
    event.entityId = QStringLiteral("JC-中-1");
    event.action = QStringLiteral("create");
    event.oldValue = QJsonValue(QJsonValue::Undefined);
    event.newValue = QJsonObject { { "b", 1.5 }, { "a", QJsonArray { -0.0, QStringLiteral("耕地") } }, { "中", true } };
    event.prevHash = HashChain::genesis();
    QJsonObject object = event.toJson();
    object.remove(QStringLiteral("hash"));
    object.insert(QStringLiteral("format"), QStringLiteral("farmguard-audit-1"));
    const QByteArray generic = CanonicalJson::serialize(object);
    CHECK(event.canonical() == generic);
    CHECK(event.canonical(CanonicalJson::serialize(event.oldValue), CanonicalJson::serialize(event.newValue)) == generic);
    CHECK(generic.startsWith(R"({"action":"create","entity":"incident","entity_id":"JC-中-1","format":)"));
    CHECK(generic.contains(R"("new":{"a":[0,"耕地"],"b":1.5,"中":true},"old":null,)"));
    CHECK(generic.contains(R"("role":"","seq":9007199254740993,)"));
    CHECK(generic.contains(R"("who":"张三 \"所长\"\\\n\t\u0001")"));
}
