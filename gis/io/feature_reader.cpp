// SPDX-License-Identifier: MIT
#include "gis/io/feature_reader_p.h"

#include "core/input_error.h"
#include "gis/io/geometry_repair.h"
#include "gis/io/layer_reader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace fg::gis {

namespace {

constexpr int kListedIds = 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

FieldType fieldTypeOf(OGRFieldType t)
{
    switch (t) {
    case OFTInteger:
    case OFTInteger64:
        return FieldType::Integer;
    case OFTReal:
        return FieldType::Real;
    case OFTString:
        return FieldType::Text;
    case OFTDate:
        return FieldType::Date;
    case OFTDateTime:
        return FieldType::DateTime;
    default:
        return FieldType::Other;
    }
}

QString idList(const std::vector<qint64> &fids)
{
    QStringList ids;
    for (size_t i = 0; i < fids.size() && i < kListedIds; ++i)
        ids << QString::number(fids[i]);
    QString text = ids.join(QStringLiteral(", "));
    if (fids.size() > kListedIds)
        text += tr(" and %1 more").arg(fids.size() - kListedIds);
    return text;
}

QVariant dateValue(OGRFeatureH feature, int field, FieldType type)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(feature, field, &y, &mo, &d, &h, &mi, &s, &tz))
        return {};
    const QDate date(y, mo, d);
    if (type == FieldType::Date)
        return date;
    return QDateTime(date, QTime(h, mi, static_cast<int>(s)));
}

bool isSurfaceType(OGRwkbGeometryType flat)
{
    return flat == wkbTIN || flat == wkbPolyhedralSurface || flat == wkbTriangle;
}

/// A copy GEOS can read: curves linearised; TINs and polyhedral surfaces (MultiPatch) as
/// MultiPolygons, also inside collections. The caller owns the result.
OGRGeometryH readableCopy(OGRGeometryH geometry)
{
    OGRGeometryH g = OGR_G_HasCurveGeometry(geometry, FALSE) ? OGR_G_GetLinearGeometry(geometry, 0, nullptr)
                                                             : OGR_G_Clone(geometry);
    const OGRwkbGeometryType flat = wkbFlatten(OGR_G_GetGeometryType(g));
    if (isSurfaceType(flat))
        return OGR_G_ForceTo(g, wkbMultiPolygon, nullptr);
    if (flat != wkbGeometryCollection)
        return g;
    OGRGeometryH collection = OGR_G_CreateGeometry(wkbGeometryCollection);
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        OGR_G_AddGeometryDirectly(collection, readableCopy(OGR_G_GetGeometryRef(g, i)));
    OGR_G_DestroyGeometry(g);
    return collection;
}

} // namespace

GeometryKind kindOfOgrType(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbTIN:
    case wkbPolyhedralSurface:
    case wkbTriangle:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::Unknown;
    }
}

FeatureReader::FeatureReader(OGRLayerH layer, const TextCodec *codec, VectorLayer &target)
    : m_layer(layer)
    , m_codec(codec)
    , m_target(target)
    , m_wkbReader(GEOSWKBReader_create_r(geosContext()))
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH f = OGR_FD_GetFieldDefn(defn, i);
        const char *raw = OGR_Fld_GetNameRef(f);
        const QString name = m_codec ? m_codec->toUnicode(raw) : QString::fromUtf8(raw);
        m_target.fields.push_back({ name, fieldTypeOf(OGR_Fld_GetType(f)) });
    }
    m_hasGeometryField = OGR_FD_GetGeomFieldCount(defn) > 0 && OGR_L_GetGeomType(layer) != wkbNone;
}

FeatureReader::~FeatureReader()
{
    GEOSWKBReader_destroy_r(geosContext(), m_wkbReader);
}

