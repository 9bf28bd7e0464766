// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace fg::gis {

class Sha256;
class VectorLayer;

/// The content hash of a reference layer, the same on every backend: SHA-256 over each feature
/// in row order — its fid, each field value's text and its geometry as ISO WKB (multipolygon
/// form, as GEOS writes it: little-endian, 2D; empty for a geometry GEOS cannot read), each part
/// prefixed by its length and ':' so two parts never run into each other. Fixed once when a layer
/// is written (schema 11, the layer_hashes table), recomputed by verify-log --full, and what a
/// project's provenance prints (ProvenanceBuilder::layerHash). Not thread-safe; one per thread.
class LayerHash
{
public:
    LayerHash();
    ~LayerHash();
    LayerHash(const LayerHash &) = delete;
    LayerHash &operator=(const LayerHash &) = delete;

    /// Starts the next feature: its fid.
    void addFid(qint64 fid);
    /// The feature's next field value, as QVariant::toString() gives it.
    void addField(const QString &text);
    /// The feature's field values at once: @p size bytes of parts as addField() would add them
    /// one by one ("LENGTH:" and the UTF-8 text each; PreparedRow::hashParts).
    void addFieldParts(const char *parts, size_t size);
    /// The feature's geometry as GEOS writes it in multipolygon form (empty: no geometry).
    void addGeometry(const QByteArray &wkb);
    /// Lower-case hex of everything added; the object is finished afterwards.
    QString hex();

    /// The hash of @p layer's features in the layer's order (geometries through GEOS).
    static QString of(const VectorLayer &layer);
    /// True when @p wkb is byte for byte what GEOS writes for the geometry it encodes, in
    /// multipolygon form (toWkb(toMultiPolygon(fromWkb(wkb)))): a little-endian 2D MultiPolygon
    /// of little-endian 2D Polygons, every ring closed with 4 points or more, nothing
    /// after the last point. Such bytes (what the store writes) can be hashed as they are.
    static bool isCanonicalMultiPolygon(const QByteArray &wkb);

private:
    void addPart(const char *data, size_t size);
    std::unique_ptr<Sha256> m_hash;
};

} // namespace fg::gis
