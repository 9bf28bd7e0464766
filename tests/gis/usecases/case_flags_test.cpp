// SPDX-License-Identifier: MIT
// "The flag follows the facts" (issue 12, item 2): re-judging after a reshape, a rules change and
// the decision, the officer's flag checked against the figures — on the GeoPackage and in memory.
#include "sample_projects.h"

#include "core/store_errors.h"
#include "gis/usecases/case_actions.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/incident_reshape.h"
#include "gis/usecases/project_rules.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

IncidentRecord incidentOf(const ProjectStore &store, const QString &id)
{
    for (IncidentRecord &record : store.incidents(true))
        if (record.id == id)
            return std::move(record);
    FAIL("no incident " << id.toStdString());
    return {};
}

/// A 20 m square around a point inside @p geometry, cut to it: a small piece of the same land.
GeosGeometryPtr smallPieceOf(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr inside(GEOSPointOnSurface_r(ctx, geometry));
    double x = 0, y = 0;
    GEOSGeomGetX_r(ctx, inside.get(), &x);
    GEOSGeomGetY_r(ctx, inside.get(), &y);
    const GeosGeometryPtr square = fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                               .arg(x - 10, 0, 'f', 3)
                                               .arg(y - 10, 0, 'f', 3)
                                               .arg(x + 10, 0, 'f', 3)
                                               .arg(y + 10, 0, 'f', 3));
    return GeosGeometryPtr(GEOSIntersection_r(ctx, square.get(), geometry));
}

core::CaseFile caseOf(const ProjectStore &store, const QString &id)
{
    const auto file = store.caseFile(id);
    REQUIRE(file);
    return *file;
}

core::CaseStep stepOf(core::CaseAction action, const QDateTime &when)
{
    core::CaseStep step;
    step.action = action;
    step.when = when;
    step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    if (action == core::CaseAction::Decide)
        step.penalties = { core::Penalty::Demolish };
    return step;
}

} // namespace

TEST_CASE("A reshape across the threshold moves the case's flag, logged old → new with the figures", "[usecases][flags]")
{
    SampleProjects projects;
    for (auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            // 10.00 mu cultivated: reached. (PS2024-003, 5.01 mu gross, is below since create-sample
            // imports the approval over 1.00 mu of it.)
            const QString id = QStringLiteral("PS2024-005");
            REQUIRE(caseOf(*store, id).thresholdFlag() == core::ThresholdFlag::Reached);
            const IncidentRecord original = incidentOf(*store, id);
            const GeosGeometryPtr piece = smallPieceOf(original.geometry.get());
            const ReshapeResult shrunk = IncidentReshape::apply(*store, id, piece.get(), original.revision);
            CHECK(shrunk.measured.measures.cultivatedMu < 1.0);
            REQUIRE(shrunk.rejudged.changed.size() == 1);
            CHECK(shrunk.rejudged.changed.front().caseId == id);
            CHECK(shrunk.rejudged.changed.front().from == core::ThresholdFlag::Reached);
            CHECK(shrunk.rejudged.changed.front().to == core::ThresholdFlag::Below);
            CHECK(caseOf(*store, id).thresholdFlag() == core::ThresholdFlag::Below);
            const core::AuditEvent down = store->events().last();
            CHECK(down.action == QLatin1String("facts"));
            CHECK(down.entityId == id);
            CHECK(down.oldValue.toObject().value(QStringLiteral("threshold")).toString() == QLatin1String("reached"));
            CHECK(down.newValue.toObject().value(QStringLiteral("threshold")).toString() == QLatin1String("below"));
            CHECK(down.newValue.toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("10.00")));
            const QJsonObject own = down.newValue.toObject().value(QStringLiteral("figures")).toObject().value(QStringLiteral("own")).toObject();
            CHECK(own.value(QStringLiteral("cultivated_mu")).toDouble() == Approx(shrunk.measured.measures.cultivatedMu));

            // Its old shape back: over the threshold again, and the flag follows.
            const ReshapeResult back = IncidentReshape::apply(*store, id, original.geometry.get(), incidentOf(*store, id).revision);
            CHECK(back.measured.measures.cultivatedMu == Approx(10.00));
            REQUIRE(back.rejudged.changed.size() == 1);
            CHECK(back.rejudged.changed.front().to == core::ThresholdFlag::Reached);
            CHECK(caseOf(*store, id).thresholdFlag() == core::ThresholdFlag::Reached);
        }
    }
}

