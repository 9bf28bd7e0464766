// SPDX-License-Identifier: MIT
#include "core/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace fg::core;

namespace {

/// What QJsonDocument writes for @p root (the reference the writer must equal byte for byte).
QByteArray qtBytes(const QJsonValue &root)
{
    return root.isArray() ? QJsonDocument(root.toArray()).toJson(QJsonDocument::Indented)
                          : QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented);
}

QByteArray writerBytes(const QJsonValue &root, int *chunks = nullptr)
{
    QByteArray out;
    JsonWriter writer([&out, chunks](const QByteArray &bytes) {
        out += bytes;
        if (chunks)
            ++*chunks;
    });
    writer.value(root);
    writer.finish();
    return out;
}

QString utf16(std::initializer_list<char16_t> units)
{
    QString s;
    for (char16_t u : units)
        s.append(QChar(u));
    return s;
}

} // namespace

TEST_CASE("the JSON writer escapes strings exactly as QJsonDocument does")
{
    QJsonObject object;
    object.insert(QStringLiteral("chinese"), QStringLiteral("永久基本农田 旱地（0103）·—…"));
    object.insert(QStringLiteral("latin"), QStringLiteral("Grüße café"));
    object.insert(QStringLiteral("astral"), QString::fromUcs4(U"\U00020000\U0001F600"));
    object.insert(QStringLiteral("quotes"), QStringLiteral("say \"no\" to \\ back\\slash /"));
    object.insert(QStringLiteral("controls"), utf16({ 0x01, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x7f, 'x' }));
    object.insert(QStringLiteral("lone_high"), utf16({ 'a', 0xd83d, 'b' }));
    object.insert(QStringLiteral("lone_low"), utf16({ 0xde00, 'c' }));
    object.insert(QStringLiteral("high_at_end"), utf16({ 'd', 0xd83d }));
    object.insert(QStringLiteral("empty"), QString());
    object.insert(QStringLiteral("键 with \"quote\""), QStringLiteral("key escaped too"));
    const QByteArray expected = qtBytes(object);
    CHECK(writerBytes(object) == expected);
    // The escapes themselves, so a change in Qt shows here and not as a silent agreement.
    CHECK(expected.contains(R"("controls": "\u0001\b\t\n\f\r\u001f)"));
    CHECK(expected.contains(R"("lone_high": "a\ud83db")"));
    CHECK(expected.contains(R"("quotes": "say \"no\" to \\ back\\slash /")"));
}

TEST_CASE("the JSON writer formats numbers exactly as QJsonDocument does")
{
    // Doubles as the formatter hands them over; QJsonValue keeps an integral one within ±2^53 as
    // an integer (1e15 prints as 1000000000000000, -0.0 as 0), others in the shortest form.
    const std::vector<double> doubles { 0.1, 1e-7, 1e21, 1e20, 1e18, 1e15, 1000000.0, -0.0, 0.0, 1.0 / 3.0, 4.995,
        123456789.12, 10452.06, 15.68, 5e-324, std::numeric_limits<double>::max(), -2.5, 9007199254740992.0,
        -9007199254740992.0, 9007199254740994.0, -9007199254740994.0, 9223372036854775807.0, -1e300, std::nan(""),
        std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity() };
    const std::vector<qint64> integers { qint64(9007199254740993), std::numeric_limits<qint64>::min(),
        std::numeric_limits<qint64>::max(), -7, 0 };
    QJsonArray tree;
    QByteArray typed;
    JsonWriter writer([&typed](const QByteArray &bytes) { typed += bytes; });
    writer.beginArray();
    for (double d : doubles) {
        tree.append(d);
        writer.value(d);
    }
    for (qint64 n : integers) {
        tree.append(n);
        writer.value(n);
    }
    tree.append(true);
    writer.value(true);
    tree.append(false);
    writer.value(false);
    tree.append(QJsonValue());
    writer.null();
    writer.endArray();
    writer.finish();
    const QByteArray expected = qtBytes(tree);
    CHECK(typed == expected);
    CHECK(writerBytes(tree) == expected);
    CHECK(expected.contains("\n    1e+21,\n"));
    CHECK(expected.contains("\n    1e+18,\n    1000000000000000,\n    1000000,\n    0,\n    0,\n")); // -0.0 is 0
    CHECK(expected.contains("\n    9007199254740993,\n")); // 2^53 + 1 as an integer: exact
    CHECK(expected.contains("\n    null,\n    null,\n    null,\n")); // NaN and the infinities
}

TEST_CASE("the JSON writer nests empty and full arrays and objects as QJsonDocument does")
{
    QJsonObject inner { { QStringLiteral("x"), 1 }, { QStringLiteral("list"), QJsonArray { QJsonArray(), QJsonObject() } } };
    QJsonObject root { { QStringLiteral("a"), QJsonArray() }, { QStringLiteral("b"), QJsonObject() },
        { QStringLiteral("c"), QJsonArray { QJsonArray { QJsonArray() }, inner, QJsonArray { 1, QStringLiteral("s") } } },
        { QStringLiteral("d"), inner } };
    CHECK(writerBytes(root) == qtBytes(root));
    CHECK(writerBytes(QJsonArray()) == qtBytes(QJsonArray()));
    CHECK(writerBytes(QJsonObject()) == qtBytes(QJsonObject()));
    CHECK(qtBytes(root).contains("\"a\": [\n    ],\n    \"b\": {\n    },"));
}

TEST_CASE("the JSON writer hands a long document over in chunks with the same bytes")
{
    QJsonArray rows;
    for (int i = 0; i < 20000; ++i)
        rows.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("JC%1 地块").arg(i) },
            { QStringLiteral("m2"), i * 0.01 } });
    int chunks = 0;
    const QByteArray bytes = writerBytes(rows, &chunks);
    CHECK(bytes == qtBytes(rows));
    CHECK(bytes.size() > 1000000);
    CHECK(chunks > 10);
}

TEST_CASE("the JSON writer refuses keys out of QJsonObject's order and unbalanced calls")
{
    QByteArray out;
    JsonWriter writer([&out](const QByteArray &bytes) { out += bytes; });
    writer.beginObject();
    writer.member(QLatin1String("b"), 1);
    CHECK_THROWS_AS(writer.key(QLatin1String("a")), std::logic_error);
    CHECK_THROWS_AS(writer.key(QLatin1String("b")), std::logic_error); // a key twice
    JsonWriter second([&out](const QByteArray &bytes) { out += bytes; });
    second.beginObject();
    CHECK_THROWS_AS(second.value(1), std::logic_error); // a value without its key
    CHECK_THROWS_AS(second.endArray(), std::logic_error);
    CHECK_THROWS_AS(second.finish(), std::logic_error);
}
