// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/layer_reader.h"
#include "gis/io/raw_feature.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace fg::gis {

class DbfRecords;
class FeatureReader;
class OpenedSource;
class ShapefileRecords;
class TextCodec;

/// A polygon layer read chunk by chunk (project create: peak memory bounded by a chunk, not by
/// the layer). It reads exactly what readLayer() reads — the same features in the same order,
/// the same attribute decoding, check and repair (FeatureReader) — but hands the rows on in
/// chunks, and decides the CRS twice: from the source's header extent when it opens (so the
/// rows can be written before the last is read), and in finish() from the kept geometries'
/// extent, as readLayer() does. A caller that wrote with the first decision compares the two
/// (and anything it chose from them, e.g. the working CRS) and starts over with readLayer()
/// when they differ.
/// Thread affinity: every call on the thread that constructed it (GDAL's error handler and the
/// GEOS context are that thread's).
class LayerStream
{
public:
    /// Opens @p path as readLayer() does (options.near is ignored); throws core::InputError as
    /// readLayer() does for an unreadable source or a layer of another kind.
    LayerStream(const QString &path, const ReadOptions &options);
    ~LayerStream();
    LayerStream(const LayerStream &) = delete;
    LayerStream &operator=(const LayerStream &) = delete;

    /// True for a polygon shapefile whose header gives a finite extent; header().crs is then
    /// decided from it. Anything else is to be read with readLayer().
    bool streamable() const { return m_streamable; }
    /// Name, path, driver, fields, encoding, kind, the open's notes and (streamable) the CRS
    /// decided from the header's extent (sourceExtent); no rows.
    const VectorLayer &header() const { return m_header; }
    /// The number of records the source declares (for progress).
    qint64 declaredCount() const { return m_declared; }

    /// Moves up to @p maxFeatures next kept rows into @p chunk (its rows are replaced; its
    /// fields, CRS and path are the header's) and, per row, its source WKB into @p sourceWkb
    /// (FeatureReader::keepSourceWkb: empty where the geometry is not the source's unchanged).
    /// False once the layer has ended (then both are empty).
    bool next(VectorLayer &chunk, std::vector<QByteArray> &sourceWkb, int maxFeatures);
    /// The same read with the geometry check left to the caller, so that other threads can do
    /// it (StreamedLayers): replaces @p rows by up to @p maxFeatures next features as read,
    /// unchecked; false once the layer has ended (then @p rows is empty). Check each with
    /// checkRawFeature(…, expectedKind()) on any thread, then settle() each, in this order, on this
    /// one before finish(). Not to be mixed with next().
    bool nextRaw(std::vector<RawFeature> &rows, int maxFeatures);
    /// nextRaw() takes a polygon shapefile's geometries straight from its mapped .shp records
    /// (shapefilePolygonWkb: the bytes OGR would give; OGR reads only the records it leaves, and
    /// the attributes) unless this is called before the first nextRaw(): then OGR reads every
    /// geometry, as before (the tests' reference).
    void readShapesThroughOgr();
    /// True while nextRaw() reads the geometries from the .shp records.
    bool readsShapesDirectly() const { return m_shapes != nullptr; }
    /// While it reads the .shp records, nextRaw() also reads the attributes straight from the
    /// .dbf (DbfRecords: the values OGR gives; OGR is asked by id for a record the fast path does
    /// not decode) unless this is called before the first nextRaw(): then OGR's sequential read
    /// gives them, as before (the tests' reference). readShapesThroughOgr() stops both.
    void readAttributesThroughOgr();
    /// True while nextRaw() reads the attributes from the .dbf's records.
    bool readsAttributesDirectly() const { return m_dbf != nullptr; }
    /// The kind the check expects (the options' expected kind, else the layer's).
    GeometryKind expectedKind() const;
    /// Accounts for one checked row as next() does for the rows it reads (repairs, skipped
    /// features, kept count); true when the row is kept.
    bool settle(const RawFeature &row);
    /// After the last next(): the layer as readLayer() describes it — warnings (repairs,
    /// skipped features, deleted records, the CRS's) and geometry check — with its CRS decided
    /// again from @p keptExtent (the envelope of every kept geometry, in the source CRS, null
    /// when none was kept); no rows. Call once.
    VectorLayer finish(const QRectF &keptExtent);
    /// Rows handed on so far.
    qint64 kept() const { return m_kept; }

private:
    void readShapesDirectly(const QString &path);

    std::unique_ptr<OpenedSource> m_source;
    std::unique_ptr<TextCodec> m_codec;
    std::unique_ptr<FeatureReader> m_reader;
    std::unique_ptr<ShapefileRecords> m_shapes; ///< the mapped .shp and .shx, when nextRaw() reads them
    std::unique_ptr<DbfRecords> m_dbf; ///< the .dbf's records, when nextRaw() reads them
    VectorLayer m_rows; ///< the reader's target: its rows are moved on chunk by chunk
    VectorLayer m_header;
    ReadOptions m_options;
    void *m_layer = nullptr; ///< OGRLayerH
    bool m_streamable = false;
    qint64 m_declared = 0;
    qint64 m_kept = 0;
    qint64 m_released = 0; ///< ShapefileRecords::releaseBefore's mark
};

} // namespace fg::gis
