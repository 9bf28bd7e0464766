// SPDX-License-Identifier: MIT
// Store contract: township targets and measures (issue 16 item 3, schema step 10), and the log
// check catching an edited target or measure.
#include "contract_fixture.h"
#include "core/input_error.h"
#include "core/store_errors.h"
#include "core/units.h"
#include "gis/store/assessment_records.h"
#include "log_evidence_fixture.h"

using namespace fg;
using namespace fg::test::contract;
using Scope = gis::StoreRights::Scope;

namespace {

core::TownshipTarget target(const QString &township, int year, std::optional<double> cultivatedMu,
    std::optional<double> basicMu, core::TargetUnit unit = core::TargetUnit::Mu)
{
    core::TownshipTarget t { township, year };
    t.unit = unit;
    if (cultivatedMu)
        t.cultivatedM2 = core::targetToSquareMetres(*cultivatedMu, unit);
    if (basicMu)
        t.basicFarmlandM2 = core::targetToSquareMetres(*basicMu, unit);
    return t;
}

core::TownshipMeasure interview(const QString &township)
{
    core::TownshipMeasure m;
    m.township = township;
    m.kind = core::MeasureKind::Interview;
    m.date = QDate(2026, 11, 30);
    m.issuedBy = QStringLiteral("县人民政府");
    m.documentNo = QStringLiteral("平政约〔2026〕1号");
    m.note = QStringLiteral("基本农田未达保护目标");
    return m;
}

void recordAssessment(gis::ProjectStore &store)
{
    store.assessment().setTarget(target(QStringLiteral("龙溪镇"), 2026, 1500, 900));
    store.assessment().setTarget(target(QStringLiteral("青羊镇"), 2026, 80, 50, core::TargetUnit::Hectare));
    store.assessment().addMeasure(interview(QStringLiteral("龙溪镇")));
}

} // namespace

STORE_CONTRACT(
    "township targets are stored in m² with their unit, replaced by year, each change logged old → new")
{
    const auto store = newProject(backend);
    CHECK(store->assessment().targets().empty());
    const qsizetype events = eventCount(*store);
    const core::TownshipTarget stored
        = store->assessment().setTarget(target(QStringLiteral("龙溪镇"), 2026, 1500, 900));
    CHECK(stored.setBy == analyst().name);
    CHECK(stored.setAt.isValid());
    // 80 ha = 1200 mu = 800000 m².
    store->assessment().setTarget(
        target(QStringLiteral("青羊镇"), 2026, 80, std::nullopt, core::TargetUnit::Hectare));
    store->assessment().setTarget(target(QStringLiteral("龙溪镇"), 2025, 1400, 850));
    // A second letter for 2026 gives the basic farmland only: the cultivated target stays.
    store->assessment().setTarget(target(QStringLiteral("龙溪镇"), 2026, std::nullopt, 950));
    REQUIRE(eventCount(*store) == events + 4);
    const std::vector<core::TownshipTarget> year = store->assessment().targets(2026);
    REQUIRE(year.size() == 2);
    CHECK(year[0].township == QStringLiteral("青羊镇"));
    CHECK(*year[0].cultivatedM2 == Approx(800000.0).epsilon(1e-12));
    CHECK_FALSE(year[0].basicFarmlandM2);
    CHECK(year[0].unit == core::TargetUnit::Hectare);
    CHECK(year[1].township == QStringLiteral("龙溪镇"));
    CHECK(*year[1].cultivatedM2 == Approx(1000000.0).epsilon(1e-12)); // 1500 mu
    CHECK(*year[1].basicFarmlandM2 == Approx(950 * 10000.0 / 15.0).epsilon(1e-12));
    CHECK(store->assessment().targets().size() == 3);
    const core::AuditEvent last = store->events().last();
    CHECK(last.entity == QStringLiteral("township_target"));
    CHECK(last.entityId == QStringLiteral("龙溪镇/2026"));
    CHECK(last.oldValue.toObject().value(QStringLiteral("basic_farmland_m2")).toDouble() == Approx(600000.0));
    CHECK(last.newValue.toObject().value(QStringLiteral("basic_farmland_m2")).toDouble()
        == Approx(950 * 10000.0 / 15.0));
    CHECK(last.newValue.toObject().value(QStringLiteral("cultivated_m2")).toDouble() == Approx(1000000.0));
    // Bad input writes nothing.
    CHECK_THROWS_AS(store->assessment().setTarget(target(QStringLiteral("龙溪镇"), 2026, -5, std::nullopt)),
        core::InputError);
    CHECK(eventCount(*store) == events + 4);
    CHECK(store->verifyLog().intact());
}

