// SPDX-License-Identifier: MIT
// What the memory store does beyond the contract: its log is really checked, stores share a
// project, and it refuses projects it cannot make.
#include "contract_fixture.h"
#include "core/input_error.h"
#include "support/memory_project_store.h"

using namespace fg;
using namespace fg::test;
using namespace fg::test::contract;

namespace {

std::unique_ptr<MemoryProjectStore> memoryProject()
{
    const std::unique_ptr<ProjectData> data = projectData();
    auto store = MemoryProjectStore::create(data->spec, analyst(), QStringLiteral("unit"));
    addIncidentWithCase(*store);
    store->setSetting(QStringLiteral("k"), QStringLiteral("v"));
    return store;
}

} // namespace

TEST_CASE("memory store: verifyLog finds an edited event, a deleted one and one cut from the end")
{
    const auto store = memoryProject();
    REQUIRE(store->verifyLog().intact());
    SECTION("edited")
    {
        store->project()->tamper([](MemoryState &s) { s.events[1].who = QStringLiteral("别人"); });
        CHECK(store->verifyLog().problem == core::ChainReport::Problem::Edited);
        CHECK(store->verifyLog().seq == 2);
    }
    SECTION("deleted")
    {
        store->project()->tamper([](MemoryState &s) { s.events.removeAt(1); });
        CHECK(store->verifyLog().problem == core::ChainReport::Problem::Deleted);
    }
    SECTION("cut from the end: the recorded head knows")
    {
        store->project()->tamper([](MemoryState &s) { s.events.removeLast(); });
        CHECK(store->verifyLog().problem == core::ChainReport::Problem::Truncated);
    }
}

TEST_CASE("memory store: stores opened on one project share it, the operator is recorded on opening")
{
    const auto store = memoryProject();
    const auto second = store->openAgain(townshipOfficer());
    CHECK(second->project() == store->project());
    CHECK(second->info().location == QStringLiteral("memory:unit"));
    CHECK(second->incidents().size() == 1);
    const std::vector<OfficerRow> officers
        = store->project()->read([](const MemoryState &s) { return s.officers; });
    REQUIRE(officers.size() == 2);
    CHECK(officers[0].name == analyst().name);
    CHECK(officers[1].name == townshipOfficer().name);
}

TEST_CASE("memory store: a project needs an operator and its working CRS, and takes only reference tables")
{
    std::unique_ptr<ProjectData> data = projectData();
    CHECK_THROWS_AS(
        MemoryProjectStore::create(data->spec, { QString(), QStringLiteral("x") }), core::InputError);
    data->spec.workingEpsg = 0;
    CHECK_THROWS_AS(MemoryProjectStore::create(data->spec, analyst()), core::InputError);
    data->spec.workingEpsg = kEpsg;
    data->spec.layers.push_back({ QStringLiteral("incidents"), data->layers[0].get() });
    CHECK_THROWS_AS(MemoryProjectStore::create(data->spec, analyst()), core::InputError);
    data->spec.layers.back().table = QStringLiteral("landuse");
    CHECK_THROWS_AS(MemoryProjectStore::create(data->spec, analyst()), core::InputError);
}
