// SPDX-License-Identifier: MIT
#include "gis/project/sample_patrol.h"

#include "core/input_error.h"
#include "core/patrol/patrol_planner.h"
#include "gis/io/proj_handles_p.h"
#include "gis/project/cell_status.h"
#include "gis/project/project_grid.h"
#include "gis/project/track_import.h"
#include "gis/store/project_store.h"
#include "gis/store/patrol_records.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace fg::gis {

namespace {

const char *const kTownships[] = { "石城镇", "龙溪镇" };

/// A township's cells split west to east among @p names, each based at the middle cell of its part.
std::vector<core::Officer> splitTownship(const PatrolGrid &grid, const QString &township, const QStringList &names)
{
    std::vector<const core::PatrolCell *> cells;
    for (const GridCell &g : grid.cells)
        if (g.cell.township == township)
            cells.push_back(&g.cell);
    std::sort(cells.begin(), cells.end(), [](const core::PatrolCell *a, const core::PatrolCell *b) {
        return a->centroid.x() != b->centroid.x() ? a->centroid.x() < b->centroid.x() : a->id < b->id;
    });
    std::vector<core::Officer> result;
    const size_t n = size_t(names.size());
    for (size_t i = 0; i < n; ++i) {
        core::Officer o;
        o.name = names[int(i)];
        o.township = township;
        o.maxCellsPerDay = 6;
        const size_t from = cells.size() * i / n, to = cells.size() * (i + 1) / n;
        for (size_t k = from; k < to; ++k)
            o.cellIds << cells[k]->id;
        if (to > from)
            o.base = cells[(from + to) / 2]->centroid;
        result.push_back(o);
    }
    return result;
}

/// Given names for the sample's village patrollers (村级巡查员), taken in turn.
const char *const kPatrollerNames[] = { "陈建国", "刘桂芳", "杨志强", "黄秀英", "周德明", "吴春梅", "徐海涛", "孙玉兰",
    "马永福", "朱红霞", "胡长生", "郭晓燕", "何立新", "高淑珍", "林国华", "罗美玲" };

/// A patroller for every village of the grid but the last in name order, which is left without
/// one so the plan shows the shortfall (无村级巡查员).
std::vector<core::VillagePatroller> villagePatrollers(const PatrolGrid &grid)
{
    std::map<QString, QString> townshipOf;
    for (const GridCell &g : grid.cells)
        if (!g.cell.village.isEmpty())
            townshipOf.emplace(g.cell.village, g.cell.township);
    std::vector<core::VillagePatroller> result;
    size_t k = 0;
    const size_t names = sizeof(kPatrollerNames) / sizeof(kPatrollerNames[0]);
    for (const auto &[village, township] : townshipOf) {
        if (++k == townshipOf.size())
            break;
        core::VillagePatroller p;
        p.name = QString::fromUtf8(kPatrollerNames[(k - 1) % names]);
        if (k > names)
            p.name += QString::number((k - 1) / names + 1); // more villages than names: keep them unique
        p.township = township;
        p.village = village;
        result.push_back(p);
    }
    return result;
}

} // namespace

std::vector<QPointF> SamplePatrol::routePath(
    const core::PatrolPlan &plan, const QString &officer, QDate day, const PatrolGrid &grid, QPointF base)
{
    std::map<QString, QPointF> centroid;
    for (const GridCell &g : grid.cells)
        centroid[g.cell.id] = g.cell.centroid;
    std::vector<QPointF> path { base };
    for (const core::PlannedVisit &v : plan.day(officer, day))
        if (centroid.count(v.cellId))
            path.push_back(centroid[v.cellId]);
    path.push_back(base);
    return path;
}

