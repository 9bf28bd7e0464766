// SPDX-License-Identifier: MIT
#include "gis/usecases/site_input.h"

#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/usecases/import_guard.h"
#include "gis/usecases/layer_files.h"

namespace fg::gis {

namespace {

/// The first problem the reader found with the file's features, or an empty string.
QString readProblem(const VectorLayer &layer, QString *feature)
{
    const GeometryCheckReport &check = layer.geometryCheck;
    const auto first = [feature](const std::vector<qint64> &fids) {
        *feature = QString::number(fids.front());
        return true;
    };
    if (!check.nonFiniteFids.empty() && first(check.nonFiniteFids))
        return SiteInput::tr("NaN or infinite coordinates");
    if (!check.repairedFids.empty() && first(check.repairedFids))
        return SiteInput::tr(
            "the polygon is invalid (a self-intersecting ring, or parts that overlap): a proposed "
            "site must be one simple polygon; correct its boundary points");
    if (!check.collapsedFids.empty() && first(check.collapsedFids))
        return SiteInput::tr("the polygon is invalid and has no area");
    if (!check.emptyFids.empty() && first(check.emptyFids))
        return SiteInput::tr("no geometry (NULL or empty): a site needs its polygon");
    if (!check.wrongKindFids.empty() && first(check.wrongKindFids))
        return SiteInput::tr("not a polygon: a site is an area");
    return {};
}

} // namespace

GeosGeometryPtr SiteInput::fromFile(const QString &path, int workingEpsg, const QString &crs, QString *name)
{
    VectorLayer layer = readPolygonFile(path, { QString(), crs });
    if (!layer.crs.mismatch.isEmpty())
        throw core::InputError(path, layer.crs.mismatch);
    QString feature;
    const QString problem = readProblem(layer, &feature);
    if (!problem.isEmpty())
        throw core::InputError(path, problem, feature);
    if (layer.featureCount() == 0)
        throw core::InputError(path, tr("the file holds no site polygon"));
    if (layer.featureCount() > 1)
        throw core::InputError(path,
            tr("the file holds %1 features: a site check takes one site (one feature, which may have several "
               "parts)")
                .arg(layer.featureCount()));
    if (!layer.crs.known())
        throw core::InputError(
            path, tr("the file does not say its CRS: give it with --crs (e.g. EPSG:4547)"));
    if (name) {
        name->clear();
        for (const char *field : { "name", "NAME", "MC", "XMMC" })
            if (const int index = layer.fieldIndex(QString::fromLatin1(field)); index >= 0 && name->isEmpty())
                *name = layer.value(0, index).toString().trimmed();
    }
    transformToWorkingCrs(layer, workingEpsg);
    GeosGeometryPtr site = cloneGeometry(layer.geometry(0));
    checkValid(site.get(), path, QString::number(layer.fid(0)));
    return site;
}

GeosGeometryPtr SiteInput::fromRing(const QList<QPointF> &ring, const QString &source)
{
    if (ring.size() < 3)
        throw core::InputError(
            source, tr("a site needs at least three boundary points, found %1").arg(ring.size()));
    QStringList points;
    for (const QPointF &p : ring)
        points << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 4).arg(p.y(), 0, 'f', 4);
    points << points.first();
    GeosGeometryPtr site = fromWkt(QStringLiteral("POLYGON((%1))").arg(points.join(QStringLiteral(","))));
    if (!site)
        throw core::InputError(source, tr("the boundary points make no polygon"));
    checkValid(site.get(), source);
    return site;
}

void SiteInput::checkValid(const GEOSGeometry *site, const QString &source, const QString &feature)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!site || GEOSisEmpty_r(ctx, site) == 1)
        throw core::InputError(source, tr("the site is empty"), feature);
    if (GEOSisValid_r(ctx, site) == 1)
        return;
    char *reason = GEOSisValidReason_r(ctx, site);
    const QString why = reason ? QString::fromUtf8(reason) : QString();
    GEOSFree_r(ctx, reason);
    throw core::InputError(source,
        tr("the polygon is invalid (%1): a proposed site must be one simple polygon; correct its boundary "
           "points")
            .arg(why),
        feature);
}

void SiteInput::checkPlace(const ProjectStore &store, const GEOSGeometry *site, const QString &source)
{
    VectorLayer layer;
    layer.name = source;
    layer.sourcePath = source;
    layer.geometryKind = GeometryKind::Polygon;
    layer.addFeature(1, {}, cloneGeometry(site));
    const std::vector<core::InputError> found = ImportGuard(store, ImportLimits()).checkPlace(layer, -1);
    if (!found.empty())
        throw core::InputError(source, found.front().problem());
}

} // namespace fg::gis
