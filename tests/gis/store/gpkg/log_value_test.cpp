// SPDX-License-Identifier: MIT
// The audit log's append without the parse-back (sql_log::loggedValue): the stored text, the
// canonical bytes hashed and the digest must be exactly those of the append before it, which
// serialised every value, parsed it back and serialised it again.
#include "core/cases/audit_event.h"
#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "gis/store/sql/sql_log_value_p.h"

#include <catch2/catch.hpp>

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using fg::core::CanonicalJson;
using fg::gis::sql_log::LoggedValue;
using fg::gis::sql_log::loggedValue;
using fg::gis::sql_log::roundTrips;

namespace {

/// The append's value rule as main dbccf2d wrote it (sql_log.cpp storedValue/parsedValue), kept
/// here verbatim as the reference.
LoggedValue todaysValue(const QJsonValue &value)
{
    const QString stored = QString::fromUtf8(CanonicalJson::serialize(value));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + stored.toUtf8() + "]", &error);
    const QJsonValue parsed = error.error != QJsonParseError::NoError || document.array().size() != 1
        ? QJsonValue(stored)
        : document.array().at(0);
    return { parsed, CanonicalJson::serialize(parsed) };
}

/// Type for type: an integer and a double of the same magnitude differ here (QJsonValue's ==
/// would call them equal).
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    return QCborValue::fromJsonValue(a) == QCborValue::fromJsonValue(b)
        && CanonicalJson::serialize(a) == CanonicalJson::serialize(b);
}

fg::core::AuditEvent draft(const LoggedValue &oldValue, const LoggedValue &newValue)
{
    fg::core::AuditEvent event;
    event.when = QStringLiteral("2026-12-07T01:00:00.000Z");
    event.who = QStringLiteral("张三");
    event.role = QStringLiteral("officer");
    event.entity = QStringLiteral("incident");
    event.entityId = QStringLiteral("JC-001");
    event.action = QStringLiteral("create");
    event.oldValue = oldValue.value;
    event.newValue = newValue.value;
    return event;
}

/// Compares the new append's stored texts, canonical bytes and hash with today's for one pair.
void requireSameAppend(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    const LoggedValue oldNow = loggedValue(oldValue), newNow = loggedValue(newValue);
    const LoggedValue oldBefore = todaysValue(oldValue), newBefore = todaysValue(newValue);
    INFO("value " << CanonicalJson::serialize(newValue).toStdString());
    REQUIRE(newNow.text == newBefore.text);
    REQUIRE(oldNow.text == oldBefore.text);
    REQUIRE(sameValue(newNow.value, newBefore.value));
    REQUIRE(sameValue(oldNow.value, oldBefore.value));
    fg::core::AuditEvent previous;
    previous.seq = 41;
    previous.hash = QStringLiteral("ab").repeated(32);
    const fg::core::AuditEvent now = fg::core::HashChain::seal(draft(oldNow, newNow), &previous, nullptr,
        oldNow.text, newNow.text);
    const fg::core::AuditEvent before = fg::core::HashChain::seal(draft(oldBefore, newBefore), &previous,
        nullptr, oldBefore.text, newBefore.text);
    REQUIRE(now.canonical(oldNow.text, newNow.text) == before.canonical(oldBefore.text, newBefore.text));
    REQUIRE(now.hash == before.hash);
    REQUIRE(now.seq == 42);
}

double bits(quint64 pattern)
{
    double value;
    std::memcpy(&value, &pattern, sizeof value);
    return value;
}

} // namespace

TEST_CASE("log value: every kind of value is stored, canonicalised and hashed exactly as before", "[store][log]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const qint64 two53 = qint64(1) << 53;
    const QList<QJsonValue> values {
        QJsonValue(), QJsonValue(QJsonValue::Undefined), true, false, 0, 1, -1, 0.5, -0.0, 0.0, 3.0, 1e-7,
        0.1 + 0.2, 1e300, -1e-300, 5e-324, nan, inf, -inf, QJsonValue(two53 - 1), QJsonValue(two53),
        QJsonValue(two53 + 1), QJsonValue(-two53 - 1), double(two53), double(two53) + 2.0, std::ldexp(1.0, 60),
        QJsonValue(std::numeric_limits<qint64>::max()), QJsonValue(std::numeric_limits<qint64>::min()),
        1.8446744073709552e19, QStringLiteral(""), QStringLiteral("JCBH-2026-0001"),
        QStringLiteral("耕地保护巡查 乡镇 𠀀𝄞"), QStringLiteral("quote \" backslash \\ slash /"),
        QString::fromUtf16(u"\u0000\u0001\b\f\n\r\t\u001f\u007f"), QString(QChar(0xD800)),
        QString(QChar(0xDC00)) + QStringLiteral("x"), QString::fromUtf16(u"\uFFFE\uFFFF\uFDD0"),
        QString::fromUtf16(u"\U0001FFFF"), QString::fromUtf16(u"\uFEFF\u2028")
    };
    for (const QJsonValue &value : values) {
        requireSameAppend(QJsonValue(), value);
        requireSameAppend(value, QJsonValue(QJsonArray { value, value }));
    }
    // Nested objects, keys in any order (inserted unsorted, CJK and non-BMP keys), arrays in them.
    QJsonObject nested { { QStringLiteral("zeta"), 1 }, { QStringLiteral("乡镇"), QStringLiteral("城关镇") },
        { QStringLiteral("alpha"), QJsonObject { { QStringLiteral("b"), -0.0 }, { QStringLiteral("a"), 2.5 } } },
        { QStringLiteral("𝄞"), QJsonArray { 1, 2.25, QJsonValue(), QStringLiteral("x") } },
        { QStringLiteral("Z"), QJsonValue(two53 + 3) }, { QStringLiteral("\n"), false } };
    requireSameAppend(QJsonValue(), nested);
    requireSameAppend(nested, QJsonObject { { QStringLiteral("inner"), nested } });
    // A key given twice: in parsed JSON, and in an object converted from CBOR holding it twice.
    const QJsonObject twiceParsed
        = QJsonDocument::fromJson(R"({"b": 1, "a": 2, "b": 3, "c": {"d": 4, "d": 5}})").object();
    requireSameAppend(QJsonValue(), twiceParsed);
    const QByteArray cbor = QByteArray::fromHex("a3616201616102616203"); // {"b":1,"a":2,"b":3}
    const QJsonValue twiceCbor = QCborValue::fromCbor(cbor).toJsonValue();
    requireSameAppend(twiceCbor, QJsonArray { twiceCbor });
}

