// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace fg::gis {

enum class FieldType { Integer, Real, Text, Date, DateTime, Other };

struct FieldDefinition
{
    QString name;
    FieldType type = FieldType::Text;
};

enum class GeometryKind { Unknown, Point, Line, Polygon };

/// How the reader decided the attribute text encoding, for `info` and the open dialog.
struct EncodingDecision
{
    QString encoding; ///< e.g. "UTF-8", "GB18030", "ISO-8859-1"
    QString evidence; ///< human-readable reasons (cpg, LDID, trial decodes)
    bool overridden = false;
};

/// How the reader decided the layer's coordinate reference system.
struct CrsDecision
{
    int epsg = 0; ///< 0 when no EPSG code applies
    QString name; ///< CRS name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 114E"
    QString wkt; ///< WKT2 of the source CRS (empty when unknown)
    QString how; ///< how it was decided (.prj, inferred from coordinates, --crs)
    bool geographic = false;
    bool needsZone = false; ///< unknown, but the coordinates look like Gauss-Krüger without zone prefix
    /// Non-empty when the declared CRS cannot be right for the coordinates (crsExtentMismatch():
    /// e.g. a Xian 1980 zone .prj on small local numbers); the same text is among the warnings.
    QString mismatch;
    bool known() const { return !wkt.isEmpty(); }
};

/// What the reader's geometry check found, by source feature id.
struct GeometryCheckReport
{
    std::vector<qint64> repairedFids; ///< invalid polygons repaired with GEOS MakeValid (kept)
    std::vector<qint64> emptyFids; ///< null or empty geometry (feature skipped)
    std::vector<qint64> collapsedFids; ///< invalid, nothing left after repair (feature skipped)
    std::vector<qint64> wrongKindFids; ///< geometry of another kind than the layer's (feature skipped)
    /// a NaN or infinite coordinate (feature skipped, never repaired: MakeValid would drop the
    /// vertex and measure another shape)
    std::vector<qint64> nonFiniteFids;
    int invalidCount() const { return static_cast<int>(repairedFids.size() + collapsedFids.size()); }
    int skippedCount() const
    {
        return static_cast<int>(
            emptyFids.size() + collapsedFids.size() + wrongKindFids.size() + nonFiniteFids.size());
    }
};

/// An in-memory vector layer: attributes row-major in one array, one GEOS geometry per row,
/// an STRtree over the geometries built on first query. Movable, not copyable.
/// Thread affinity: build on one thread; afterwards const methods may be called from any thread
/// once spatialIndex() has been built (call buildIndex() before sharing).
class VectorLayer
{
public:
    VectorLayer();
    ~VectorLayer();
    VectorLayer(VectorLayer &&) noexcept;
    VectorLayer &operator=(VectorLayer &&) noexcept;
    VectorLayer(const VectorLayer &) = delete;
    VectorLayer &operator=(const VectorLayer &) = delete;

    QString name;
    QString sourcePath;
    QString driver;
    GeometryKind geometryKind = GeometryKind::Unknown;
    QString geometryTypeName; ///< as the source declares it, e.g. "Polygon", "3D Line String"
    std::vector<FieldDefinition> fields;
    EncodingDecision encoding;
    CrsDecision crs;
    GeometryCheckReport geometryCheck;
    QStringList warnings; ///< repaired, skipped, approximated: each names feature ids
    /// Null when every feature of the source was read. When only the features near some boxes
    /// were read (ReadOptions::near), the extent of the whole source as its header gives it, in
    /// the layer's CRS: what the CRS checks and the working-CRS choice judge, as for a full read.
    QRectF sourceExtent;

    /// sourceExtent when set, else extent().
    QRectF fullExtent() const { return sourceExtent.isNull() ? extent() : sourceExtent; }

    /// @p checkedValid: GEOS IsValid said so of exactly this geometry (the reader's check), so a
    /// consumer need not ask again; setGeometry() forgets it.
    void addFeature(qint64 fid, std::vector<QVariant> values, GeosGeometryPtr geometry, bool checkedValid = false);
    int featureCount() const { return static_cast<int>(m_fids.size()); }
    qint64 fid(int row) const { return m_fids[static_cast<size_t>(row)]; }
    const QVariant &value(int row, int field) const;
    const GEOSGeometry *geometry(int row) const { return m_geometries[static_cast<size_t>(row)].get(); }
    /// Replaces this layer's rows by @p from's, which is left without rows (its description
    /// stays): a chunked read hands its rows on (LayerStream). Invalidates both indexes.
    void takeRows(VectorLayer &from);
    /// Replaces a row's geometry (repair, reprojection). Invalidates the spatial index.
    void setGeometry(int row, GeosGeometryPtr geometry);
    /// True when the row's geometry, as it is now, passed GEOS IsValid when it was read.
    bool checkedValid(int row) const { return m_checkedValid[static_cast<size_t>(row)]; }
    int fieldIndex(const QString &name) const; ///< case-insensitive; -1 when absent

    /// Envelope of all geometries (null rect when empty).
    QRectF extent() const;
    /// Builds the STRtree (idempotent). Call before sharing across threads.
    void buildIndex() const;
    /// Rows whose envelope intersects the rectangle, in ascending row order.
    std::vector<int> query(const QRectF &rect) const;
    /// Rows whose envelope intersects the geometry's envelope.
    std::vector<int> query(const GEOSGeometry *geometry) const;

private:
    std::vector<qint64> m_fids;
    std::vector<QVariant> m_values;
    std::vector<GeosGeometryPtr> m_geometries;
    std::vector<bool> m_checkedValid;
    mutable GEOSSTRtree *m_index = nullptr;
    void dropIndex() const;
};

} // namespace fg::gis