QByteArray SamplePatrol::walkGpx(const std::vector<QPointF> &path, int epsg, const QDateTime &start, double speedMps, double stepM)
{
    const PjPtr source = createCrs(QStringLiteral("EPSG:%1").arg(epsg));
    const PjPtr target = createCrs(QStringLiteral("EPSG:4326"));
    const PjPtr transform = source && target ? createTransform(source.get(), target.get()) : PjPtr();
    if (!transform)
        throw std::runtime_error("no transformation from the working CRS to WGS 84");
    QByteArray gpx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<gpx version=\"1.1\" creator=\"FarmGuard sample\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                     "<trk><name>sample patrol</name><trkseg>\n";
    double walked = 0;
    auto fix = [&](QPointF p) {
        PJ_COORD c = proj_coord(p.x(), p.y(), 0, 0);
        c = proj_trans(transform.get(), PJ_FWD, c);
        const QDateTime t = start.addMSecs(qint64(walked / speedMps * 1000));
        gpx += QStringLiteral("<trkpt lat=\"%1\" lon=\"%2\"><time>%3</time></trkpt>\n")
                   .arg(c.lp.phi, 0, 'f', 7)
                   .arg(c.lp.lam, 0, 'f', 7)
                   .arg(t.toUTC().toString(Qt::ISODate))
                   .toUtf8();
    };
    for (size_t i = 0; i + 1 < path.size(); ++i) {
        const QPointF a = path[i], b = path[i + 1];
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        const int steps = std::max(1, int(std::ceil(length / stepM)));
        for (int k = 0; k < steps; ++k) {
            fix(a + (b - a) * (double(k) / steps));
            walked += length / steps;
        }
    }
    if (!path.empty())
        fix(path.back());
    gpx += "</trkseg></trk>\n</gpx>\n";
    return gpx;
}

void SamplePatrol::add(ProjectStore &store, QDate today)
{
    GridOptions options;
    options.cellSizeM = 1000;
    for (const char *t : kTownships)
        options.townships << QString::fromUtf8(t);
    ProjectGrid::replace(store, ProjectGrid::build(store, options));
    const PatrolGrid grid = CellStatus::grid(store, today);
    std::vector<core::Officer> team = splitTownship(grid, QString::fromUtf8(kTownships[0]),
        { QStringLiteral("王明"), QStringLiteral("赵丽") });
    const std::vector<core::Officer> second = splitTownship(grid, QString::fromUtf8(kTownships[1]), { QStringLiteral("李强") });
    team.insert(team.end(), second.begin(), second.end());
    core::PlanOptions plan;
    plan.start = today.addDays(1 - today.dayOfWeek()); // Monday of this week
    plan.days = 14;
    team[1].calendar = core::WorkingCalendar({ plan.start.addDays(2) }, {}); // 赵丽's day off on Wednesday
    for (const core::Officer &o : team)
        store.patrol().setOfficer(o);
    const std::vector<core::VillagePatroller> patrollers = villagePatrollers(grid);
    for (const core::VillagePatroller &p : patrollers)
        store.patrol().setVillagePatroller(p);
    std::vector<core::PatrolCell> cells;
    for (const GridCell &g : grid.cells)
        cells.push_back(g.cell);
    const core::PatrolPlan planned = core::PatrolPlanner(plan).plan(cells, team, patrollers);
    store.patrol().savePlan(planned, {}, QJsonObject { { QStringLiteral("days"), plan.days } });

    const core::Officer &walker = team.front();
    QDate day;
    for (const core::DayRoute &r : planned.routes)
        if (r.officer == walker.name && (!day.isValid() || r.date < day))
            day = r.date;
    if (!day.isValid())
        throw core::InputError(store.info().location, tr("the sample plan gives %1 no day").arg(walker.name));
    const QByteArray gpx = walkGpx(routePath(planned, walker.name, day, grid, walker.base), grid.epsg,
        QDateTime(day, QTime(0, 30), Qt::UTC)); // 08:30 in Beijing
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("sample_patrol_%1.gpx").arg(day.toString(QStringLiteral("yyyyMMdd")))));
    if (!file.open(QIODevice::WriteOnly) || file.write(gpx) != gpx.size())
        throw core::InputError(file.fileName(), tr("cannot write the sample track"));
    file.close();
    TrackImporter::run(store, file.fileName(), walker.name);
}

} // namespace fg::gis
