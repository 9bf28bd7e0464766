// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

namespace fg::core {

/// A canonical JSON text for hashing, fixed here rather than left to a Qt version: compact,
/// object keys sorted by UTF-16 code units (as RFC 8785), strings as UTF-8 escaping only '"',
/// '\\' and control characters (\b \f \n \r \t, others \u00xx lowercase), integers held as
/// integers (or doubles that are whole and within ±2^53) written as integers, other numbers
/// in shortest round-trip form, non-finite numbers as null. Pure and thread-safe.
class CanonicalJson
{
public:
    static QByteArray serialize(const QJsonValue &value);
    /// serialize(@p object) where the members named in @p written are given as their canonical
    /// text already (serialize() of their value): the same bytes, without writing those again.
    static QByteArray serialize(const QJsonObject &object, const QHash<QString, QByteArray> &written);
    /// Appends serialize() of the string @p text to @p out (for writers that lay out a fixed
    /// object themselves, such as AuditEvent::canonical).
    static void appendString(const QString &text, QByteArray &out) { writeString(text, out); }

private:
    static void write(const QJsonValue &value, QByteArray &out);
    static void writeObject(const QJsonObject &object, const QHash<QString, QByteArray> &written, QByteArray &out);
    static void writeString(const QString &text, QByteArray &out);
    /// One byte of a string's UTF-8, escaped where JSON needs it.
    static void writeByte(unsigned char c, QByteArray &out);
    static void writeNumber(const QJsonValue &value, QByteArray &out);
};

} // namespace fg::core
