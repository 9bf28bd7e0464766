// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QPointF>
#include <QString>
#include <QtEndian>

#include <cstring>

#include <optional>

namespace fg::gis {

/// A polygon shapefile's .shp and .shx memory-mapped, with bounds-checked access to each record's
/// parts and points: what the record scans (shapefileRecordsMeeting, ShapefileScan) read instead of
/// going through OGR. Immutable once opened; the mapped bytes may be read from any thread while the
/// object lives.
class ShapefileRecords
{
public:
    /// One record as stored: its shape type (0 = null) and, for a polygon, where its part indices
    /// and points lie in the mapped .shp (already checked to lie inside the file).
    struct Record
    {
        qint32 type = 0;
        qint32 parts = 0;
        qint32 points = 0;
        const uchar *partIndex = nullptr; ///< `parts` little-endian int32 (MultiPatch: and part types)
        const uchar *xy = nullptr; ///< `points` pairs of little-endian doubles
    };

    /// Opens and maps both files. ok() is false when either cannot be read or mapped, is shorter
    /// than its header, is not a shapefile, or the .shp's declared type is not Polygon, PolygonZ,
    /// PolygonM or MultiPatch.
    ShapefileRecords(const QString &shpPath, const QString &shxPath);
    bool ok() const { return m_shpData && m_shxData; }
    qint32 shapeType() const { return m_type; }
    /// Records the .shx lists.
    qint64 recordCount() const { return m_records; }
    /// Record `index` (0-based, the OGR feature id). Nullopt when its header, part indices or
    /// points lie outside the .shp, or when it is neither a null record nor a polygon type.
    std::optional<Record> record(qint64 index) const;

    /// Gives back the mapped .shp pages before record `index` once 32 MB have been passed since
    /// @p released (what the last call returned, 0 at first); returns the new mark. A scan in file
    /// order touches every page once, and two layers scanned side by side would otherwise hold both
    /// files whole (≈ 400 MB at p500k); the mapping is read-only and file-backed, so a page asked
    /// again comes back from the page cache.
    /// @p step: how many bytes to pass before giving pages back (LayerStream: a few MB, so the
    /// create's peak memory does not hold the .shp it copies from).
    qint64 releaseBefore(qint64 index, qint64 released, qint64 step = 32 << 20) const;
    /// Point `i` of a record, as stored (no check: i < record.points). Inline: scans call it per point.
    static QPointF point(const Record &record, qint32 i)
    {
        return QPointF(littleEndianDouble(record.xy + qint64(i) * 16),
            littleEndianDouble(record.xy + qint64(i) * 16 + 8));
    }
    /// The first point of part `p` (no check: p < record.parts); the caller checks it against points.
    static qint32 partStart(const Record &record, qint32 p);
    /// True when record `index` is framed exactly as its content needs: the .shp's record header
    /// names record index + 1, and both it and the .shx give a content length of @p contentBytes.
    /// A reader that copies a record's points only where this holds leaves every record shapelib
    /// might read otherwise (or complain about) to OGR.
    bool exactlyFramed(qint64 index, qint64 contentBytes) const;

private:
    static double littleEndianDouble(const uchar *p)
    {
        const quint64 bits = qFromLittleEndian<quint64>(p);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    QFile m_shp, m_shx;
    const uchar *m_shpData = nullptr;
    const uchar *m_shxData = nullptr;
    qint64 m_shpSize = 0;
    qint64 m_records = 0;
    qint32 m_type = 0;
};

} // namespace fg::gis