std::vector<QVariant> FeatureReader::attributes(OGRFeatureH feature) const
{
    std::vector<QVariant> values(m_target.fields.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const int fi = static_cast<int>(i);
        if (!OGR_F_IsFieldSetAndNotNull(feature, fi))
            continue;
        const FieldType type = m_target.fields[i].type;
        switch (type) {
        case FieldType::Integer:
            values[i] = qlonglong(OGR_F_GetFieldAsInteger64(feature, fi));
            break;
        case FieldType::Real:
            values[i] = OGR_F_GetFieldAsDouble(feature, fi);
            break;
        case FieldType::Date:
        case FieldType::DateTime:
            values[i] = dateValue(feature, fi, type);
            break;
        default: {
            const char *raw = OGR_F_GetFieldAsString(feature, fi);
            values[i] = m_codec ? m_codec->toUnicode(raw) : QString::fromUtf8(raw);
        }
        }
    }
    return values;
}

bool FeatureReader::exportWkb(OGRGeometryH geometry, bool inPlace, QByteArray &wkb)
{
    // In place (the raw read): a plain polygon is taken as the feature holds it, without a
    // copy, since the feature is dropped right after.
    const OGRwkbGeometryType flat = wkbFlatten(OGR_G_GetGeometryType(geometry));
    const bool asHeld
        = inPlace && (flat == wkbPolygon || flat == wkbMultiPolygon) && !OGR_G_HasCurveGeometry(geometry, FALSE);
    OgrGeometryPtr owned(asHeld ? nullptr : readableCopy(geometry));
    OGRGeometryH g = asHeld ? geometry : static_cast<OGRGeometryH>(owned.get());
    OGR_G_FlattenTo2D(g);
    wkb = QByteArray(OGR_G_WkbSize(g), Qt::Uninitialized);
    if (OGR_G_ExportToWkb(g, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data())) == OGRERR_NONE)
        return true;
    wkb.clear();
    return false;
}

GeosGeometryPtr FeatureReader::toGeos(OGRGeometryH geometry, qint64 fid)
{
    if (!geometry || OGR_G_IsEmpty(geometry))
        return {};
    QByteArray wkb;
    exportWkb(geometry, false, wkb);
    GeosGeometryPtr result(wkb.isEmpty()
            ? nullptr
            : GEOSWKBReader_read_r(geosContext(), m_wkbReader,
                reinterpret_cast<const unsigned char *>(wkb.constData()), static_cast<size_t>(wkb.size())));
    if (m_sourceWkb)
        m_lastWkb = wkb;
    if (!result) {
        takeGeosError();
        m_unsupportedFids.push_back(fid);
    }
    return result;
}

void FeatureReader::keepOrSkip(
    qint64 fid, std::vector<QVariant> values, GeosGeometryPtr geometry, GeometryKind kind)
{
    if (!m_hasGeometryField) { // a bare table (.dbf alone, CSV without coordinates)
        m_target.addFeature(fid, std::move(values), {});
        return;
    }
    QString reason;
    const GEOSGeometry *asRead = geometry.get();
    const GeometryVerdict verdict = checkAndRepair(geometry, kind, &reason);
    const GeometryKind actual = verdict == GeometryVerdict::Valid || verdict == GeometryVerdict::Repaired
        ? geometryKindOf(geometry.get())
        : GeometryKind::Unknown;
    if (!account(fid, verdict, reason, actual))
        return;
    // A polygon kept as read passed GEOS IsValid: the overlay need not ask again.
    const bool valid = verdict == GeometryVerdict::Valid && actual == GeometryKind::Polygon;
    if (m_sourceWkb)
        m_sourceWkb->push_back(valid && geometry.get() == asRead ? m_lastWkb : QByteArray());
    m_target.addFeature(fid, std::move(values), std::move(geometry), valid);
}