TEST_CASE("An officer's flag must agree with the figures, and lowering one needs a reason", "[usecases][flags]")
{
    SampleProjects projects;
    for (auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            const qsizetype events = store->events().size();
            // PS2024-005: 10.00 mu cultivated (PS2024-003 is below since its approval was imported).
            const core::CaseFile over = caseOf(*store, QStringLiteral("PS2024-005"));
            const core::TransitionResult contradicted
                = CaseFlags::set(*store, over.id(), core::ThresholdFlag::Below, QStringLiteral("looks small"), over.revision());
            REQUIRE_FALSE(contradicted.accepted);
            CHECK(contradicted.message().contains(QStringLiteral("10.00")));
            const core::CaseFile under = caseOf(*store, QStringLiteral("PS2024-012"));
            CHECK_FALSE(CaseFlags::set(*store, under.id(), core::ThresholdFlag::Reached, QString(), under.revision()).accepted);
            // The store itself refuses what the incident alone contradicts, past the use case.
            CaseFacts below = CaseFacts::of(over);
            below.thresholdFlag = core::ThresholdFlag::Below;
            below.reason = QStringLiteral("typed by hand");
            CHECK_THROWS_AS(store->setCaseFacts(over.id(), below, over.revision()), core::StepRefused);
            CHECK(store->events().size() == events);

            // 冯金锁's PS2024-007 reaches 5 mu only with PS2024-008; once decided it no longer
            // accumulates and keeps its flag, which an officer may lower only with a reason.
            const QString id = QStringLiteral("PS2024-007");
            CaseFigures figures = CaseJudgement::judgeCase(*store, id);
            CHECK(figures.hasAccumulation());
            CHECK(figures.partyVerdict.basicFarmlandMu == Approx(6.0));
            CHECK(figures.verdict.basicFarmlandMu == Approx(3.0));
            CHECK(caseOf(*store, id).thresholdFlag() == core::ThresholdFlag::Reached);
            QDateTime when = caseOf(*store, id).steps().last().when;
            for (core::CaseAction action : { core::CaseAction::ReportMajor, core::CaseAction::File, core::CaseAction::Decide }) {
                when = when.addSecs(3600);
                const core::TransitionResult step = CaseActions::advance(*store, id, stepOf(action, when), caseOf(*store, id).revision());
                INFO(step.message().toStdString());
                REQUIRE(step.accepted);
            }
            CHECK(CaseFlags::rejudge(*store, { id }, QStringLiteral("test")).kept.size() == 1);
            CHECK(caseOf(*store, id).thresholdFlag() == core::ThresholdFlag::Reached);
            const core::CaseFile decided = caseOf(*store, id);
            const core::TransitionResult silent = CaseFlags::set(*store, id, core::ThresholdFlag::Below, QString(), decided.revision());
            REQUIRE_FALSE(silent.accepted);
            CHECK(silent.message().contains(QStringLiteral("reason")));
            const QString reason = QStringLiteral("PS2024-008 found to be another person's");
            REQUIRE(CaseFlags::set(*store, id, core::ThresholdFlag::Below, reason, decided.revision()).accepted);
            CHECK(store->events().last().newValue.toObject().value(QStringLiteral("reason")).toString() == reason);
            // A stale revision is a conflict, not a silent overwrite.
            CHECK_THROWS_AS(CaseFlags::set(*store, id, core::ThresholdFlag::Reached, QString(), decided.revision()),
                core::ConflictError);
        }
    }
}

TEST_CASE("A change of the project's rules judges every case again, naming both rules' hashes", "[usecases][flags][rules]")
{
    SampleProjects projects;
    for (auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            // PS2024-009: 3.00 mu basic farmland, 10.00 mu cultivated, 7.00 of it outside basic farmland.
            const core::CaseFile opened = CaseActions::open(*store, QStringLiteral("AJ-009"), { QStringLiteral("PS2024-009") },
                QDateTime(QDate(2025, 9, 30), QTime(9, 0)), QStringLiteral("卫片"));
            CHECK(opened.thresholdFlag() == core::ThresholdFlag::Reached);
            const QString before = ProjectRules::record(*store).shortHash();
            const RulesChange change = ProjectRules::change(*store, QByteArray(R"({"reading": "judicial"})"), QStringLiteral("/tmp/judicial.json"));
            CHECK(change.after.source() == QStringLiteral("judicial.json"));
            bool lowered = false;
            for (const FlagChange &c : change.rejudged.changed)
                if (c.caseId == QStringLiteral("AJ-009")) {
                    lowered = true;
                    CHECK(c.from == core::ThresholdFlag::Reached);
                    CHECK(c.to == core::ThresholdFlag::Below);
                    CHECK(c.figures.reading == core::Reading::Judicial);
                }
            CHECK(lowered);
            CHECK(caseOf(*store, QStringLiteral("AJ-009")).thresholdFlag() == core::ThresholdFlag::Below);
            // PS2024-005 (10.00 mu cultivated, none of it basic farmland) reaches 10 mu under both readings.
            CHECK(caseOf(*store, QStringLiteral("PS2024-005")).thresholdFlag() == core::ThresholdFlag::Reached);
            const core::AuditEvent event = store->events().last();
            const QString reason = event.newValue.toObject().value(QStringLiteral("reason")).toString();
            CHECK(reason.contains(before));
            CHECK(reason.contains(change.after.shortHash()));
        }
    }
}
