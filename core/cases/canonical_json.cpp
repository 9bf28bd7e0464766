// SPDX-License-Identifier: MIT
#include "core/cases/canonical_json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QVariant>
#include <algorithm>
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
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end()); // QString compares UTF-16 code units
    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += ',';
        writeString(keys.at(i), out);
        out += ':';
        if (const auto given = written.constFind(keys.at(i)); given != written.constEnd())
            out += *given;
        else
            write(object.value(keys.at(i)), out);
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
} // namespace

void CanonicalJson::writeString(const QString &text, QByteArray &out)
{
    out += '"';
    // Most of a log's text is ASCII (ids, dates, hashes, keys): written without a UTF-8 copy.
    if (isAscii(text)) {
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
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::trunc(number) == number && std::fabs(number) <= kExactIntegerLimit) {
        out += QByteArray::number(static_cast<qint64>(number));
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace fg::core