bool FeatureReader::account(qint64 fid, GeometryVerdict verdict, const QString &reason, GeometryKind actual)
{
    GeometryCheckReport &report = m_target.geometryCheck;
    switch (verdict) {
    case GeometryVerdict::Empty:
        report.emptyFids.push_back(fid);
        return false;
    case GeometryVerdict::Collapsed:
        report.collapsedFids.push_back(fid);
        return false;
    case GeometryVerdict::WrongKind:
        report.wrongKindFids.push_back(fid);
        return false;
    case GeometryVerdict::NonFinite:
        report.nonFiniteFids.push_back(fid);
        return false;
    case GeometryVerdict::Repaired:
        report.repairedFids.push_back(fid);
        if (m_repairReasons.size() < 5)
            m_repairReasons << tr("%1: %2").arg(fid).arg(reason);
        break;
    case GeometryVerdict::Valid:
        break;
    }
    if (m_kept++ == 0)
        m_commonKind = actual;
    else if (actual != m_commonKind)
        m_mixed = true;
    return true;
}

bool FeatureReader::settle(const RawFeature &row)
{
    if (row.unreadable)
        m_unsupportedFids.push_back(row.fid);
    return account(row.fid, row.verdict, row.reason, row.kind);
}

void FeatureReader::readAll(GeometryKind kind, const std::function<bool(double)> &progress)
{
    OGR_L_ResetReading(m_layer);
    const GIntBig total = OGR_L_GetFeatureCount(m_layer, 0);
    read([this](ScopedCplErrors &) { return OgrFeaturePtr(OGR_L_GetNextFeature(m_layer)); }, total, kind,
        progress);
}

void FeatureReader::readSome(
    const std::vector<qint64> &fids, GeometryKind kind, const std::function<bool(double)> &progress)
{
    size_t next = 0;
    read(
        [this, &fids, &next](ScopedCplErrors &errors) {
            // A record marked deleted comes back null (with GDAL's message): the full read skips
            // it too.
            for (; next < fids.size(); ++next) {
                if (OgrFeaturePtr feature { OGR_L_GetFeature(m_layer, GIntBig(fids[next])) }) {
                    ++next;
                    return feature;
                }
                errors.forgetLastError();
            }
            return OgrFeaturePtr();
        },
        GIntBig(fids.size()), kind, progress);
}

void FeatureReader::read(const std::function<OgrFeaturePtr(ScopedCplErrors &)> &nextFeature, qint64 total, GeometryKind kind,
    const std::function<bool(double)> &progress)
{
    ScopedCplErrors errors;
    QStringList gdalMessages;
    GIntBig done = 0;
    while (OgrFeaturePtr feature = nextFeature(errors)) {
        readOne(static_cast<OGRFeatureH>(feature.get()), errors, gdalMessages, kind);
        ++done;
        if (progress && done % 1024 == 0 && !progress(total > 0 ? double(done) / double(total) : 0.0))
            throw ReadCancelled {};
    }
    endRead(errors, gdalMessages, done);
    if (progress)
        progress(1.0);
    summarize(gdalMessages);
}

void FeatureReader::noteRecordError(qint64 fid, ScopedCplErrors &errors, QStringList &gdalMessages)
{
    if (!errors.lastError().isEmpty()) {
        // A corrupt record (GDAL read it with a null geometry): say which, keep reading.
        gdalMessages << tr("feature %1: %2").arg(fid).arg(errors.lastError());
        errors.clear();
    }
}

void FeatureReader::readOne(OGRFeatureH f, ScopedCplErrors &errors, QStringList &gdalMessages, GeometryKind kind)
{
    const qint64 fid = OGR_F_GetFID(f);
    noteRecordError(fid, errors, gdalMessages);
    keepOrSkip(fid, attributes(f), toGeos(OGR_F_GetGeometryRef(f), fid), kind);
}

void FeatureReader::endRead(ScopedCplErrors &errors, QStringList &gdalMessages, qint64 done)
{
    if (!errors.lastError().isEmpty())
        throw core::InputError(m_target.sourcePath,
            tr("reading stopped after %1 features: %2").arg(done).arg(errors.lastError().simplified()));
    if (!errors.warnings().isEmpty())
        gdalMessages << errors.warnings().split(QLatin1Char('\n')).mid(0, 10);
}

