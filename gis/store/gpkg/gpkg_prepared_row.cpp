// SPDX-License-Identifier: MIT
#include "gis/store/prepared_row.h"

#include "gis/store/gpkg/gpkg_file_p.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/layer_hash.h"
#include "gis/store/sql/sql_connection_p.h"
#include "gis/store/sql/sql_rows_p.h"

#include <charconv>
#include <cmath>

namespace fg::gis {

namespace {

/// One stored value as SQLite hands it back (sql_rows::fieldValue reads it): the hash takes
/// the text the store reads, not the text the reader gave. A NaN is stored as NULL.
class StoredValue : public SqlRows
{
public:
    explicit StoredValue(const QVariant &value) : m_value(value) {}
    bool next() override { return false; }
    bool isNull(int) const override
    {
        return m_value.isNull() || (m_value.typeId() == QMetaType::Double && std::isnan(m_value.toDouble()));
    }
    qint64 integer(int) const override { return m_value.toLongLong(); }
    double real(int) const override { return m_value.toDouble(); }
    QString text(int) const override { return m_value.toString(); }
    QByteArray blob(int) const override { return m_value.toByteArray(); }

private:
    const QVariant &m_value;
};

/// True when SQLite's NUMERIC affinity (DATE, DATETIME columns) would store @p stored as a number.
bool looksNumeric(const QVariant &stored)
{
    bool number = false;
    stored.toString().trimmed().toDouble(&number);
    return number;
}

/// Appends one LayerHash part ("LENGTH:" and the bytes, as LayerHash::addPart feeds them);
/// returns where the bytes start.
int appendPart(QByteArray &bytes, const char *data, qsizetype size)
{
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length - 1, size_t(size)).ptr;
    *end = ':';
    bytes.append(length, qsizetype(end + 1 - length));
    const int at = int(bytes.size());
    bytes.append(data, size);
    return at;
}

/// The value of one field, its hash part appended to row.bytes. A date's stored text goes to
/// @p aside (bound from after the hash parts, where prepareRow moves it).
void prepareValue(const QVariant &value, FieldType type, PreparedRow &row, QByteArray &aside)
{
    PreparedRow::Value &out = row.values.emplace_back();
    const QVariant stored = GpkgFile::storedValue(value, type);
    if (stored.isNull() || !stored.isValid()) {
        appendPart(row.bytes, nullptr, 0); // fieldValue: an invalid QVariant, "" as text
        return;
    }
    if (stored.typeId() == QMetaType::LongLong) {
        out.kind = PreparedRow::Kind::Integer;
        out.integer = stored.toLongLong();
        char digits[24]; // QVariant(qlonglong).toString()'s digits
        const auto end = std::to_chars(digits, digits + sizeof digits, out.integer).ptr;
        appendPart(row.bytes, digits, qsizetype(end - digits));
        return;
    }
    if (stored.typeId() == QMetaType::Double) {
        out.kind = PreparedRow::Kind::Real;
        out.real = stored.toDouble();
        const QByteArray text = std::isnan(out.real) ? QByteArray() : stored.toString().toUtf8();
        appendPart(row.bytes, text.constData(), text.size());
        return;
    }
    out.kind = PreparedRow::Kind::Text;
    const QByteArray utf8 = stored.toString().toUtf8();
    out.size = int(utf8.size());
    if (type != FieldType::Date && type != FieldType::DateTime) { // read back as the text itself
        out.offset = appendPart(row.bytes, utf8.constData(), utf8.size());
        return;
    }
    if (looksNumeric(stored))
        row.hashable = false; // SQLite keeps it as a number: hashed from the rows later
    const QByteArray readBack = sql_rows::fieldValue(StoredValue(stored), 0, type).toString().toUtf8();
    appendPart(row.bytes, readBack.constData(), readBack.size());
    out.offset = -1; // placed after the hash parts by prepareRow
    aside.append(utf8);
}

} // namespace

void prepareRow(const std::vector<QVariant> &values, const std::vector<FieldDefinition> &fields,
    const QByteArray &wkb, const double *envelope, int srsId, PreparedRow &row)
{
    row.values.clear();
    row.values.reserve(fields.size());
    row.bytes.clear();
    row.hashable = true;
    QByteArray aside;
    for (size_t k = 0; k < fields.size(); ++k)
        prepareValue(values[k], fields[k].type, row, aside);
    row.hashSize = int(row.bytes.size());
    // The dates' stored texts after the hash parts, in the order they were set aside.
    qsizetype taken = 0;
    for (PreparedRow::Value &value : row.values) {
        if (value.kind == PreparedRow::Kind::Text && value.offset < 0) {
            value.offset = int(row.bytes.size());
            row.bytes.append(aside.constData() + taken, value.size);
            taken += value.size;
        }
    }
    row.canonicalWkb = LayerHash::isCanonicalMultiPolygon(wkb);
    row.blob = gpkgBlobWithEnvelope(wkb, envelope, srsId);
    row.srsId = srsId;
}

} // namespace fg::gis
