// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QVariant>

#include <vector>

namespace fg::gis {

class DbfFile;
class TextCodec;

/// How one .dbf field's value is decoded by DbfRecords, named after the OGR type the shapefile
/// driver gave the field (the caller maps OGR's field definitions; a field OGR types otherwise
/// is not read here at all).
enum class DbfValueKind { Text, Int32, Int64, Real, Date };

/// A .dbf's records read in blocks straight from the file, decoded into the values the
/// shapefile driver gives for them (project create's reading thread: the attributes without
/// OGR's features). It decodes only values in a form whose result is certain — a text, a plain
/// decimal number, an eight-digit date, the NULL forms — and says so when a record holds
/// anything else, so the caller asks OGR for that record. Not thread-safe (one reading thread).
class DbfRecords
{
public:
    /// Opens @p dbf's file for reading; @p kinds gives each field's decoding, in the header's
    /// order. ok() is false when the file cannot be opened, the kinds do not match the fields
    /// one for one, or a field does not lie inside the record.
    DbfRecords(const DbfFile &dbf, std::vector<DbfValueKind> kinds);
    bool ok() const { return m_ok; }
    qint64 count() const { return m_count; }

    /// Record @p index's deletion flag (' ' in use, '*' deleted); 0 when it cannot be read.
    char flag(qint64 index);
    /// Replaces @p values by record @p index's values as OGR gives them with the dataset opened
    /// without recoding (ENCODING=""), texts decoded with @p codec (FeatureReader::attributes):
    /// the field's bytes up to a NUL, blanks trimmed on both sides, empty = NULL; a number with
    /// '*' first or blank = NULL; a date "00000000" = NULL. False (values unspecified) when the
    /// record is not in use (flag not ' '), cannot be read, or holds a value of another form.
    bool values(qint64 index, const TextCodec &codec, std::vector<QVariant> &values);

private:
    const char *record(qint64 index);

    struct Field
    {
        DbfValueKind kind;
        int offset;
        int length;
    };
    QFile m_file;
    std::vector<Field> m_fields;
    qint64 m_count = 0;
    qint64 m_headerLength = 0;
    qint64 m_recordLength = 0;
    QByteArray m_block; ///< records [m_first, m_first + m_blockRecords)
    qint64 m_first = 0;
    qint64 m_blockRecords = 0;
    bool m_ok = false;
    const TextCodec *m_codec = nullptr; ///< the codec values() saw last, and whether it reads ASCII as ASCII
    bool m_asciiSame = false;
};

} // namespace fg::gis
