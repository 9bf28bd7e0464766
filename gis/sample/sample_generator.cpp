// SPDX-License-Identifier: MIT
#include "gis/sample/sample_generator.h"

#include "core/input_error.h"
#include "gis/geometry/area_calculator.h"
#include "gis/sample/design_sites.h"
#include "gis/sample/incident_design.h"
#include "gis/sample/sample_approvals.h"
#include "gis/sample/land_use_layers.h"
#include "gis/sample/land_use_plan.h"
#include "gis/sample/proposed_sites.h"
#include "gis/sample/sample_layer_writer.h"
#include "gis/sample/sample_targets.h"
#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_names.h"
#include "gis/sample/sample_random.h"
#include "gis/sample/sample_regions.h"
#include "gis/sample/sample_split_plots.h"

#include <QCoreApplication>
#include <QDir>

namespace fg::gis {

namespace {

/// Ordinary incidents beside the eleven designed ones.
constexpr int kOrdinaryIncidents = 25;

sample::SampleLayer townshipLayer(const sample::SampleRegions &regions, std::vector<GeosGeometryPtr> polygons)
{
    sample::SampleLayer layer;
    layer.name = QStringLiteral("townships");
    layer.fields = { { QStringLiteral("XZQDM"), FieldType::Text, 12, 0 },
        { QStringLiteral("XZQMC"), FieldType::Text, 40, 0 } };
    for (size_t t = 0; t < regions.townships().size(); ++t)
        layer.add({ regions.townships()[t].code, regions.townships()[t].name }, std::move(polygons[t]));
    return layer;
}

sample::SampleLayer villageLayer(const sample::SampleRegions &regions, std::vector<GeosGeometryPtr> polygons)
{
    sample::SampleLayer layer;
    layer.name = QStringLiteral("villages");
    layer.fields = { { QStringLiteral("XZQDM"), FieldType::Text, 12, 0 },
        { QStringLiteral("XZQMC"), FieldType::Text, 40, 0 },
        { QStringLiteral("XZMC"), FieldType::Text, 40, 0 } };
    for (size_t v = 0; v < regions.villages().size(); ++v) {
        const sample::Village &village = regions.villages()[v];
        const QString &township = regions.townships()[static_cast<size_t>(village.township)].name;
        layer.add({ village.code, village.name, township }, std::move(polygons[v]));
    }
    return layer;
}

} // namespace

SampleGenerator::SampleGenerator(std::uint64_t seed)
    : m_seed(seed)
{
}

QStringList SampleGenerator::layerNames()
{
    return { QStringLiteral("townships"), QStringLiteral("villages"), QStringLiteral("landuse"),
        QStringLiteral("basic_farmland"), QStringLiteral("incidents"), QStringLiteral("approvals") };
}

QString SampleGenerator::geoPackageName()
{
    return QStringLiteral("pingshun_sample.gpkg");
}

SampleSummary SampleGenerator::generate(const QString &dir) const
{
    if (!QDir().mkpath(dir))
        throw core::InputError(dir,
            QCoreApplication::translate("fg::gis::SampleGenerator", "cannot create the output directory"));
    // Each stage draws from its own stream, so changing one stage leaves the others' output alone.
    const sample::SampleRandom root(m_seed);
    sample::SampleRandom meshRandom = root.fork(1), nameRandom = root.fork(2), regionRandom = root.fork(3);
    sample::SampleRandom siteRandom = root.fork(4), landRandom = root.fork(5), incidentRandom = root.fork(6);

    sample::SampleMesh mesh(sample::MeshParams {}, meshRandom);
    sample::NameMaker names(nameRandom);
    const sample::SampleRegions regions(mesh, regionRandom, names);
    const sample::DesignSites sites = sample::reserveDesignSites(mesh, regions, siteRandom);
    const sample::LandUsePlan plan(mesh, regions, sites, landRandom);
    const AreaCalculator calculator(kWorkingEpsg);

    std::vector<GeosGeometryPtr> villagePolygons = regions.villagePolygons(mesh);
    sample::SampleLayer townships = townshipLayer(regions, regions.townshipPolygons(villagePolygons));
    sample::SampleLayer villages = villageLayer(regions, std::move(villagePolygons));
    sample::SampleLayer landUse = sample::landUseLayer(plan, regions, calculator);
    sample::SampleLayer farmland = sample::basicFarmlandLayer(plan, mesh, regions, sites, calculator);
    sample::IncidentDesign incidents(mesh, regions, sites, farmland, calculator);
    incidents.build(incidentRandom, names, kOrdinaryIncidents);
    sample::SampleRandom splitRandom = root.fork(7);
    const std::vector<DesignedCase> splitPlots
        = sample::addSplitPlots(incidents.layer(), farmland, townships, calculator, splitRandom, names);

    const sample::SampleLayer approvals = sample::approvalLayer(incidents.layer(), townships, calculator);
    const std::vector<const sample::SampleLayer *> layers { &townships, &villages, &landUse, &farmland,
        &incidents.layer(), &approvals };
    const sample::SampleLayerWriter writer(kWorkingEpsg);
    SampleSummary summary;
    const QDir out(dir);
    for (const sample::SampleLayer *layer : layers) {
        writer.writeShapefile(*layer, dir);
        summary.layers.push_back({ layer->name, layer->size() });
        summary.files << out.absoluteFilePath(layer->name + QStringLiteral(".shp"));
    }
    writer.writeGeoPackage(layers, out.filePath(geoPackageName()));
    summary.files << out.absoluteFilePath(geoPackageName());
    summary.files << sample::writeTargets(townships, landUse, farmland, kWorkingEpsg, dir);
    summary.cases = incidents.cases();
    summary.cases.insert(summary.cases.end(), splitPlots.begin(), splitPlots.end());
    // The proposed sites of the site check (issue 16 item 2), placed on the layers just written.
    const std::vector<sample::ProposedSite> proposed
        = sample::designProposedSites(landUse, farmland, incidents.layer(), approvals, calculator);
    summary.files << sample::writeProposedSites(proposed, out.filePath(sample::proposedSitesFolder()));
    return summary;
}

} // namespace fg::gis