STORE_CONTRACT(
    "measures against a township are appended with their date, body and document number, each logged")
{
    const auto store = newProject(backend);
    const qsizetype events = eventCount(*store);
    const core::TownshipMeasure first = store->assessment().addMeasure(interview(QStringLiteral("龙溪镇")));
    core::TownshipMeasure praise = interview(QStringLiteral("青羊镇"));
    praise.kind = core::MeasureKind::Commendation;
    praise.note.clear();
    const core::TownshipMeasure second = store->assessment().addMeasure(praise);
    CHECK(first.id == 1);
    CHECK(second.id == 2);
    REQUIRE(eventCount(*store) == events + 2);
    const std::vector<core::TownshipMeasure> all = store->assessment().measures();
    REQUIRE(all.size() == 2);
    CHECK(all[0].township == QStringLiteral("龙溪镇"));
    CHECK(all[0].kind == core::MeasureKind::Interview);
    CHECK(all[0].date == QDate(2026, 11, 30));
    CHECK(all[0].documentNo == QStringLiteral("平政约〔2026〕1号"));
    CHECK(all[0].recordedBy == analyst().name);
    CHECK(all[1].kind == core::MeasureKind::Commendation);
    const core::AuditEvent event = store->events().at(events);
    CHECK(event.entity == QStringLiteral("township_measure"));
    CHECK(event.entityId == QStringLiteral("1"));
    CHECK(event.newValue.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("interview"));
    CHECK(event.newValue.toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-30"));
    core::TownshipMeasure undated = interview(QStringLiteral("龙溪镇"));
    undated.date = QDate();
    CHECK_THROWS_AS(store->assessment().addMeasure(undated), core::InputError);
    CHECK(eventCount(*store) == events + 2);
}

STORE_CONTRACT(
    "a township reads only its own targets and measures and may write none, the bureau writes them")
{
    const auto county = newProject(backend);
    recordAssessment(*county);
    gis::StoreRights rights;
    rights.scope = Scope::Township;
    rights.township = QStringLiteral("龙溪镇");
    const auto town = backend.openWithRights(*county, townshipOfficer(), rights);
    if (!town) {
        WARN((backend.name() + QStringLiteral(" gives no township rights: skipped")).toStdString());
        return;
    }
    const std::vector<core::TownshipTarget> targets = town->assessment().targets();
    REQUIRE(targets.size() == 1);
    CHECK(targets.front().township == QStringLiteral("龙溪镇"));
    REQUIRE(town->assessment().measures().size() == 1);
    const qsizetype before = eventCount(*county);
    CHECK_THROWS_AS(
        town->assessment().setTarget(target(QStringLiteral("龙溪镇"), 2026, 1, 1)), core::PermissionDenied);
    CHECK_THROWS_AS(
        town->assessment().addMeasure(interview(QStringLiteral("龙溪镇"))), core::PermissionDenied);
    CHECK(eventCount(*county) == before);
    CHECK(county->assessment().targets(2026).size() == 2);
}

TEST_CASE("evidence: an edited target or measure is named by the log check", "[store][evidence]")
{
    fg::test::forEachStoreBackend([](fg::test::StoreBackend &backend) {
        if (backend.name() == QLatin1String("memory"))
            return; // the memory fake checks its chain only
        const auto store = newProject(backend);
        recordAssessment(*store);
        const gis::LogCheck clean = store->checkLog();
        INFO((clean.findings.empty() ? QString() : clean.findings.front().message()).toStdString());
        REQUIRE(clean.passed());
        CHECK(clean.rowsChecked.value(QStringLiteral("township_targets")) == 2);
        CHECK(clean.rowsChecked.value(QStringLiteral("township_measures")) == 1);
        // Someone lowers 龙溪镇's basic-farmland target behind the log's back.
        fg::test::evidence::tamper(*store,
            QStringLiteral(
                "UPDATE township_targets SET basic_farmland_m2 = 500000 WHERE township = '龙溪镇'"));
        const gis::LogCheck edited = store->checkLog();
        CHECK_FALSE(edited.passed());
        CHECK(fg::test::evidence::names(edited, QStringLiteral("township_targets"),
            QStringLiteral("龙溪镇/2026"), QStringLiteral("basic_farmland_m2")));
        // And a measure's document number.
        fg::test::evidence::tamper(
            *store, QStringLiteral("UPDATE township_measures SET document_no = 'x' WHERE id = 1"));
        CHECK(fg::test::evidence::names(store->checkLog(), QStringLiteral("township_measures"),
            QStringLiteral("1"), QStringLiteral("document_no")));
    });
}
