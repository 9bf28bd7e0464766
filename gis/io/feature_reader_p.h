// SPDX-License-Identifier: MIT
// Private to gis/io: turns one OGR layer's features into VectorLayer rows.
#pragma once

#include "gis/io/gdal_handles_p.h"
#include "gis/io/raw_feature.h"
#include "gis/io/text_codec.h"
#include "gis/io/vector_layer.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace fg::gis {

/// The kind an OGR geometry type declares (Unknown for collections and "any").
GeometryKind kindOfOgrType(OGRwkbGeometryType type);

/// Reads the schema in its constructor and then every feature: attributes decoded with `codec`
/// (null = GDAL already gives UTF-8), geometry flattened to 2-D, curves linearised, checked and
/// repaired (see checkAndRepair). Skipped features and GDAL's per-feature errors become warnings
/// that name feature ids. Not thread-safe; one per read.
class DbfRecords;
class ShapefileRecords;

/// @p dbfPath's records to be read beside OGR's @p layer (FeatureReader::readAttributesFrom), or
/// null when the fast path does not know the table: it cannot be read, its record count is not
/// @p records, or a field is not one OGR types as the fast path decodes it (C text, N/F integer
/// or real, D date, with OGR's width).
std::unique_ptr<DbfRecords> dbfRecordsFor(OGRLayerH layer, const QString &dbfPath, qint64 records);

class FeatureReader
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::FeatureReader)

public:
    FeatureReader(OGRLayerH layer, const TextCodec *codec, VectorLayer &target);
    ~FeatureReader();
    FeatureReader(const FeatureReader &) = delete;
    FeatureReader &operator=(const FeatureReader &) = delete;

    /// Reads all features for a layer of `kind` (Unknown: keep every kind). Calls progress with
    /// 0..1; throws ReadCancelled when it returns false, core::InputError when GDAL stops early.
    void readAll(GeometryKind kind, const std::function<bool(double)> &progress);
    /// The same for the features of ids @p fids only (ascending), by random access; ids the
    /// source lacks or has marked deleted are skipped, as a full read skips them.
    void readSome(const std::vector<qint64> &fids, GeometryKind kind, const std::function<bool(double)> &progress);
    /// The one kind all kept geometries share, Unknown when mixed or none.
    GeometryKind commonKind() const { return m_mixed ? GeometryKind::Unknown : m_commonKind; }

    /// Chunked reading (LayerStream), on one thread from the first call to finishRead(): reads
    /// the next features, in the order readAll() reads them, until @p maxFeatures more are kept
    /// or the layer ends; false once it has ended. finishRead() then ends as readAll() ends
    /// (GDAL's errors, the summary warnings); the target's rows may be moved out in between.
    bool readNext(int maxFeatures, GeometryKind kind);
    void finishRead();
    /// While set, each kept row's source WKB (2D, as handed to GEOS) is appended to @p wkb when
    /// the row's geometry is that WKB unchanged (GEOS IsValid passed, nothing repaired or taken
    /// apart); an empty array otherwise. Null stops it.
    void keepSourceWkb(std::vector<QByteArray> *wkb) { m_sourceWkb = wkb; }
    /// Chunked reading with the check left to the caller (LayerStream::nextRaw): replaces
    /// @p rows by the next @p maxFeatures features as read — values and the geometry's WKB,
    /// neither read by GEOS nor checked (GDAL's per-record errors noted as readNext() notes
    /// them); false once the layer has ended. Each row, once
    /// checked (checkRawFeature), is to be passed to settle() in this order before finishRead().
    bool readRawNext(int maxFeatures, std::vector<RawFeature> &rows);
    /// While set (LayerStream, a polygon shapefile), readRawNext() takes each feature's geometry
    /// from @p shapes (shapefilePolygonWkb) and OGR is asked only for the records it leaves to
    /// OGR; the caller has told OGR to skip the geometry (OGR_L_SetIgnoredFields). Null: OGR's.
    void readShapesFrom(const ShapefileRecords *shapes) { m_shapes = shapes; }
    /// While set (LayerStream, with readShapesFrom()), readRawNext() takes the records in file
    /// order (fid = record index) and their values from @p dbf (DbfRecords::values); OGR is
    /// asked by id only for a record the fast path does not decode — a deleted one comes back
    /// null and is skipped, as OGR's sequential read skips it. Null: OGR's sequential read.
    void readAttributesFrom(DbfRecords *dbf) { m_dbf = dbf; }
    /// What keepOrSkip() records for a checked row (the report's ids, repair reasons, the
    /// common kind, the count kept); true when the row is kept.
    bool settle(const RawFeature &row);

private:
    void read(const std::function<OgrFeaturePtr(ScopedCplErrors &)> &nextFeature, qint64 total, GeometryKind kind,
        const std::function<bool(double)> &progress);
    void readOne(OGRFeatureH feature, ScopedCplErrors &errors, QStringList &gdalMessages, GeometryKind kind);
    void endRead(ScopedCplErrors &errors, QStringList &gdalMessages, qint64 done);
    GeosGeometryPtr toGeos(OGRGeometryH geometry, qint64 fid);
    bool exportWkb(OGRGeometryH geometry, bool inPlace, QByteArray &wkb);
    void rawGeometry(OGRFeatureH feature, RawFeature &row);
    void rawShape(RawFeature &row);
    bool readDbfNext(int maxFeatures, std::vector<RawFeature> &rows);
    void noteRecordError(qint64 fid, ScopedCplErrors &errors, QStringList &gdalMessages);
    bool account(qint64 fid, GeometryVerdict verdict, const QString &reason, GeometryKind actual);
    std::vector<QVariant> attributes(OGRFeatureH feature) const;
    void keepOrSkip(qint64 fid, std::vector<QVariant> values, GeosGeometryPtr geometry, GeometryKind kind);
    void summarize(const QStringList &gdalMessages);

    OGRLayerH m_layer;
    const TextCodec *m_codec;
    VectorLayer &m_target;
    GEOSWKBReader *m_wkbReader;
    bool m_hasGeometryField = true;
    GeometryKind m_commonKind = GeometryKind::Unknown;
    bool m_mixed = false;
    QStringList m_repairReasons;
    std::vector<qint64> m_unsupportedFids;
    qint64 m_kept = 0; ///< rows kept so far (the target may have handed its rows on)
    std::vector<QByteArray> *m_sourceWkb = nullptr;
    const ShapefileRecords *m_shapes = nullptr;
    DbfRecords *m_dbf = nullptr;
    qint64 m_nextRecord = 0; ///< readDbfNext()'s next record
    QByteArray m_lastWkb; ///< the WKB toGeos() read last
    std::unique_ptr<ScopedCplErrors> m_chunkErrors; ///< chunked reading: alive until finishRead()
    QStringList m_chunkMessages;
    qint64 m_chunkDone = 0;
};

} // namespace fg::gis
