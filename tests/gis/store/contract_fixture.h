// SPDX-License-Identifier: MIT
// A small hand-made project for the store contract: rectangles in EPSG:4547 (CGCS2000 GK CM
// 114E) near 113.47E 36.1N whose planar areas are width × height, so every figure is known.
#pragma once

#include "core/cases/case_file.h"
#include "core/patrol/officer.h"
#include "core/patrol/patrol_plan.h"
#include "gis/patrol/grid_cell.h"
#include "gis/store/project_stores.h"
#include "store_contract.h"

#include <QRectF>

#include <memory>

namespace fg::test::contract {

constexpr int kEpsg = 4547;
constexpr double kX = 450000.0; ///< origin easting of the rectangles
constexpr double kY = 4000000.0; ///< origin northing

/// The bureau's analyst, who creates the projects, and a township officer.
gis::OperatorIdentity analyst();
gis::OperatorIdentity townshipOfficer();

/// The rectangle [x0,x1]×[y0,y1] metres from (kX, kY).
gis::GeosGeometryPtr rect(double x0, double y0, double x1, double y1);
/// The same rectangle as a query box in the working CRS.
QRectF box(double x0, double y0, double x1, double y1);
/// Planar area (m²) of a geometry.
double area(const GEOSGeometry *geometry);

/// The reference layers, kept alive as long as the NewProject that points at them:
///  - landuse: fid 1 "0103" 旱地 [0,100]×[0,100] (TBMJ 10000), fid 2 "0201" 果园 [100,200]×[0,100],
///    fid 3 "0101" 水田 [0,100]×[100,200], fid 4 "0702" 农村宅基地 [1000,1100]×[1000,1100];
///    fields BSM (text), DLBM, DLMC, TBMJ (real), SJNF (integer year), GXSJ (date);
///  - basic_farmland: fid 1 [0,50]×[0,100], fields BSM, DLBM;
///  - villages: 东庄村 [-1000,500]×[-1000,2000], 西沟村 [500,2000]×[-1000,2000] (XZQDM, XZQMC);
///  - townships: 龙溪镇 and 青羊镇, the same rectangles.
struct ProjectData
{
    std::vector<std::unique_ptr<gis::VectorLayer>> layers;
    gis::NewProject spec;
};
std::unique_ptr<ProjectData> projectData();
/// A new project of @p backend with projectData()'s layers, opened for analyst().
std::unique_ptr<gis::ProjectStore> newProject(StoreBackend &backend);

/// 2024-05-@p day at @p hour, the county's civil time.
QDateTime at(int day, int hour = 9);
/// An incident of 龙溪镇 (or @p township) over the rectangle, measured (planar area, below).
gis::IncidentRecord incident(const QString &id, double x0, double y0, double x1, double y1,
    const QString &township = QStringLiteral("龙溪镇"), const QString &party = QStringLiteral("张三"));
/// A case whose only step is its clue on day 1, listing @p incidents.
core::CaseFile clueCase(const QString &id, const QStringList &incidents);
/// A step by the township officer.
core::CaseStep step(core::CaseAction action, const QDateTime &when);
core::CaseTransfer transfer(const QString &id, core::Department department, const QDateTime &sentAt);

/// The number of events in @p store's log.
qsizetype eventCount(const gis::ProjectStore &store);
/// The last event of @p store's log on (@p entity, @p entityId) with @p action; REQUIREs one.
core::AuditEvent findEvent(
    const gis::ProjectStore &store, const QString &entity, const QString &entityId, const QString &action);
/// Stores incident I-1 ([0,100]², 10000 m²) with case C-1; returns nothing, REQUIREs success.
void addIncidentWithCase(gis::ProjectStore &store, const QString &incidentId = QStringLiteral("I-1"),
    const QString &caseId = QStringLiteral("C-1"));

/// A grid of 100 m square cells named @p ids along x (cell k = [100k,100k+100]×[0,100]) in
/// 龙溪镇, village 东庄村 (or @p village), each with 10000 m² cultivated land.
gis::PatrolGrid grid(const QStringList &ids, const QString &village = QStringLiteral("东庄村"));
/// A grid officer of 龙溪镇 with a capacity of 5 cells a day.
core::Officer officer(const QString &name, const QStringList &cells = {});
/// A plan of one officer visiting @p cells, one a day from 2024-05-01.
core::PatrolPlan plan(const QString &officerName, const QStringList &cells, QDate start = QDate(2024, 5, 1));

} // namespace fg::test::contract