bool FeatureReader::readNext(int maxFeatures, GeometryKind kind)
{
    if (!m_chunkErrors) {
        OGR_L_ResetReading(m_layer);
        m_chunkErrors = std::make_unique<ScopedCplErrors>();
    }
    const qint64 until = m_kept + maxFeatures;
    while (m_kept < until) {
        const OgrFeaturePtr feature(OGR_L_GetNextFeature(m_layer));
        if (!feature)
            return false;
        readOne(static_cast<OGRFeatureH>(feature.get()), *m_chunkErrors, m_chunkMessages, kind);
        ++m_chunkDone;
    }
    return true;
}

bool FeatureReader::readRawNext(int maxFeatures, std::vector<RawFeature> &rows)
{
    if (m_dbf && m_shapes)
        return readDbfNext(maxFeatures, rows);
    if (!m_chunkErrors) {
        OGR_L_ResetReading(m_layer);
        m_chunkErrors = std::make_unique<ScopedCplErrors>();
    }
    rows.clear();
    rows.reserve(size_t(maxFeatures));
    while (int(rows.size()) < maxFeatures) {
        const OgrFeaturePtr feature(OGR_L_GetNextFeature(m_layer));
        if (!feature)
            return false;
        OGRFeatureH f = static_cast<OGRFeatureH>(feature.get());
        RawFeature row;
        row.fid = OGR_F_GetFID(f);
        noteRecordError(row.fid, *m_chunkErrors, m_chunkMessages);
        row.values = attributes(f);
        if (m_shapes)
            rawShape(row);
        else
            rawGeometry(f, row);
        rows.push_back(std::move(row));
        ++m_chunkDone;
    }
    return true;
}

void FeatureReader::rawGeometry(OGRFeatureH f, RawFeature &row)
{
    OGRGeometryH geometry = OGR_F_GetGeometryRef(f);
    if (geometry && !OGR_G_IsEmpty(geometry)) // else no geometry: skipped as empty
        row.unreadable = !exportWkb(geometry, true, row.wkb);
}

void FeatureReader::finishRead()
{
    if (!m_chunkErrors)
        m_chunkErrors = std::make_unique<ScopedCplErrors>();
    endRead(*m_chunkErrors, m_chunkMessages, m_chunkDone);
    m_chunkErrors.reset();
    summarize(m_chunkMessages);
}

void FeatureReader::summarize(const QStringList &gdalMessages)
{
    const GeometryCheckReport &r = m_target.geometryCheck;
    if (!r.repairedFids.empty())
        m_target.warnings << tr("%1 invalid polygons repaired with GEOS MakeValid, feature ids: %2 (%3)")
                                 .arg(r.repairedFids.size())
                                 .arg(idList(r.repairedFids), m_repairReasons.join(QStringLiteral("; ")));
    if (!r.emptyFids.empty())
        m_target.warnings << tr("%1 features skipped: null or empty geometry, feature ids: %2")
                                 .arg(r.emptyFids.size())
                                 .arg(idList(r.emptyFids));
    if (!r.collapsedFids.empty())
        m_target.warnings << tr("%1 features skipped: invalid and nothing left after repair, feature ids: %2")
                                 .arg(r.collapsedFids.size())
                                 .arg(idList(r.collapsedFids));
    if (!r.wrongKindFids.empty())
        m_target.warnings << tr(
            "%1 features skipped: geometry of another kind than the layer's, feature ids: %2")
                                 .arg(r.wrongKindFids.size())
                                 .arg(idList(r.wrongKindFids));
    if (!r.nonFiniteFids.empty())
        m_target.warnings << tr("%1 features skipped: NaN or infinite coordinates, feature ids: %2")
                                 .arg(r.nonFiniteFids.size())
                                 .arg(idList(r.nonFiniteFids));
    if (!m_unsupportedFids.empty())
        m_target.warnings << tr("%1 geometries could not be converted (unsupported type), feature ids: %2")
                                 .arg(m_unsupportedFids.size())
                                 .arg(idList(m_unsupportedFids));
    for (const QString &message : gdalMessages)
        m_target.warnings << tr("GDAL: %1").arg(message);
}

} // namespace fg::gis
