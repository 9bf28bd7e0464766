// SPDX-License-Identifier: MIT
#include "core/cases/canonical_json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <vector>
#include <cmath>

namespace fg::core {

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    write(value, out);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonObject &object, const QHash<QString, QByteArray> &written)
{
    QByteArray out;
    writeObject(object, written, out);
    return out;
}

void CanonicalJson::writeObject(const QJsonObject &object, const QHash<QString, QByteArray> &written, QByteArray &out)
{
    // Each member taken once through the iterator: a lookup of every key by name cost more than
    // writing it (the open check writes every event's values for the chain).
    std::vector<std::pair<QString, QJsonValue>> members;
    members.reserve(size_t(object.size()));
    for (auto member = object.constBegin(); member != object.constEnd(); ++member)
        members.emplace_back(member.key(), member.value());
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto twice = std::adjacent_find(
        members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first == b.first; });
    out += '{';
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        writeString(members[i].first, out);
        out += ':';
        if (const auto given = written.constFind(members[i].first); given != written.constEnd())
            out += *given;
        else if (twice != members.end()) // a key held twice: the value its name finds, as keys() + value() wrote
            write(object.value(members[i].first), out);
        else
            write(members[i].second, out);
    }
    out += '}';
}

void CanonicalJson::write(const QJsonValue &value, QByteArray &out)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        writeNumber(value, out);
        return;
    case QJsonValue::String:
        writeString(value.toString(), out);
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            write(array.at(i), out);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object:
        writeObject(value.toObject(), {}, out);
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

namespace {
/// True when every UTF-16 unit of @p text is ASCII: its UTF-8 bytes are its units.
bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}
/// True when every UTF-16 unit of @p text is printable ASCII other than '"' and '\\': its bytes
/// are its units, unescaped.
bool isPlain(const QString &text)
{
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\')
            return false;
    }
    return true;
}
} // namespace

void CanonicalJson::writeString(const QString &text, QByteArray &out)
{
    out += '"';
    // Most of a log's text is ASCII (ids, dates, hashes, keys): written without a UTF-8 copy,
    // and when nothing in it needs escaping, unit by unit straight into the buffer.
    if (isPlain(text)) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar c : text)
            *to++ = char(c.unicode());
    } else if (isAscii(text)) {
        for (const QChar c : text)
            writeByte(static_cast<unsigned char>(c.unicode()), out);
    } else {
        for (const char byte : text.toUtf8())
            writeByte(static_cast<unsigned char>(byte), out);
    }
    out += '"';
}

void CanonicalJson::writeByte(unsigned char c, QByteArray &out)
{
    static const char kHex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default:
        if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += char(c);
        }
    }
}

void CanonicalJson::writeNumber(const QJsonValue &value, QByteArray &out)
{
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    // A whole number below 2^53 in magnitude is written as that integer whether it is held as an
    // integer or as a double: such an integer converts to a double exactly, and any integer
    // beyond converts to 2^53 or more (strictly below, so 2^53 + 1 never passes as 2^53). No
    // QVariant needed to tell; the rest as before.
    if (const double held = value.toDouble(); std::trunc(held) == held && std::fabs(held) < kExactIntegerLimit) {
        out += QByteArray::number(static_cast<qint64>(held));
        return;
    }
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        out += QByteArray::number(variant.toLongLong());
        return;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    if (std::trunc(number) == number && std::fabs(number) <= kExactIntegerLimit) {
        out += QByteArray::number(static_cast<qint64>(number));
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace fg::core
