// SPDX-License-Identifier: MIT
#include "app/project/incident_factory.h"

#include "app/project/attachment_files.h"
#include "app/project/clue_recorder.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/io/validity_reason.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/incident_measurer.h"

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
                                       "the boundary is not a valid polygon: %1").arg(gis::validityReasonText(why)));
    }
    return polygon;
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
    const gis::IncidentMeasurement measured = gis::IncidentMeasurer::measure(
        session.store(), incident.geometry.get(), id, { incident.violationType, incident.discoveryDate });
    incident.township = measured.township;
    incident.village = measured.village;
    incident.measures = measured.measures;

    const gis::OperatorIdentity &who = session.store().operatorIdentity();
    core::CaseStep clue;
    clue.when = QDateTime::currentDateTime();
    clue.actor = { who.name, who.role };
    clue.note = incident.description;
    clue.attachmentIds = AttachmentFiles::store(session.store(), draft.attachmentPaths);
    incident.fid = session.store().addIncident(incident, ClueRecorder::caseFor(incident, id, clue));
    // Its own flag above; its party's total (with the party's other open incidents) may move
    // this case and theirs: judged again through the one use case, each change logged.
    gis::CaseFlags::rejudge(session.store(), gis::CaseFlags::affectedBy(session.store(), { id }),
        tr("new incident %1 recorded").arg(id));
    session.reload();
    return id;
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
