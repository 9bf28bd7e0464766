// SPDX-License-Identifier: MIT
#include "contract_fixture.h"

#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"

namespace fg::test::contract {

namespace {

std::unique_ptr<gis::VectorLayer> layer(const QString &name, std::vector<gis::FieldDefinition> fields)
{
    auto result = std::make_unique<gis::VectorLayer>();
    result->name = name;
    result->sourcePath = QStringLiteral("hand/") + name + QStringLiteral(".shp");
    result->geometryKind = gis::GeometryKind::Polygon;
    result->crs.epsg = kEpsg;
    result->fields = std::move(fields);
    return result;
}

std::unique_ptr<gis::VectorLayer> landUse()
{
    using F = gis::FieldType;
    auto l = layer(QStringLiteral("dltb"),
        { { QStringLiteral("BSM"), F::Text }, { QStringLiteral("DLBM"), F::Text },
            { QStringLiteral("DLMC"), F::Text }, { QStringLiteral("TBMJ"), F::Real },
            { QStringLiteral("SJNF"), F::Integer }, { QStringLiteral("GXSJ"), F::Date } });
    const auto parcel
        = [&](int fid, const char *code, const char *name, double x0, double y0, double x1, double y1) {
              l->addFeature(fid * 10,
                  { QStringLiteral("1404250000%1").arg(fid), QString::fromUtf8(code), QString::fromUtf8(name),
                      (x1 - x0) * (y1 - y0), qint64(2023), QDate(2023, 12, 31) },
                  rect(x0, y0, x1, y1));
          };
    parcel(1, "0103", "旱地", 0, 0, 100, 100);
    parcel(2, "0201", "果园", 100, 0, 200, 100);
    parcel(3, "0101", "水田", 0, 100, 100, 200);
    parcel(4, "0702", "农村宅基地", 1000, 1000, 1100, 1100);
    return l;
}

std::unique_ptr<gis::VectorLayer> boundaries(const QString &name, const char *west, const char *east)
{
    using F = gis::FieldType;
    auto l = layer(name, { { QStringLiteral("XZQDM"), F::Text }, { QStringLiteral("XZQMC"), F::Text } });
    l->addFeature(7, { QStringLiteral("140425101"), QString::fromUtf8(west) }, rect(-1000, -1000, 500, 2000));
    l->addFeature(8, { QStringLiteral("140425100"), QString::fromUtf8(east) }, rect(500, -1000, 2000, 2000));
    return l;
}

} // namespace

gis::OperatorIdentity analyst()
{
    return { QStringLiteral("李分析"), QStringLiteral("县自然资源局") };
}

gis::OperatorIdentity townshipOfficer()
{
    return { QStringLiteral("王明"), QStringLiteral("乡镇国土所") };
}

gis::GeosGeometryPtr rect(double x0, double y0, double x1, double y1)
{
    const QString wkt = QStringLiteral("POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                            .arg(kX + x0, 0, 'f', 3)
                            .arg(kY + y0, 0, 'f', 3)
                            .arg(kX + x1, 0, 'f', 3)
                            .arg(kY + y1, 0, 'f', 3);
    gis::GeosGeometryPtr g = gis::fromWkt(wkt);
    REQUIRE(g);
    return g;
}

QRectF box(double x0, double y0, double x1, double y1)
{
    return QRectF(QPointF(kX + x0, kY + y0), QPointF(kX + x1, kY + y1));
}

double area(const GEOSGeometry *geometry)
{
    double a = 0;
    REQUIRE(geometry);
    REQUIRE(GEOSArea_r(gis::geosContext(), geometry, &a) == 1);
    return a;
}

std::unique_ptr<ProjectData> projectData()
{
    auto data = std::make_unique<ProjectData>();
    data->layers.push_back(landUse());
    auto basic = layer(QStringLiteral("jbnt"),
        { { QStringLiteral("BSM"), gis::FieldType::Text },
            { QStringLiteral("DLBM"), gis::FieldType::Text } });
    basic->addFeature(1, { QStringLiteral("B1"), QStringLiteral("0103") }, rect(0, 0, 50, 100));
    data->layers.push_back(std::move(basic));
    data->layers.push_back(boundaries(QStringLiteral("villages"), "东庄村", "西沟村"));
    data->layers.push_back(boundaries(QStringLiteral("townships"), "龙溪镇", "青羊镇"));
    data->spec.workingEpsg = kEpsg;
    // Given out of map order on purpose: the project keeps ProjectTables::kReference order.
    data->spec.layers = { { QString::fromLatin1(gis::ProjectTables::kTownships), data->layers[3].get() },
        { QString::fromLatin1(gis::ProjectTables::kLandUse), data->layers[0].get() },
        { QString::fromLatin1(gis::ProjectTables::kBasicFarmland), data->layers[1].get() },
        { QString::fromLatin1(gis::ProjectTables::kVillages), data->layers[2].get() } };
    data->spec.settings = { { QStringLiteral("source.landuse"), QStringLiteral("hand/dltb.shp") } };
    return data;
}

std::unique_ptr<gis::ProjectStore> newProject(StoreBackend &backend)
{
    const std::unique_ptr<ProjectData> data = projectData();
    std::unique_ptr<gis::ProjectStore> store = backend.create(data->spec, analyst());
    REQUIRE(store);
    return store;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, 0));
}

