// SPDX-License-Identifier: MIT
#include "gis/io/dbf_records.h"

#include "gis/io/dbf_file.h"
#include "gis/io/text_codec.h"

#include <QDate>

#include <charconv>
#include <cstring>

namespace fg::gis {

namespace {

constexpr qint64 kBlockRecords = 2048; // the create's chunk: one read per chunk

/// The value as shapelib hands it to OGR (DBFReadStringAttribute with TRIM_DBF_WHITESPACE): the
/// field's bytes up to the first NUL, blanks trimmed on both sides.
std::pair<const char *, int> trimmed(const char *field, int length)
{
    if (const void *nul = std::memchr(field, '\0', size_t(length)))
        length = int(static_cast<const char *>(nul) - field);
    while (length > 0 && *field == ' ') {
        ++field;
        --length;
    }
    while (length > 0 && field[length - 1] == ' ')
        --length;
    return { field, length };
}

bool allDigits(const char *s, int n)
{
    for (int i = 0; i < n; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

/// A plain decimal number ("-12", "3.250"): the form strtod, strtol and OGR's own parsers read to
/// the same value without a message. Integers only when @p maxIntegerDigits > 0 (then at most
/// that many digits, so no parser overflows).
bool plainNumber(const char *s, int n, int maxIntegerDigits)
{
    if (n > 0 && s[0] == '-') {
        ++s;
        --n;
    }
    const char *dot = static_cast<const char *>(std::memchr(s, '.', size_t(n)));
    if (maxIntegerDigits > 0)
        return !dot && n <= maxIntegerDigits && allDigits(s, n);
    if (!dot)
        return allDigits(s, n);
    const int whole = int(dot - s);
    return allDigits(s, whole) && allDigits(dot + 1, n - whole - 1);
}

bool allAscii(const char *s, int n)
{
    for (int i = 0; i < n; ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            return false;
    return true;
}

/// True for the encodings whose bytes below 0x80 are ASCII, one byte each (what iconv gives for
/// them is then the bytes as Latin-1): the names TextCodec is made with for shapefiles.
bool asciiCompatible(const QString &encoding)
{
    for (const char *name : { "UTF-8", "GB18030", "BIG5", "CP1252", "ISO-8859-1" })
        if (encoding == QLatin1String(name))
            return true;
    return false;
}

/// One field's value; false when its form is not one decoded here for certain. @p asciiSame:
/// the codec reads ASCII bytes as ASCII (asciiCompatible), so an ASCII text skips iconv.
bool decode(DbfValueKind kind, const char *s, int n, const TextCodec &codec, bool asciiSame, QVariant &value)
{
    value = QVariant();
    switch (kind) {
    case DbfValueKind::Text:
        if (n > 0)
            value = asciiSame && allAscii(s, n) ? QString::fromLatin1(s, n)
                                                : codec.toUnicode(QByteArray::fromRawData(s, n));
        return true;
    case DbfValueKind::Int32:
    case DbfValueKind::Int64: {
        if (n == 0 || s[0] == '*') // shapelib's NULL number: blank or asterisks
            return true;
        if (!plainNumber(s, n, kind == DbfValueKind::Int32 ? 9 : 18))
            return false;
        qlonglong v = 0;
        std::from_chars(s, s + n, v);
        value = v;
        return true;
    }
    case DbfValueKind::Real: {
        if (n == 0 || s[0] == '*')
            return true;
        if (!plainNumber(s, n, 0))
            return false;
        double v = 0; // from_chars and glibc's strtod both round correctly: the same double
        if (std::from_chars(s, s + n, v).ec != std::errc())
            return false;
        value = v;
        return true;
    }
    case DbfValueKind::Date: {
        if (n != 8 || !allDigits(s, n))
            return false;
        if (std::memcmp(s, "00000000", 8) == 0) // shapelib's NULL date
            return true;
        int full = 0;
        std::from_chars(s, s + n, full);
        value = QDate(full / 10000, (full / 100) % 100, full % 100); // the shapefile driver's split
        return true;
    }
    }
    return false;
}

} // namespace

DbfRecords::DbfRecords(const DbfFile &dbf, std::vector<DbfValueKind> kinds)
    : m_file(dbf.path())
    , m_count(dbf.recordCount())
    , m_headerLength(dbf.headerLength())
    , m_recordLength(dbf.recordLength())
{
    if (kinds.size() != dbf.fields().size() || !m_file.open(QIODevice::ReadOnly))
        return;
    for (size_t i = 0; i < kinds.size(); ++i) {
        const DbfFile::Field &f = dbf.fields()[i];
        if (f.offset + f.length > m_recordLength)
            return;
        m_fields.push_back({ kinds[i], f.offset, f.length });
    }
    m_ok = true;
}

const char *DbfRecords::record(qint64 index)
{
    if (index < 0 || index >= m_count)
        return nullptr;
    if (index < m_first || index >= m_first + m_blockRecords) {
        m_first = index;
        m_blockRecords = 0;
        const qint64 wanted = std::min(kBlockRecords, m_count - index);
        if (!m_file.seek(m_headerLength + index * m_recordLength))
            return nullptr;
        m_block = m_file.read(wanted * m_recordLength);
        m_blockRecords = m_block.size() / m_recordLength;
        if (index >= m_first + m_blockRecords)
            return nullptr;
    }
    return m_block.constData() + (index - m_first) * m_recordLength;
}

char DbfRecords::flag(qint64 index)
{
    const char *r = record(index);
    return r ? r[0] : '\0';
}

bool DbfRecords::values(qint64 index, const TextCodec &codec, std::vector<QVariant> &values)
{
    const char *r = record(index);
    if (!r || r[0] != ' ')
        return false;
    if (&codec != m_codec) {
        m_codec = &codec;
        m_asciiSame = asciiCompatible(codec.encoding());
    }
    values.resize(m_fields.size());
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const auto [s, n] = trimmed(r + m_fields[i].offset, m_fields[i].length);
        if (!decode(m_fields[i].kind, s, n, codec, m_asciiSame, values[i]))
            return false;
    }
    return true;
}

} // namespace fg::gis
