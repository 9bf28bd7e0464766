// SPDX-License-Identifier: MIT
#include "memory_rows.h"

#include "core/cases/case_workflow.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace fg::test::rows {

namespace {

QJsonValue basePoint(const std::optional<QPointF> &base)
{
    return base ? QJsonValue(QJsonArray { base->x(), base->y() }) : QJsonValue();
}

} // namespace

SharedGeometry multiPolygon(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = gis::geosContext();
    if (!geometry || GEOSisEmpty_r(ctx, geometry))
        return nullptr;
    GEOSGeometry *copy = GEOSGeom_clone_r(ctx, geometry);
    if (GEOSGeomTypeId_r(ctx, copy) == GEOS_POLYGON) {
        GEOSGeometry *parts[] = { copy };
        copy = GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts, 1);
    }
    return SharedGeometry(copy, gis::GeosGeometryDeleter());
}

bool meets(const QRectF &a, const QRectF &b)
{
    // QRectF::intersects() is false for touching edges and for zero-width boxes; an R-tree
    // query (and PostGIS &&) is not.
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

bool selects(const gis::FeatureQuery &query, qint64 fid, const QRectF &box)
{
    if (!query.fids.empty() && std::find(query.fids.begin(), query.fids.end(), fid) == query.fids.end())
        return false;
    if (query.boxes.empty())
        return true;
    return std::any_of(
        query.boxes.begin(), query.boxes.end(), [&](const QRectF &b) { return meets(b, box); });
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

IncidentRow incidentRow(const gis::IncidentRecord &r)
{
    IncidentRow row;
    row.geometry = multiPolygon(r.geometry.get());
    row.incidentId = r.id;
    row.source = r.source;
    row.discoveryDate = r.discoveryDate;
    row.township = r.township;
    row.village = r.village;
    row.party = r.party;
    row.partyIdNumber = r.partyIdNumber;
    row.violationType = r.violationType;
    row.description = r.description;
    row.measures = r.measures;
    return row;
}

gis::IncidentRecord incidentRecord(const IncidentRow &row, bool withGeometry)
{
    gis::IncidentRecord r;
    r.fid = row.fid;
    r.revision = row.revision;
    r.changedBy = row.changedBy;
    r.changedAt = row.changedAt;
    r.id = row.incidentId;
    r.source = row.source;
    r.discoveryDate = row.discoveryDate;
    r.township = row.township;
    r.village = row.village;
    r.party = row.party;
    r.partyIdNumber = row.partyIdNumber;
    r.violationType = row.violationType;
    r.description = row.description;
    r.measures = row.measures;
    if (withGeometry && row.geometry)
        r.geometry = gis::cloneGeometry(row.geometry.get());
    return r;
}

QJsonObject shapeJson(const IncidentRow &row)
{
    const QJsonObject all = incidentRecord(row, false).attributesJson();
    QJsonObject shape;
    for (const char *key : { "township", "village", "measures" })
        if (all.contains(QLatin1String(key)))
            shape.insert(QLatin1String(key), all.value(QLatin1String(key)));
    shape.insert(QStringLiteral("geometry_wkt"), gis::toWkt(row.geometry.get(), 3));
    shape.insert(QStringLiteral("geometry_sha256"), sha256Hex(gis::toWkb(row.geometry.get())));
    return shape;
}

const CaseRow *findCase(const MemoryState &state, const QString &id)
{
    const auto it
        = std::find_if(state.cases.begin(), state.cases.end(), [&](const CaseRow &c) { return c.id == id; });
    return it == state.cases.end() ? nullptr : &*it;
}

CaseRow *findCase(MemoryState &state, const QString &id)
{
    return const_cast<CaseRow *>(findCase(std::as_const(state), id));
}

const IncidentRow *findIncident(const MemoryState &state, const QString &id)
{
    const auto it = std::find_if(state.incidents.begin(), state.incidents.end(),
        [&](const IncidentRow &i) { return i.incidentId == id; });
    return it == state.incidents.end() ? nullptr : &*it;
}

qint64 partyId(MemoryState &state, const QString &name)
{
    for (const PartyRow &p : state.parties)
        if (p.name == name)
            return p.id;
    const qint64 id = state.parties.empty() ? 1 : state.parties.back().id + 1;
    state.parties.push_back({ id, name });
    return id;
}

core::CaseFile caseFile(const MemoryState &state, const CaseRow &row, const MemoryRights &rights)
{
    std::vector<const StepRow *> steps;
    for (const StepRow &s : state.steps)
        if (s.caseId == row.id)
            steps.push_back(&s);
    std::sort(
        steps.begin(), steps.end(), [](const StepRow *a, const StepRow *b) { return a->stepNo < b->stepNo; });
    core::CaseFile file(row.id, steps.front()->step);
    const core::CaseWorkflow workflow;
    for (size_t i = 1; i < steps.size(); ++i)
        workflow.restore(file, steps[i]->step);
    for (const PartyRow &p : state.parties)
        if (row.partyId && p.id == *row.partyId)
            file.setPartyId(p.name);
    file.setViolationType(row.violationType);
    file.setThresholdFlag(row.thresholdFlag);
    file.setDeclaredMajor(row.declaredMajor);
    file.setCrimeSuspectedAt(row.crimeSuspectedAt);
    file.setMisconductSuspectedAt(row.misconductSuspectedAt);
    file.setDeclaredMajorAt(row.declaredMajorAt);
    QStringList incidents; // in incident row order, as the GeoPackage store reads them
    for (const IncidentRow &i : state.incidents)
        for (const CaseIncidentRow &link : state.caseIncidents)
            if (link.caseId == row.id && link.incidentFid == i.fid)
                incidents << i.incidentId;
    file.setIncidentIds(incidents);
    for (const TransferRow &t : state.transfers)
        if (t.caseId == row.id && rights.readsTransfer(t.transfer))
            file.addTransfer(t.transfer);
    for (const AccountabilityRow &a : state.accountability)
        if (a.caseId == row.id && rights.readsAccountability())
            file.addAccountability(a.record);
    file.setRevision(row.revision);
    file.setChanged(row.changedBy, row.changedAt);
    return file;
}

QString dateList(const QSet<QDate> &dates)
{
    std::vector<QDate> sorted(dates.begin(), dates.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const QDate &d : sorted)
        parts << d.toString(Qt::ISODate);
    return parts.join(QLatin1Char(';'));
}

QJsonObject officerJson(const core::Officer &officer, const QStringList &villages)
{
    return QJsonObject { { QStringLiteral("township"), officer.township },
        { QStringLiteral("base"), QJsonArray { officer.base.x(), officer.base.y() } },
        { QStringLiteral("max_cells"), officer.maxCellsPerDay },
        { QStringLiteral("max_km"), officer.maxKmPerDay },
        { QStringLiteral("cells"), QJsonArray::fromStringList(officer.cellIds) },
        { QStringLiteral("villages"), QJsonArray::fromStringList(villages) },
        { QStringLiteral("holidays"), dateList(officer.calendar.holidays()) },
        { QStringLiteral("working_weekends"), dateList(officer.calendar.workingWeekendDays()) } };
}

QJsonObject villagePatrollerJson(const core::VillagePatroller &p)
{
    return QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("township"), p.township },
        { QStringLiteral("base"), basePoint(p.base) }, { QStringLiteral("weekends_off"), p.weekendsOff },
        { QStringLiteral("days_off"), dateList(p.daysOff) } };
}

QString visitKey(const core::PlannedVisit &visit)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(visit.date.toString(Qt::ISODate), visit.officer)
        .arg(visit.order)
        .arg(visit.cellId);
}

QString villagePatrolKey(const core::VillagePatrol &patrol)
{
    return QStringLiteral("V|%1|%2|%3|%4")
        .arg(patrol.date.toString(Qt::ISODate), patrol.village, patrol.patroller,
            patrol.cellIds.join(QLatin1Char(';')));
}

} // namespace fg::test::rows