TEST_CASE("log value: the bytes of the awkward values are pinned", "[store][log]")
{
    const qint64 two53 = qint64(1) << 53;
    CHECK(loggedValue(-0.0).text == "0");
    CHECK(loggedValue(std::numeric_limits<double>::quiet_NaN()).text == "null");
    CHECK(loggedValue(QJsonValue(two53 + 1)).text == "9007199254740993");
    CHECK(loggedValue(double(two53)).text == "9007199254740992");
    CHECK(loggedValue(std::ldexp(1.0, 60)).text == "1152921504606847000"); // shortest digits, fixed form
    CHECK(loggedValue(QString::fromUtf16(u"甲\u0001\n\"")).text == "\"\xe7\x94\xb2\\u0001\\n\\\"\"");
    CHECK(loggedValue(QJsonObject { { QStringLiteral("b"), 1 }, { QStringLiteral("a"), 0.5 } }).text
        == R"({"a":0.5,"b":1})");
    // A whole double beyond 2^53 reads back as an integer: the event carries what the log reads.
    const LoggedValue whole = loggedValue(std::ldexp(1.0, 60));
    CHECK(QCborValue::fromJsonValue(std::ldexp(1.0, 60)).isDouble());
    CHECK(QCborValue::fromJsonValue(whole.value).isInteger());
}

TEST_CASE("log value: the parse is skipped only where it gives the value back", "[store][log]")
{
    // The values the store builds for an import take the short path...
    CHECK(roundTrips(QJsonObject { { QStringLiteral("id"), QStringLiteral("JCBH-1") },
        { QStringLiteral("area_m2"), 1234.56 }, { QStringLiteral("fid"), 7 }, { QStringLiteral("note"), QJsonValue() },
        { QStringLiteral("乡镇"), QStringLiteral("城关镇") } }));
    // ...those the parse changes do not.
    // Qt holds a whole double below 2^53 as an integer already (-0.0 as 0): nothing for the parse.
    CHECK(roundTrips(-0.0));
    CHECK(QCborValue::fromJsonValue(-0.0).isInteger());
    CHECK_FALSE(roundTrips(std::ldexp(1.0, 60)));
    CHECK_FALSE(roundTrips(std::numeric_limits<double>::infinity()));
    CHECK_FALSE(roundTrips(QJsonValue(QJsonValue::Undefined)));
    CHECK_FALSE(roundTrips(QString(QChar(0xD800))));
    CHECK_FALSE(roundTrips(QJsonArray { 1, std::ldexp(1.0, 60) }));
    CHECK_FALSE(roundTrips(QJsonObject { { QStringLiteral("a"), 1 },
        { QStringLiteral("b"), QJsonObject { { QStringLiteral("c"), std::nan("") } } } }));
    // Wherever it says so, parsing the text gives the value back type for type (random values).
    std::mt19937_64 random(20261207);
    int shortPaths = 0;
    for (int i = 0; i < 20000; ++i) {
        QJsonValue value;
        switch (i % 4) {
        case 0:
            value = bits(random());
            break;
        case 1:
            value = QJsonValue(qint64(random()) >> (random() % 64));
            break;
        case 2:
            value = double(qint64(random() >> (random() % 64))) / double(1 << (random() % 8));
            break;
        default: {
            QString text;
            for (int n = int(random() % 6); n > 0; --n)
                text += QChar(char16_t(random() % 4 == 0 ? 0xD800 + random() % 0x2800 : random() % 0x10000));
            value = text;
        }
        }
        if (roundTrips(value)) {
            ++shortPaths;
            REQUIRE(sameValue(todaysValue(value).value, value));
        }
        requireSameAppend(QJsonValue(), value);
    }
    CHECK(shortPaths > 10000);
}
