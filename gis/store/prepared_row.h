// SPDX-License-Identifier: MIT
// A streamed feature's row prepared for the GeoPackage writer off the writing thread
// (docs/design/create-writer.md): the values as the file stores them, their layer hash parts
// and the geometry blob, so the writer only binds and steps.
#pragma once

#include "gis/io/vector_layer.h"

#include <QByteArray>
#include <QVariant>

#include <vector>

namespace fg::gis {

/// One row of a reference layer as GpkgLayerWriter writes and hashes it, computed by
/// prepareRow() on any thread. Text is held as UTF-8 in one buffer: its first hashSize bytes
/// are the fields' LayerHash parts ("LENGTH:text" each, as LayerHash::addField adds them), and a
/// text value is bound straight from those bytes (or, for a date whose stored text differs from
/// the text the store reads back, from bytes after them).
struct PreparedRow
{
    enum class Kind : quint8 { Null, Integer, Real, Text };
    struct Value
    {
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0; ///< a NaN is bound as it was (SQLite stores NULL), hashed as NULL
        int offset = 0, size = 0; ///< Text: its UTF-8 bytes in PreparedRow::bytes
    };
    std::vector<Value> values; ///< one per field, what GpkgFile::storedValue stores
    QByteArray bytes;
    int hashSize = 0;
    /// False when a DATE or DATETIME value is a text SQLite's numeric affinity keeps as a
    /// number: the layer's hash is then taken from its rows later, as before.
    bool hashable = true;
    /// The WKB is what GEOS writes (LayerHash::isCanonicalMultiPolygon): hashed as it is.
    bool canonicalWkb = false;
    QByteArray blob; ///< the GeoPackage geometry blob (gpkgBlobWithEnvelope)
    int srsId = 0; ///< the blob's srs_id; 0: not prepared

    /// The hash parts of the fields, in order.
    const char *hashParts() const { return bytes.constData(); }
};

/// Fills @p row for a feature with @p values of @p fields (types as written), its multipolygon
/// WKB @p wkb and envelope (minX, maxX, minY, maxY; null: empty), the blob in EPSG:@p srsId:
/// the very values, text and bytes GpkgLayerWriter computed itself from the feature (the
/// stored value of GpkgFile::storedValue, the text sql_rows::fieldValue reads back for the
/// hash). Thread-safe: touches nothing but its arguments.
void prepareRow(const std::vector<QVariant> &values, const std::vector<FieldDefinition> &fields,
    const QByteArray &wkb, const double *envelope, int srsId, PreparedRow &row);

} // namespace fg::gis
