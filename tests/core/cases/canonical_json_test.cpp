// SPDX-License-Identifier: MIT
#include "core/cases/audit_event.h"
#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QVariant>
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

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

namespace {
/// The writer as it was before open6 (keys() then value() per key, a QVariant per number, byte
/// by byte strings), kept here as the reference the faster one must equal byte for byte.
void reference(const QJsonValue &value, QByteArray &out)
{
    static const char kHex[] = "0123456789abcdef";
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        const QVariant variant = value.toVariant();
        const double number = value.toDouble();
        if (variant.typeId() == QMetaType::LongLong)
            out += QByteArray::number(variant.toLongLong());
        else if (!std::isfinite(number))
            out += "null";
        else if (std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
            out += QByteArray::number(static_cast<qint64>(number));
        else
            out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QJsonValue::String:
        out += '"';
        for (const char byte : value.toString().toUtf8()) {
            const auto c = static_cast<unsigned char>(byte);
            if (c == '"' || c == '\\')
                out += QByteArray("\\") + char(c);
            else if (c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')
                out += QByteArray("\\") + "bfnrt"[QByteArray("\b\f\n\r\t").indexOf(char(c))];
            else if (c < 0x20)
                out += QByteArray("\\u00") + kHex[c >> 4] + kHex[c & 0xF];
            else
                out += char(c);
        }
        out += '"';
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            reference(array.at(i), out);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            reference(keys.at(i), out);
            out += ':';
            reference(object.value(keys.at(i)), out);
        }
        out += '}';
        return;
    }
    default:
        out += "null";
    }
}
} // namespace

TEST_CASE("canonical JSON's member iteration, plain-string copy and integer shortcut give the reference writer's bytes")
{
    const qint64 limit = qint64(1) << 53;
    const QJsonArray numbers { QJsonValue(limit - 1), QJsonValue(limit), QJsonValue(limit + 1), QJsonValue(-limit - 1),
        QJsonValue(-limit), QJsonValue(std::numeric_limits<qint64>::max()), 9007199254740992.0, 9007199254740994.0,
        -9007199254740994.0, 1e300, -0.0, 0.1, 5.01, 3340.0, -12.5, std::nan(""), HUGE_VAL, -HUGE_VAL };
    const QJsonArray strings { QString(), QStringLiteral("JC140425202400005"), QStringLiteral("a\"b\\c"),
        QStringLiteral("tab\there\nline\x01\x1f"), QString(QChar(0x7f)), QStringLiteral("平顺县 石城镇"),
        QStringLiteral("mixed \"中\" \\ end") };
    QJsonObject nested { { "z", numbers }, { "中", strings }, { "B", QJsonObject { { "y", QJsonValue() }, { "x", true } } },
        { "a", QJsonArray { QJsonObject { { "k", 1 } }, QJsonArray {}, QJsonObject {} } } };
    // A parsed object with a key written twice: whatever Qt keeps, both writers must agree.
    const QJsonObject twice = QJsonDocument::fromJson(R"({"b": 1, "a": 2, "b": 3, "c": {"d": 4, "d": 5}})").object();
    for (const QJsonValue &value : { QJsonValue(numbers), QJsonValue(strings), QJsonValue(nested), QJsonValue(twice) }) {
        QByteArray expected;
        reference(value, expected);
        CHECK(CanonicalJson::serialize(value) == expected);
    }
    // Spot checks the reference cannot share a mistake with.
    CHECK(CanonicalJson::serialize(QJsonValue(limit + 1)) == "9007199254740993");
    CHECK(CanonicalJson::serialize(9007199254740994.0) == "9007199254740994"); // shortest round trip, not an integer path
    CHECK(CanonicalJson::serialize(1e300) == "1e+300");
    CHECK(CanonicalJson::serialize(-0.0) == "0");
    CHECK(CanonicalJson::serialize(QStringLiteral("a\"b")) == R"("a\"b")");
}
