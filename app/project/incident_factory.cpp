// SPDX-License-Identifier: MIT
#include "app/project/incident_factory.h"

#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace fg::app {

namespace {

gis::GeosGeometryPtr polygonOf(const QList<QPointF> &ring, const QString &id)
{
    QStringList points;
    for (const QPointF &p : ring)
        points << QStringLiteral("%1 %2").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
    points << points.first();
    gis::GeosGeometryPtr polygon = gis::fromWkt(QStringLiteral("MULTIPOLYGON(((%1)))").arg(points.join(QLatin1Char(','))));
    // lupdate takes the qualified return type for a scope and would file X::tr() under a bare context.
    if (!polygon)
        throw core::InputError(id, QCoreApplication::translate("fg::app::IncidentFactory",
                                       "the boundary is no polygon: %1").arg(gis::takeGeosError()));
    GEOSContextHandle_t ctx = gis::geosContext();
    if (GEOSisValid_r(ctx, polygon.get()) != 1) {
        char *reason = GEOSisValidReason_r(ctx, polygon.get());
        const QString why = QString::fromUtf8(reason ? reason : "");
        GEOSFree_r(ctx, reason);
        throw core::InputError(id, QCoreApplication::translate("fg::app::IncidentFactory",
                                       "the boundary crosses itself or is degenerate (%1)").arg(why));
    }
    return polygon;
}

/// The name of the boundary polygon holding the incident's interior point (empty when none).
QString nameAt(const gis::VectorLayer *layer, const GEOSGeometry *geometry)
{
    if (!layer)
        return {};
    int field = layer->fieldIndex(QStringLiteral("XZQMC"));
    if (field < 0)
        field = layer->fieldIndex(QStringLiteral("NAME"));
    GEOSContextHandle_t ctx = gis::geosContext();
    gis::GeosGeometryPtr point(GEOSPointOnSurface_r(ctx, geometry));
    if (field < 0 || !point)
        return {};
    for (int row : layer->query(point.get())) {
        if (GEOSIntersects_r(ctx, layer->geometry(row), point.get()) == 1)
            return layer->value(row, field).toString();
    }
    return {};
}

gis::IncidentMeasures measureIncident(const ProjectSession &session, const gis::IncidentRecord &incident)
{
    gis::VectorLayer layer;
    layer.name = incident.id;
    layer.sourcePath = session.path();
    layer.geometryKind = gis::GeometryKind::Polygon;
    layer.fields = { { QStringLiteral("incident_id"), gis::FieldType::Text } };
    layer.addFeature(1, { incident.id }, gis::cloneGeometry(incident.geometry.get()));
    layer.buildIndex();
    gis::EncroachmentRequest request;
    request.incidents = &layer;
    request.basicFarmland = session.mapLayer(QString::fromLatin1(gis::ProjectTables::kBasicFarmland)).get();
    request.cultivated = session.mapLayer(QString::fromLatin1(gis::ProjectTables::kLandUse)).get();
    request.workingEpsg = session.workingEpsg();
    request.idField = QStringLiteral("incident_id");
    request.overlay.cultivatedClasses = request.rules.cultivatedClasses();
    const gis::IncidentResult result = gis::analyzeEncroachment(request).incidents.at(0);
    const gis::AreaMethod method = request.method;
    gis::IncidentMeasures m;
    m.measured = true;
    m.method = QString::fromLatin1(gis::areaMethodName(method));
    m.areaM2 = result.occupation.area.of(method);
    m.basicFarmlandM2 = result.occupation.basicFarmland.of(method);
    m.cultivatedM2 = result.occupation.cultivated.of(method);
    m.cultivatedOutsideBasicFarmlandM2 = result.occupation.cultivatedOutsideBasicFarmland.of(method);
    m.basicFarmlandMu = result.verdict.basicFarmlandMu;
    m.cultivatedMu = result.verdict.cultivatedMu;
    m.accountability = result.verdict.accountability();
    return m;
}

QStringList storeAttachments(gis::ProjectStore &store, const QStringList &paths)
{
    QStringList ids;
    const QMimeDatabase mime;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw core::InputError(path, IncidentFactory::tr("cannot read the attachment: %1").arg(file.errorString()));
        ids << store.addAttachment(QFileInfo(path).fileName(), mime.mimeTypeForFile(path).name(), file.readAll());
    }
    return ids;
}

} // namespace

QString IncidentFactory::create(ProjectSession &session, const IncidentDraft &draft, const QList<QPointF> &ring)
{
    const QString id = draft.id.trimmed();
    if (id.isEmpty())
        throw core::InputError(session.path(), tr("the incident needs a number"));
    for (const gis::IncidentRecord &existing : session.incidents()) {
        if (existing.id == id)
            throw core::InputError(session.path(), tr("incident %1 is already in the project").arg(id), id);
    }
    gis::IncidentRecord incident;
    incident.id = id;
    incident.source = draft.source;
    incident.discoveryDate = draft.discoveryDate;
    incident.party = draft.party.trimmed();
    incident.violationType = draft.violationType;
    incident.description = draft.description.trimmed();
    incident.geometry = polygonOf(ring, id);
    placeIn(session, incident);
    incident.measures = measureIncident(session, incident);

    const gis::OperatorIdentity &who = session.store().operatorIdentity();
    core::CaseStep clue;
    clue.when = QDateTime::currentDateTime();
    clue.actor = { who.name, who.role };
    clue.note = incident.description;
    clue.attachmentIds = storeAttachments(session.store(), draft.attachmentPaths);
    core::CaseFile file(id, clue);
    file.setIncidentIds({ id });
    file.setPartyId(incident.party);
    file.setViolationType(incident.violationType);
    file.setThresholdFlag(incident.measures.accountability ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below);
    incident.fid = session.store().addIncident(incident, file);
    session.reload();
    return id;
}

gis::IncidentMeasures IncidentFactory::measure(const ProjectSession &session, const gis::IncidentRecord &incident)
{
    return measureIncident(session, incident);
}

void IncidentFactory::placeIn(const ProjectSession &session, gis::IncidentRecord &incident)
{
    incident.township = nameAt(session.mapLayer(QString::fromLatin1(gis::ProjectTables::kTownships)).get(), incident.geometry.get());
    incident.village = nameAt(session.mapLayer(QString::fromLatin1(gis::ProjectTables::kVillages)).get(), incident.geometry.get());
}

QString IncidentFactory::nextId(const ProjectSession &session)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QString prefix = QStringLiteral("INC-");
    qint64 highest = 0;
    int width = 3;
    for (const gis::IncidentRecord &record : session.incidents()) {
        const QRegularExpressionMatch match = numbered.match(record.id);
        if (match.hasMatch() && match.captured(2).toLongLong() >= highest) {
            prefix = match.captured(1);
            highest = match.captured(2).toLongLong();
            width = int(match.captured(2).size());
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

} // namespace fg::app
