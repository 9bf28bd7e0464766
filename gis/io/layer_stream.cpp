// SPDX-License-Identifier: MIT
#include "gis/io/layer_stream.h"

#include "core/input_error.h"
#include "gis/io/dbf_file.h"
#include "gis/io/dbf_records.h"
#include "gis/io/feature_reader_p.h"
#include "gis/io/layer_reader_p.h"
#include "gis/io/shapefile_records.h"

#include <cmath>

namespace fg::gis {

using namespace reading;

namespace {

OGRLayerH ogr(void *layer)
{
    return static_cast<OGRLayerH>(layer);
}

} // namespace

LayerStream::LayerStream(const QString &path, const ReadOptions &options) : m_options(options)
{
    m_options.near.reset();
    ScopedCplErrors quiet; // GDAL's stray messages must not reach the user's stderr
    m_source = std::make_unique<OpenedSource>(openSource(path, options.restoreMissingShx));
    m_rows.warnings = m_source->notes;
    OGRLayerH layer = pickLayer(*m_source, path, options.layerName, m_rows.warnings);
    m_layer = layer;
    m_rows.sourcePath = path;
    m_rows.driver = m_source->driver;
    m_rows.encoding = decideEncoding(*m_source, options.encoding);
    m_codec = std::make_unique<TextCodec>(m_source->rawText ? m_rows.encoding.encoding : QStringLiteral("UTF-8"));
    if (!m_codec->isValid())
        throw core::InputError(path,
            QCoreApplication::translate("fg::gis", "unknown text encoding '%1'").arg(m_rows.encoding.encoding));
    m_rows.name = QString::fromUtf8(OGR_L_GetName(layer));
    const OGRwkbGeometryType declared = OGR_L_GetGeomType(layer);
    m_rows.geometryTypeName = QString::fromUtf8(OGRGeometryTypeToName(declared));
    m_rows.geometryKind = kindOfOgrType(declared);
    if (m_rows.geometryKind != GeometryKind::Unknown)
        checkKind(options.expectedKind, m_rows);
    m_reader = std::make_unique<FeatureReader>(layer, m_source->rawText ? m_codec.get() : nullptr, m_rows);
    m_declared = OGR_L_GetFeatureCount(layer, 0);

    OGREnvelope box;
    m_streamable = m_source->driver == QLatin1String("ESRI Shapefile") && !m_source->copy
        && m_rows.geometryKind == GeometryKind::Polygon && OGR_L_GetExtent(layer, &box, FALSE) == OGRERR_NONE
        && std::isfinite(box.MinX) && std::isfinite(box.MaxX) && std::isfinite(box.MinY) && std::isfinite(box.MaxY)
        && box.MinX <= box.MaxX && box.MinY <= box.MaxY;
    m_header.name = m_rows.name;
    m_header.sourcePath = path;
    m_header.driver = m_rows.driver;
    m_header.geometryKind = m_rows.geometryKind;
    m_header.geometryTypeName = m_rows.geometryTypeName;
    m_header.fields = m_rows.fields;
    m_header.encoding = m_rows.encoding;
    m_header.warnings = m_rows.warnings;
    if (m_streamable) {
        m_header.sourceExtent = QRectF(QPointF(box.MinX, box.MinY), QPointF(box.MaxX, box.MaxY));
        decideCrs(layer, m_header.driver, m_options, m_header);
        readShapesDirectly(path);
    }
}

void LayerStream::readShapesDirectly(const QString &path)
{
    const QString shp = siblingFile(path, QStringLiteral("shp")), shx = siblingFile(path, QStringLiteral("shx"));
    if (shp.isEmpty() || shx.isEmpty())
        return;
    auto shapes = std::make_unique<ShapefileRecords>(shp, shx);
    if (!shapes->ok() || shapes->shapeType() != 5) // Polygon; PolygonZ, M and MultiPatch stay OGR's
        return;
    m_shapes = std::move(shapes);
    const char *ignored[] = { "OGR_GEOMETRY", nullptr };
    OGR_L_SetIgnoredFields(ogr(m_layer), ignored);
    m_reader->readShapesFrom(m_shapes.get());
    // The attributes too, when OGR gives the text undecoded and the tables agree on the count.
    if (m_source->rawText && m_shapes->recordCount() == m_declared)
        m_dbf = dbfRecordsFor(ogr(m_layer), m_source->dbfPath, m_declared);
    m_reader->readAttributesFrom(m_dbf.get());
}

void LayerStream::readAttributesThroughOgr()
{
    m_reader->readAttributesFrom(nullptr);
    m_dbf.reset();
}

void LayerStream::readShapesThroughOgr()
{
    if (!m_shapes)
        return;
    OGR_L_SetIgnoredFields(ogr(m_layer), nullptr);
    readAttributesThroughOgr();
    m_reader->readShapesFrom(nullptr);
    m_shapes.reset();
}

LayerStream::~LayerStream() = default;

bool LayerStream::next(VectorLayer &chunk, std::vector<QByteArray> &sourceWkb, int maxFeatures)
{
    sourceWkb.clear();
    m_reader->keepSourceWkb(&sourceWkb);
    const bool more = m_reader->readNext(maxFeatures, expectedKind());
    m_reader->keepSourceWkb(nullptr);
    chunk.fields = m_header.fields;
    chunk.sourcePath = m_header.sourcePath;
    chunk.crs = m_header.crs;
    chunk.takeRows(m_rows);
    m_kept += chunk.featureCount();
    return more || chunk.featureCount() > 0;
}

bool LayerStream::nextRaw(std::vector<RawFeature> &rows, int maxFeatures)
{
    const bool more = m_reader->readRawNext(maxFeatures, rows);
    if (m_shapes && !rows.empty()) // the pages read so far go back: resident memory follows a chunk
        m_released = m_shapes->releaseBefore(rows.back().fid, m_released, 4 << 20);
    return more || !rows.empty();
}

GeometryKind LayerStream::expectedKind() const
{
    return m_options.expectedKind != GeometryKind::Unknown ? m_options.expectedKind : m_header.geometryKind;
}

bool LayerStream::settle(const RawFeature &row)
{
    if (!m_reader->settle(row))
        return false;
    ++m_kept;
    return true;
}

VectorLayer LayerStream::finish(const QRectF &keptExtent)
{
    m_reader->finishRead(); // pops the reading's error handler: the one below comes after it
    ScopedCplErrors quiet;
    if (!m_source->dbfPath.isEmpty())
        warnAboutUnreadRecords(DbfFile(m_source->dbfPath).recordCount(), m_rows, m_kept);
    checkKind(m_options.expectedKind, m_rows);
    m_rows.sourceExtent = keptExtent;
    decideCrs(ogr(m_layer), m_rows.driver, m_options, m_rows);
    VectorLayer described;
    std::swap(described.warnings, m_rows.warnings);
    described.name = m_rows.name;
    described.sourcePath = m_rows.sourcePath;
    described.driver = m_rows.driver;
    described.geometryKind = m_rows.geometryKind;
    described.geometryTypeName = m_rows.geometryTypeName;
    described.fields = m_rows.fields;
    described.encoding = m_rows.encoding;
    described.crs = m_rows.crs;
    described.geometryCheck = m_rows.geometryCheck;
    described.sourceExtent = keptExtent;
    return described;
}

} // namespace fg::gis
