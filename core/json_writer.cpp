// SPDX-License-Identifier: MIT
#include "core/json_writer.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <stdexcept>

namespace fg::core {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

char hexDigit(unsigned u)
{
    return static_cast<char>(u < 10 ? '0' + u : 'a' + u - 10);
}

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    const char escape[] = { '\\', 'u', hexDigit((u >> 12) & 0xf), hexDigit((u >> 8) & 0xf),
        hexDigit((u >> 4) & 0xf), hexDigit(u & 0xf) };
    out.append(escape, sizeof escape);
}

/// ASCII as Qt's JSON writer has it: quote, backslash and the controls escaped, the rest as is.
void appendAscii(QByteArray &out, char16_t u)
{
    if (u >= 0x20 && u != '"' && u != '\\') {
        out.append(static_cast<char>(u));
        return;
    }
    switch (u) {
    case '"':
        out.append("\\\"", 2);
        return;
    case '\\':
        out.append("\\\\", 2);
        return;
    case 0x8:
        out.append("\\b", 2);
        return;
    case 0xc:
        out.append("\\f", 2);
        return;
    case 0xa:
        out.append("\\n", 2);
        return;
    case 0xd:
        out.append("\\r", 2);
        return;
    case 0x9:
        out.append("\\t", 2);
        return;
    default:
        appendUnicodeEscape(out, u);
    }
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x800) {
        const char bytes[] = { char(0xc0 | (c >> 6)), char(0x80 | (c & 0x3f)) };
        out.append(bytes, 2);
    } else if (c < 0x10000) {
        const char bytes[] = { char(0xe0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f)) };
        out.append(bytes, 3);
    } else {
        const char bytes[] = { char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
            char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f)) };
        out.append(bytes, 4);
    }
}

} // namespace

JsonWriter::JsonWriter(Sink sink)
    : m_sink(std::move(sink))
{
    m_buffer.reserve(kChunk + 4096);
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    const char16_t *p = text.utf16(), *end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            appendAscii(out, u);
        } else if (!QChar::isSurrogate(u)) {
            appendUtf8(out, u);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            appendUtf8(out, QChar::surrogateToUcs4(u, *p));
            ++p;
        } else {
            // Qt cannot encode a lone surrogate as UTF-8 and writes its escape instead.
            appendUnicodeEscape(out, u);
        }
    }
}

void JsonWriter::indent(int depth)
{
    m_buffer.append(4 * depth, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_frames.empty())
        return;
    Frame &frame = m_frames.back();
    if (frame.object) {
        if (!m_keyPending)
            throw std::logic_error("JsonWriter: a value in an object needs its key first");
        m_keyPending = false;
        return;
    }
    if (frame.count++ > 0)
        m_buffer.append(",\n", 2);
    indent(static_cast<int>(m_frames.size()));
}

void JsonWriter::startKey(bool inOrder)
{
    if (m_frames.empty() || !m_frames.back().object || m_keyPending)
        throw std::logic_error("JsonWriter: a key outside an object, or two keys in a row");
    Frame &frame = m_frames.back();
    if (frame.count > 0 && !inOrder)
        throw std::logic_error("JsonWriter: keys must come in QJsonObject's (sorted) order, not "
            + frame.lastKey.toStdString() + " then the next");
    if (frame.count++ > 0)
        m_buffer.append(",\n", 2);
    indent(static_cast<int>(m_frames.size()));
    m_buffer.append('"');
    m_keyPending = true;
}

void JsonWriter::key(QStringView name)
{
    startKey(m_frames.empty() || m_frames.back().lastKey < name);
    m_frames.back().lastKey = name.toString();
    appendEscaped(m_buffer, name);
    m_buffer.append("\": ", 3);
}

void JsonWriter::key(QLatin1String name)
{
    startKey(m_frames.empty() || m_frames.back().lastKey < name);
    m_frames.back().lastKey = name; // reuses the string's buffer
    bool ascii = true;
    for (const char c : name)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) // the keys the CLI writes: no detour through UTF-16
        for (const char c : name)
            appendAscii(m_buffer, static_cast<char16_t>(c));
    else
        appendEscaped(m_buffer, m_frames.back().lastKey);
    m_buffer.append("\": ", 3);
}

void JsonWriter::open(char bracket, bool object)
{
    beforeValue();
    m_buffer.append(bracket);
    m_buffer.append('\n');
    m_frames.push_back(Frame { object, 0, {} });
}

void JsonWriter::close(char bracket, bool object)
{
    if (m_frames.empty() || m_frames.back().object != object || m_keyPending)
        throw std::logic_error("JsonWriter: unbalanced end of an array or object");
    if (m_frames.back().count > 0)
        m_buffer.append('\n');
    m_frames.pop_back();
    indent(static_cast<int>(m_frames.size()));
    m_buffer.append(bracket);
    flushIfFull();
}

void JsonWriter::beginObject()
{
    open('{', true);
}

void JsonWriter::endObject()
{
    close('}', true);
}

void JsonWriter::beginArray()
{
    open('[', false);
}

void JsonWriter::endArray()
{
    close(']', false);
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_buffer.append('"');
    appendEscaped(m_buffer, text);
    m_buffer.append('"');
}

void JsonWriter::value(QLatin1String text)
{
    value(QString(text));
}

void JsonWriter::value(double number)
{
    // QJsonValue(double) keeps an integral value within ±2^53 as an integer (Qt's
    // convertDoubleTo without precision upgrade), printed as one: 1e15 as 1000000000000000, -0.0
    // as 0. Beyond that, QJsonDocument's shortest round trip (1e+18); no NaN or infinity in JSON.
    constexpr double kMantissa = 9007199254740992.0; // 2^53
    if (number >= -kMantissa && number <= kMantissa && number == std::trunc(number)) {
        value(static_cast<qint64>(number));
        return;
    }
    storedDouble(number);
}

void JsonWriter::storedDouble(double number)
{
    beforeValue();
    if (std::isfinite(number))
        m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_buffer.append("null", 4);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_buffer.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_buffer.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::null()
{
    beforeValue();
    m_buffer.append("null", 4);
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        value(json.toBool());
        return;
    case QJsonValue::Double: {
        // A QJsonValue made from an integer keeps it as one (printed exactly, as Qt does).
        const QCborValue cbor = QCborValue::fromJsonValue(json);
        if (cbor.isInteger())
            value(cbor.toInteger());
        else
            storedDouble(json.toDouble()); // as stored, even an integral one (parsed "-0.0")
        return;
    }
    case QJsonValue::String:
        value(json.toString());
        return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : json.toArray())
            value(item);
        endArray();
        return;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    }
}

void JsonWriter::flushIfFull()
{
    if (m_buffer.size() < kChunk)
        return;
    m_sink(m_buffer);
    m_buffer.clear();
}

void JsonWriter::finish()
{
    if (!m_frames.empty() || m_keyPending)
        throw std::logic_error("JsonWriter: finish() inside an array or object");
    m_buffer.append('\n');
    m_sink(m_buffer);
    m_buffer.clear();
}

} // namespace fg::core
