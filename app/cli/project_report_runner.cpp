// SPDX-License-Identifier: MIT
#include "app/cli/project_report_runner.h"

#include "app/cli/command.h"
#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "core/patrol/patrol_coverage.h"
#include "gis/project/cell_status.h"
#include "gis/project/incident_layer.h"
#include "gis/report/patrol_report.h"
#include "gis/store/project_stores.h"
#include "gis/store/project_tables.h"
#include "gis/report/public_map_report.h"
#include "gis/report/township_report.h"
#include "gis/store/patrol_records.h"

#include <QCommandLineParser>
#include <QSet>

#include <algorithm>
#include <QTextStream>

namespace fg::app {

namespace {

const QString kTownship = QStringLiteral("township");
const QString kOutput = QStringLiteral("output");
const QString kPage = QStringLiteral("page");
const QString kDate = QStringLiteral("date");
const QString kBasic = QStringLiteral("basic-farmland");
const QString kBoundaries = QStringLiteral("boundaries");

gis::OperatorIdentity identity()
{
    return { QStringLiteral("farmguard-cli report"), QStringLiteral("report") };
}

QString kind(const QCommandLineParser &parser)
{
    return parser.positionalArguments().value(0);
}

QString project(const QCommandLineParser &parser)
{
    return parser.positionalArguments().value(1);
}

gis::ReportOptions reportOptions(const QCommandLineParser &parser)
{
    gis::ReportOptions options;
    // Wide tables and maps read best across the page unless the user chose otherwise.
    gis::PageSetup::parse(parser.isSet(kPage) ? parser.value(kPage) : QStringLiteral("A4-landscape"), &options.page);
    options.bureau = parser.value(QStringLiteral("bureau"));
    options.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    return options;
}

} // namespace

QString ProjectReportRunner::usageProblem(const QCommandLineParser &parser)
{
    const bool hasProject = parser.positionalArguments().size() == 2;
    const QString which = kind(parser);
    if (which == QLatin1String("public-map")) {
        if (hasProject && (parser.isSet(kBasic) || parser.isSet(kBoundaries)))
            return tr("give either a project or layer files, not both");
        if (!hasProject && (!parser.isSet(kBasic) || !parser.isSet(kBoundaries)))
            return tr("give a project, or --basic-farmland PATH and --boundaries PATH (see --help)");
        if (!parser.isSet(kTownship))
            return tr("--township NAME is required");
    } else if (!hasProject) {
        return tr("give the project: 'report %1 PROJECT …' (see --help)").arg(which);
    }
    if (which == QLatin1String("patrol")) {
        if (!parser.isSet(kTownship))
            return tr("--township NAME is required");
        for (const QString &option : { QStringLiteral("from"), QStringLiteral("to") })
            if (!QDate::fromString(parser.value(option), Qt::ISODate).isValid())
                return tr("--%1 must be a date such as 2024-05-20").arg(option);
    }
    if (!parser.isSet(kOutput))
        return tr("--output FILE.pdf is required");
    gis::PageSetup page;
    if (parser.isSet(kPage) && !gis::PageSetup::parse(parser.value(kPage), &page))
        return tr("--page must be A4, A3, A4-landscape or A3-landscape, not '%1'").arg(parser.value(kPage));
    if (parser.isSet(kDate) && !QDate::fromString(parser.value(kDate), Qt::ISODate).isValid())
        return tr("--date must be a date such as 2024-05-20, not '%1'").arg(parser.value(kDate));
    return {};
}

int ProjectReportRunner::run(const QCommandLineParser &parser, QTextStream &out)
{
    const QString which = kind(parser);
    if (which == QLatin1String("township"))
        return township(parser, out);
    if (which == QLatin1String("public-map"))
        return publicMap(parser, out);
    return patrol(parser, out);
}

std::shared_ptr<gis::VectorLayer> ProjectReportRunner::projectLayer(const gis::ProjectStore &store, const char *table)
{
    const QString name = QString::fromLatin1(table);
    std::shared_ptr<gis::VectorLayer> layer;
    if (name == QLatin1String(gis::ProjectTables::kIncidents)) {
        layer = std::make_shared<gis::VectorLayer>(gis::IncidentLayer::read(store));
    } else {
        for (const gis::ReferenceLayerInfo &info : store.referenceLayers())
            if (info.table == name)
                layer = std::make_shared<gis::VectorLayer>(store.readReference(name));
    }
    if (layer)
        layer->buildIndex();
    return layer;
}

std::unique_ptr<gis::ProjectStore> ProjectReportRunner::openProject(const QString &project)
{
    return gis::ProjectStores::open(gis::ProjectLocation::parse(project), identity(), gis::OpenMode::ReadOnly);
}

std::shared_ptr<gis::VectorLayer> ProjectReportRunner::readPolygons(const QString &path,
                                                                    const QCommandLineParser &parser)
{
    const QString crs = QStringLiteral("crs");
    gis::ReadOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.expectedKind = gis::GeometryKind::Polygon;
    auto layer = std::make_shared<gis::VectorLayer>(gis::readLayer(path, options));
    if (!layer->crs.known() && parser.isSet(crs)) {
        options.crs = parser.value(crs);
        *layer = gis::readLayer(path, options);
    }
    return layer;
}

int ProjectReportRunner::township(const QCommandLineParser &parser, QTextStream &out)
{
    const QString path = project(parser);
    const std::unique_ptr<gis::ProjectStore> opened = openProject(path);
    const gis::ProjectStore &store = *opened;
    QStringList names = gis::TownshipStatsBuilder::townshipNames(projectLayer(store, gis::ProjectTables::kTownships).get());
    if (parser.isSet(kTownship)) {
        if (!names.isEmpty() && !names.contains(parser.value(kTownship)))
            throw core::InputError(path, tr("the project has no township named '%1' (it has %2)")
                                             .arg(parser.value(kTownship), names.join(QStringLiteral(", "))));
        names = QStringList { parser.value(kTownship) };
    }
    const gis::ReportOptions options = reportOptions(parser);
    const QDateTime asOf = options.date.isValid() ? QDateTime(options.date, QTime(23, 59, 59))
                                                  : QDateTime::currentDateTime();
    const gis::TownshipStatsSet stats
        = gis::TownshipStatsBuilder::build(store, names, asOf, gis::TownshipStatsBuilder::patrolCoverage(store, asOf.date()));
    const int pages = gis::TownshipReport(stats, options).write(parser.value(kOutput));
    out << tr("Wrote the township statistics report of %1 township(s) (%2 pages) to %3")
               .arg(stats.townships.size())
               .arg(pages)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

int ProjectReportRunner::publicMap(const QCommandLineParser &parser, QTextStream &out)
{
    gis::PublicMapLayers layers;
    if (!project(parser).isEmpty()) {
        const QString path = project(parser);
        const std::unique_ptr<gis::ProjectStore> store = openProject(path);
        using L = gis::ProjectTables;
        layers.basicFarmland = projectLayer(*store, L::kBasicFarmland);
        layers.townships = projectLayer(*store, L::kTownships);
        layers.villages = projectLayer(*store, L::kVillages);
        if (!layers.basicFarmland)
            throw core::InputError(path, tr("the project has no basic farmland layer"));
        layers.workingEpsg = store->info().workingEpsg;
    } else {
        std::vector<std::shared_ptr<gis::VectorLayer>> read { readPolygons(parser.value(kBasic), parser) };
        for (const QString &boundary : parser.values(kBoundaries))
            read.push_back(readPolygons(boundary, parser));
        std::vector<const gis::VectorLayer *> all;
        for (const auto &layer : read)
            all.push_back(layer.get());
        const QString crs = parser.value(QStringLiteral("crs"));
        const bool override = gis::isCgcs2000GaussKrugerZone(gis::parseEpsgCode(crs));
        layers.workingEpsg = gis::chooseWorkingCrs(all, override ? crs : QString()).epsg;
        for (const auto &layer : read) {
            gis::transformToWorkingCrs(*layer, layers.workingEpsg);
            layer->buildIndex();
        }
        layers.basicFarmland = read.front();
        for (size_t i = 1; i < read.size(); ++i)
            (read[i]->fieldIndex(QStringLiteral("XZMC")) >= 0 ? layers.villages : layers.townships) = read[i];
    }
    layers.crsName = layers.basicFarmland->crs.name;
    const gis::PublicMapReport report(layers, parser.value(kTownship), reportOptions(parser));
    const int pages = report.write(parser.value(kOutput));
    out << tr("Wrote the public basic-farmland map of %1 (%2 parcels, %3 pages, 1:%4) to %5")
               .arg(parser.value(kTownship))
               .arg(report.content().parcels.size())
               .arg(pages)
               .arg(report.denominator(), 0, 'f', 0)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

int ProjectReportRunner::patrol(const QCommandLineParser &parser, QTextStream &out)
{
    const QString path = project(parser);
    const std::unique_ptr<gis::ProjectStore> store = openProject(path);
    const std::optional<core::PatrolPlan> plan = store->patrol().currentPlan();
    if (!plan)
        throw core::InputError(path, tr("the project holds no patrol plan (make one with 'farmguard-cli plan')"));
    const gis::PatrolGrid grid = gis::CellStatus::grid(*store);
    gis::PatrolReportData data;
    data.township = parser.value(kTownship);
    data.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    data.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    data.cells = &grid.cells;
    data.plan = &*plan;
    data.villages = projectLayer(*store, gis::ProjectTables::kVillages);
    data.workingEpsg = store->info().workingEpsg;
    const auto townships = projectLayer(*store, gis::ProjectTables::kTownships);
    data.crsName = townships ? townships->crs.name : QString();
    const bool hasCells = std::any_of(grid.cells.begin(), grid.cells.end(),
                                      [&](const gis::GridCell &c) { return c.cell.township == data.township; });
    if (!hasCells)
        throw core::InputError(path, tr("the project's patrol grid has no cell in the township '%1'").arg(data.township));
    const gis::PatrolReport report(data, reportOptions(parser));
    const int pages = report.write(parser.value(kOutput));
    out << tr("Wrote the patrol plan report of %1, %2 to %3 (%4 visits, %5 pages) to %6")
               .arg(data.township, data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate))
               .arg(report.visits().size())
               .arg(pages)
               .arg(parser.value(kOutput))
        << '\n';
    return ExitOk;
}

} // namespace fg::app