gis::IncidentRecord incident(const QString &id, double x0, double y0, double x1, double y1,
    const QString &township, const QString &party)
{
    gis::IncidentRecord r;
    r.id = id;
    r.source = gis::IncidentSource::Patrol;
    r.discoveryDate = QDate(2024, 5, 1);
    r.township = township;
    r.village = township == QStringLiteral("龙溪镇") ? QStringLiteral("东庄村") : QStringLiteral("西沟村");
    r.party = party;
    r.violationType = core::ViolationType::RuralHousing;
    r.description = QStringLiteral("建房");
    r.geometry = rect(x0, y0, x1, y1);
    r.measures.measured = true;
    r.measures.method = QStringLiteral("planar");
    r.measures.areaM2 = (x1 - x0) * (y1 - y0);
    return r;
}

core::CaseFile clueCase(const QString &id, const QStringList &incidents)
{
    core::CaseStep clue;
    clue.action = core::CaseAction::RecordClue;
    clue.when = at(1);
    clue.actor = { townshipOfficer().name, townshipOfficer().role };
    clue.note = QStringLiteral("巡查发现");
    core::CaseFile file(id, clue);
    file.setIncidentIds(incidents);
    file.setPartyId(QStringLiteral("张三"));
    file.setViolationType(core::ViolationType::RuralHousing);
    return file;
}

core::CaseStep step(core::CaseAction action, const QDateTime &when)
{
    core::CaseStep s;
    s.action = action;
    s.when = when;
    s.actor = { townshipOfficer().name, townshipOfficer().role };
    return s;
}

core::CaseTransfer transfer(const QString &id, core::Department department, const QDateTime &sentAt)
{
    core::CaseTransfer t;
    t.id = id;
    t.department = department;
    t.sentAt = sentAt;
    t.sentBy = { analyst().name, analyst().role };
    t.note = QStringLiteral("涉嫌非法占用农用地罪");
    return t;
}

qsizetype eventCount(const gis::ProjectStore &store)
{
    return store.events().size();
}

core::AuditEvent findEvent(
    const gis::ProjectStore &store, const QString &entity, const QString &entityId, const QString &action)
{
    const QList<core::AuditEvent> events = store.events();
    for (qsizetype i = events.size() - 1; i >= 0; --i)
        if (events[i].entity == entity && events[i].entityId == entityId && events[i].action == action)
            return events[i];
    FAIL(QStringLiteral("no %1 event on %2 %3").arg(action, entity, entityId).toStdString());
    return {};
}

void addIncidentWithCase(gis::ProjectStore &store, const QString &incidentId, const QString &caseId)
{
    REQUIRE(store.addIncident(incident(incidentId, 0, 0, 100, 100), clueCase(caseId, { incidentId })) > 0);
}

gis::PatrolGrid grid(const QStringList &ids, const QString &village)
{
    gis::PatrolGrid g;
    g.epsg = kEpsg;
    g.cellSizeM = 100;
    for (int k = 0; k < ids.size(); ++k) {
        gis::GridCell cell;
        cell.cell.id = ids[k];
        cell.cell.township = QStringLiteral("龙溪镇");
        cell.cell.village = village;
        cell.cell.areaM2 = 10000;
        cell.cell.cultivatedM2 = 10000;
        cell.cell.parcelCount = 1;
        cell.cell.centroid = QPointF(kX + 100 * k + 50, kY + 50);
        cell.geometry = rect(100 * k, 0, 100 * k + 100, 100);
        g.cells.push_back(std::move(cell));
    }
    return g;
}

core::Officer officer(const QString &name, const QStringList &cells)
{
    core::Officer o;
    o.name = name;
    o.township = QStringLiteral("龙溪镇");
    o.cellIds = cells;
    o.base = QPointF(kX, kY);
    o.maxCellsPerDay = 5;
    return o;
}

core::PatrolPlan plan(const QString &officerName, const QStringList &cells, QDate start)
{
    core::PatrolPlan p;
    p.start = start;
    p.end = start.addDays(cells.size() - 1);
    for (int k = 0; k < cells.size(); ++k) {
        core::PlannedVisit v;
        v.date = start.addDays(k);
        v.officer = officerName;
        v.cellId = cells[k];
        v.order = 1;
        v.legM = 50;
        v.reason = QStringLiteral("巡查周期");
        p.visits.push_back(v);
        p.routes.push_back({ v.date, officerName, { cells[k] }, 100 });
    }
    return p;
}

} // namespace fg::test::contract
