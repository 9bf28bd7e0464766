// SPDX-License-Identifier: MIT
// Issue 15 (import3): the import hands the parcels its measurer read to the re-judging
// (NearParcels), which uses them only when they are the rows its own read would give.
#include "sample_projects.h"

#include "gis/usecases/case_judgement.h"
#include "gis/usecases/incident_layer.h"
#include "gis/usecases/near_parcels.h"
#include "gis/usecases/project_analysis.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

NearParcels readNear(const ProjectStore &store, const FeatureQuery &query)
{
    return NearParcels::read(store, store.referenceLayersUncounted(), query);
}

} // namespace

TEST_CASE("NearParcels answer only the very query they were read for", "[usecases][import][reuse]")
{
    fg::gis::test::SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        INFO(backend.toStdString());
        const FeatureQuery query = IncidentLayer::near(store->incidents(true));
        REQUIRE(query.boxes.size() > 2);
        const NearParcels near = readNear(*store, query);
        CHECK(near.bothLayers);
        CHECK(near.basicFarmland.featureCount() > 0);
        CHECK(near.answers(query));

        FeatureQuery shuffled = query; // the same boxes in another order, one twice: the same rows
        std::reverse(shuffled.boxes.begin(), shuffled.boxes.end());
        shuffled.boxes.push_back(query.boxes.front());
        CHECK(near.answers(shuffled));

        FeatureQuery fewer = query; // a box less may select fewer parcels
        fewer.boxes.pop_back();
        CHECK_FALSE(near.answers(fewer));
        FeatureQuery moved = query; // a box a micrometre wider may select another parcel
        moved.boxes.front().adjust(0, 0, 1e-6, 0);
        CHECK_FALSE(near.answers(moved));
        FeatureQuery byFid = query;
        byFid.fids = { 1 };
        CHECK_FALSE(near.answers(byFid));

        NearParcels incomplete = readNear(*store, query);
        incomplete.bothLayers = false; // an analysis refuses a project without both layers
        CHECK_FALSE(incomplete.answers(query));
    }
}

TEST_CASE("An analysis given parcels uses them only when they answer its read, with the same figures",
    "[usecases][import][reuse]")
{
    fg::gis::test::SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        INFO(backend.toStdString());
        const std::vector<IncidentRecord> incidents = store->incidents(true);
        const FeatureQuery all = IncidentLayer::near(incidents);
        const NearParcels near = readNear(*store, all);
        // Half the incidents' boxes: fewer parcels, the others' missing.
        FeatureQuery half = all;
        half.boxes.resize(all.boxes.size() / 2);
        const NearParcels partial = readNear(*store, half);
        REQUIRE(partial.basicFarmland.featureCount() < near.basicFarmland.featureCount());

        // The whole project's analysis reads near every incident: the same query.
        CHECK(ProjectAnalysis::load(*store, {}, std::nullopt, {}, {}, &near).reused == &near);
        CHECK(ProjectAnalysis::load(*store, {}, std::nullopt, {}, {}, &partial).reused == nullptr);
        CHECK(ProjectAnalysis::load(*store, {}, std::nullopt, {}, {}, nullptr).reused == nullptr);

        const CaseJudgements fresh = CaseJudgement::judge(*store);
        CaseJudgementOptions given;
        given.parcels = &near;
        const CaseJudgements reused = CaseJudgement::judge(*store, {}, given);
        given.parcels = &partial;
        const CaseJudgements notReused = CaseJudgement::judge(*store, {}, given);
        REQUIRE(reused.cases.size() == fresh.cases.size());
        REQUIRE(notReused.cases.size() == fresh.cases.size());
        int onFarmland = 0;
        for (size_t i = 0; i < fresh.cases.size(); ++i) {
            INFO(fresh.cases[i].caseId.toStdString());
            CHECK(reused.cases[i].json() == fresh.cases[i].json());
            // Taken from the half read, the other half's parcels would be missing: other figures.
            CHECK(notReused.cases[i].json() == fresh.cases[i].json());
            onFarmland += fresh.cases[i].verdict.basicFarmlandMu > 0;
        }
        CHECK(onFarmland > 1);
    }
}
