// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace fg::gis {

/// Decodes bytes of one named encoding (any iconv name: "UTF-8", "GB18030", "CP1252" ...) to
/// Unicode, counting invalid sequences instead of hiding them. Fixed-width formats (DBF) cut text by
/// bytes, so an incomplete multi-byte sequence at the very end of a value is dropped and counted
/// apart. One instance per thread (it keeps conversion state); move-only.
class TextCodec
{
public:
    explicit TextCodec(const QString &encoding);
    ~TextCodec();
    TextCodec(TextCodec &&other) noexcept;
    TextCodec &operator=(TextCodec &&) = delete;
    TextCodec(const TextCodec &) = delete;
    TextCodec &operator=(const TextCodec &) = delete;

    /// False when the system's iconv does not know the encoding.
    bool isValid() const { return m_handle != reinterpret_cast<void *>(-1); }
    const QString &encoding() const { return m_encoding; }

    struct Result
    {
        QString text; ///< invalid sequences appear as U+FFFD
        int invalid = 0; ///< invalid byte sequences
        bool cutTail = false; ///< an incomplete sequence at the end was dropped
    };
    Result decode(const QByteArray &bytes) const;
    /// Shorthand for decode(bytes).text.
    QString toUnicode(const QByteArray &bytes) const { return decode(bytes).text; }

private:
    QString m_encoding;
    void *m_handle;
};

/// Normalised encoding name for a .cpg text or an encoding override ("936" -> "GB18030",
/// "utf8" -> "UTF-8", "ANSI 1252" -> "CP1252"); GBK and GB2312 map to their superset GB18030.
QString normalizedEncodingName(const QString &name);

} // namespace fg::gis
