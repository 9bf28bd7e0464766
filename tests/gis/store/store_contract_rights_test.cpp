// SPDX-License-Identifier: MIT
// Store contract: rights (StoreBackend::openWithRights; a backend that cannot give a right skips).
#include "contract_fixture.h"
#include "core/cases/case_workflow.h"
#include "core/store_errors.h"
#include "gis/store/patrol_records.h"

using namespace fg;
using namespace fg::test::contract;

namespace {

using Scope = gis::StoreRights::Scope;

/// A county project: I-1/C-1 in 龙溪镇, I-2/C-2 in 青羊镇; C-2 transferred to 公安.
std::unique_ptr<gis::ProjectStore> countyProject(fg::test::StoreBackend &backend)
{
    auto store = newProject(backend);
    addIncidentWithCase(*store);
    store->addIncident(incident(QStringLiteral("I-2"), 800, 0, 900, 100, QStringLiteral("青羊镇")),
        clueCase(QStringLiteral("C-2"), { QStringLiteral("I-2") }));
    store->addTransfer(
        QStringLiteral("C-2"), transfer(QStringLiteral("T1"), core::Department::PublicSecurity, at(3)), 1);
    store->addTransfer(QStringLiteral("C-2"),
        transfer(QStringLiteral("T2"), core::Department::DisciplineInspection, at(3)), 2);
    return store;
}

std::unique_ptr<gis::ProjectStore> openAs(
    fg::test::StoreBackend &backend, const gis::ProjectStore &store, const gis::StoreRights &rights)
{
    auto opened = backend.openWithRights(store, townshipOfficer(), rights);
    if (!opened)
        WARN((backend.name() + QStringLiteral(" gives no such rights: skipped")).toStdString());
    return opened;
}

} // namespace

STORE_CONTRACT(
    "a township reads and writes only its own incidents and cases, and reads every reference layer")
{
    const auto county = countyProject(backend);
    gis::StoreRights rights;
    rights.scope = Scope::Township;
    rights.township = QStringLiteral("龙溪镇");
    const auto town = openAs(backend, *county, rights);
    if (!town)
        return;
    CHECK(town->rights().scope == Scope::Township);
    REQUIRE(town->incidents().size() == 1);
    CHECK(town->incidents().front().id == QStringLiteral("I-1"));
    REQUIRE(town->cases().size() == 1);
    CHECK_FALSE(town->caseFile(QStringLiteral("C-2")));
    CHECK(town->readReference(QStringLiteral("landuse")).featureCount() == 4);
    const qsizetype before = eventCount(*county);
    CHECK_THROWS_AS(
        town->addIncident(
            incident(QStringLiteral("I-3"), 800, 200, 900, 300, QStringLiteral("青羊镇")), std::nullopt),
        core::PermissionDenied);
    CHECK_THROWS_AS(town->setSetting(QStringLiteral("k"), QStringLiteral("v")), core::PermissionDenied);
    CHECK(eventCount(*county) == before);
    town->addIncident(incident(QStringLiteral("I-3"), 200, 200, 300, 300), std::nullopt);
    town->advanceCase(QStringLiteral("C-1"), step(core::CaseAction::Verify, at(2)), core::CaseWorkflow(), 1);
    CHECK(eventCount(*county) == before + 2);
    CHECK(county->verifyLog().intact());
}

STORE_CONTRACT("a department reads only the cases transferred to it and may only reply to its transfers")
{
    const auto county = countyProject(backend);
    gis::StoreRights rights;
    rights.scope = Scope::Department;
    rights.department = core::departmentCode(core::Department::PublicSecurity);
    const auto police = openAs(backend, *county, rights);
    if (!police)
        return;
    const QList<core::CaseFile> visible = police->cases();
    REQUIRE(visible.size() == 1);
    CHECK(visible.front().id() == QStringLiteral("C-2"));
    REQUIRE(visible.front().transfers().size() == 1); // its own transfer only
    CHECK(visible.front().transfers().front().id == QStringLiteral("T1"));
    REQUIRE(police->incidents().size() == 1);
    CHECK(police->incidents().front().id == QStringLiteral("I-2"));
    const qsizetype before = eventCount(*county);
    CHECK_THROWS_AS(
        police->setCaseFacts(QStringLiteral("C-2"), {}, gis::kAnyRevision), core::PermissionDenied);
    CHECK_THROWS_AS(police->addIncident(incident(QStringLiteral("I-3"), 200, 200, 300, 300), std::nullopt),
        core::PermissionDenied);
    CHECK(eventCount(*county) == before);
    police->recordTransferReply(
        QStringLiteral("C-2"), QStringLiteral("T1"), QStringLiteral("已立案侦查"), at(5));
    CHECK(county->caseFile(QStringLiteral("C-2"))->transfers().front().replied());
    CHECK(eventCount(*county) == before + 1);
}

STORE_CONTRACT("a store opened read-only writes nothing and says why")
{
    const auto county = countyProject(backend);
    gis::StoreRights rights;
    rights.readOnly = true;
    const auto reader = openAs(backend, *county, rights);
    if (!reader)
        return;
    CHECK(reader->rights().readOnly);
    CHECK(reader->cases().size() == 2);
    const qsizetype before = eventCount(*county);
    CHECK_THROWS_AS(reader->setSetting(QStringLiteral("k"), QStringLiteral("v")), core::ProjectReadOnly);
    CHECK_THROWS_AS(reader->addIncident(incident(QStringLiteral("I-3"), 200, 200, 300, 300), std::nullopt),
        core::ProjectReadOnly);
    CHECK_THROWS_AS(
        reader->patrol().markVisit(QStringLiteral("a"), QStringLiteral("王明"), QDate(2024, 5, 1)),
        core::InputError);
    CHECK(eventCount(*county) == before);
}
