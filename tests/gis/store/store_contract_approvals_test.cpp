// SPDX-License-Identifier: MIT
// Store contract: the approvals layer (schema 9, issue 16 item 1) and the analysis that takes the
// approved part out of an incident — on every backend, so PostGIS gives the GeoPackage's figures.
#include "contract_fixture.h"
#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/store/log_replay.h"
#include "gis/usecases/project_analysis.h"

using namespace fg;
using namespace fg::test::contract;

namespace {

gis::ApprovalRecord approval(const QString &number, core::ApprovalKind kind, QDate from, QDate to, double x0,
    double y0, double x1, double y1)
{
    gis::ApprovalRecord r;
    r.approval.documentNumber = number;
    r.approval.kind = kind;
    r.approval.approvedOn = from;
    r.approval.validTo = to;
    r.approval.approvedUse = QStringLiteral("村民住宅");
    r.approval.township = QStringLiteral("龙溪镇");
    r.source = QStringLiteral("pzwj.shp");
    r.geometry = rect(x0, y0, x1, y1);
    return r;
}

std::vector<gis::ApprovalRecord> one(gis::ApprovalRecord record)
{
    std::vector<gis::ApprovalRecord> list;
    list.push_back(std::move(record));
    return list;
}

} // namespace

STORE_CONTRACT("approvals are stored once per document number, logged, read back and re-derived from the log")
{
    const auto store = newProject(backend);
    std::vector<gis::ApprovalRecord> records;
    records.push_back(approval(QStringLiteral("平政转批〔2024〕1号"), core::ApprovalKind::Conversion,
        QDate(2024, 1, 10), QDate(2026, 1, 9), 0, 0, 40, 100));
    records.push_back(approval(QStringLiteral("平临用〔2023〕2号"), core::ApprovalKind::Temporary,
        QDate(2023, 1, 1), QDate(2024, 5, 1), 60, 0, 100, 100));
    const qsizetype events = eventCount(*store);
    store->addApprovals(records);
    CHECK(eventCount(*store) == events + 2);
    const core::AuditEvent added = findEvent(
        *store, QStringLiteral("approval"), QStringLiteral("平临用〔2023〕2号"), QStringLiteral("add"));
    CHECK(added.newValue.toObject().value(QStringLiteral("valid_to")).toString()
        == QStringLiteral("2024-05-01"));

    const std::vector<gis::ApprovalRecord> stored = store->approvals();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].approval.documentNumber == QStringLiteral("平政转批〔2024〕1号"));
    CHECK(stored[0].approval.kind == core::ApprovalKind::Conversion);
    CHECK(stored[1].approval.kind == core::ApprovalKind::Temporary);
    CHECK(stored[1].approval.validTo == QDate(2024, 5, 1));
    CHECK(stored[1].addedBy == analyst().name);
    CHECK(area(stored[0].geometry.get()) == Approx(4000.0)); // 40 m × 100 m
    // The box query goes through the spatial index: only the western approval meets x ≤ 10.
    const std::vector<gis::ApprovalRecord> west = store->approvals({ { box(0, 0, 10, 10) }, {} });
    REQUIRE(west.size() == 1);
    CHECK(west[0].approval.documentNumber == QStringLiteral("平政转批〔2024〕1号"));

    // Refused, nothing written: a number already stored, a 临时用地 without its end date.
    CHECK_THROWS_AS(store->addApprovals(one(approval(QStringLiteral("平政转批〔2024〕1号"),
                        core::ApprovalKind::Homestead, QDate(2024, 2, 1), {}, 200, 0, 220, 20))),
        core::InputError);
    CHECK_THROWS_AS(store->addApprovals(one(approval(QStringLiteral("平临用〔2024〕9号"),
                        core::ApprovalKind::Temporary, QDate(2024, 2, 1), {}, 200, 0, 220, 20))),
        core::InputError);
    CHECK(store->approvals().size() == 2);
    CHECK(eventCount(*store) == events + 2);

    // The log alone gives the same rows.
    const gis::DataRows logged = gis::LogReplay::derive(store->events());
    const gis::DataRows::Fields *row
        = logged.find(QStringLiteral("approvals"), QStringLiteral("平临用〔2023〕2号"));
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("kind")) == QStringLiteral("temporary"));
    CHECK(row->value(QStringLiteral("valid_to")) == QStringLiteral("2024-05-01"));
    CHECK(row->value(QStringLiteral("fid")) == QString::number(stored[1].fid));
    const gis::LogCheck check = store->checkLog();
    CHECK(check.findings.empty());
    if (check.dataChecked)
        CHECK(check.rowsChecked.value(QStringLiteral("approvals")) == 2);
}

STORE_CONTRACT(
    "an incident's part inside a valid approval of its use is taken out, wrong use and expiry are not")
{
    const auto store = newProject(backend);
    // I-1: rural housing [0,100]×[0,100] found 2024-05-01, on 旱地 [0,100]² and basic farmland
    // [0,50]×[0,100] (planar m² = width × height).
    store->addIncident(incident(QStringLiteral("I-1"), 0, 0, 100, 100), std::nullopt);
    std::vector<gis::ApprovalRecord> records;
    // Covers I-1's [0,40] strip: a conversion in force on 2024-05-01.
    records.push_back(approval(QStringLiteral("A-conversion"), core::ApprovalKind::Conversion,
        QDate(2024, 1, 1), QDate(2025, 12, 31), -10, -10, 40, 110));
    // A facility-agriculture filing over [40,60]: the wrong use for a house.
    records.push_back(approval(QStringLiteral("A-facility"), core::ApprovalKind::FacilityAgriculture,
        QDate(2023, 1, 1), {}, 40, -10, 60, 110));
    // A temporary permit over [60,100] whose end date is the incident's date: unlawful from it.
    records.push_back(approval(QStringLiteral("A-temporary"), core::ApprovalKind::Temporary,
        QDate(2023, 1, 1), QDate(2024, 5, 1), 60, -10, 110, 110));
    // A conversion over [60,100] approved after the incident was found.
    records.push_back(approval(QStringLiteral("A-later"), core::ApprovalKind::Conversion, QDate(2024, 6, 1),
        QDate(2026, 6, 1), 60, -10, 110, 110));
    store->addApprovals(records);

    gis::ProjectAnalysisOptions options;
    options.method = gis::AreaMethod::Planar;
    const gis::ProjectAnalysisResult result = gis::ProjectAnalysis::run(*store, options);
    REQUIRE(result.report.incidents.size() == 1);
    const gis::IncidentResult &i = result.report.incidents[0];
    using M = gis::AreaMethod;
    // By hand: approved = [0,40]×[0,100] = 4000 m², all basic farmland and 旱地; unlawful = the
    // rest, [40,100]×[0,100] = 6000 m²: basic farmland [40,50]×[0,100] = 1000 m², cultivated
    // 6000 m² (basic farmland included).
    CHECK(i.approved.area.of(M::Planar) == Approx(4000.0).margin(1e-6));
    CHECK(i.approved.basicFarmland.of(M::Planar) == Approx(4000.0).margin(1e-6));
    CHECK(i.occupation.area.of(M::Planar) == Approx(6000.0).margin(1e-6));
    CHECK(i.occupation.basicFarmland.of(M::Planar) == Approx(1000.0).margin(1e-6));
    CHECK(i.occupation.cultivated.of(M::Planar) == Approx(6000.0).margin(1e-6));
    // The verdict judges the unlawful part: 1000 m² = 1.50 亩 < 5; 6000 m² = 9.00 亩 < 10. The
    // whole incident (5000 m² = 7.50 亩 basic farmland) would have reached 5 亩.
    CHECK(i.verdict.basicFarmlandMu == Approx(1.50));
    CHECK(i.verdict.cultivatedMu == Approx(9.00));
    CHECK_FALSE(i.verdict.accountability());
    CHECK(result.incidents[0].approvals == QStringList { QStringLiteral("A-conversion") });
}

STORE_CONTRACT("every login reads the approvals, only the bureau adds them")
{
    const auto store = newProject(backend);
    store->addApprovals(one(approval(QStringLiteral("平政转批〔2024〕5号"), core::ApprovalKind::Conversion,
        QDate(2024, 1, 10), {}, 0, 0, 40, 100)));
    gis::StoreRights rights;
    rights.scope = gis::StoreRights::Scope::Township;
    rights.township = QStringLiteral("龙溪镇");
    auto town = backend.openWithRights(*store, townshipOfficer(), rights);
    if (!town) {
        WARN((backend.name() + QStringLiteral(" gives no township rights: skipped")).toStdString());
        return;
    }
    CHECK(town->approvals().size() == 1);
    CHECK_THROWS_AS(town->addApprovals(one(approval(QStringLiteral("平政转批〔2024〕6号"),
                        core::ApprovalKind::Conversion, QDate(2024, 1, 10), {}, 200, 0, 240, 100))),
        core::PermissionDenied);
    CHECK(store->approvals().size() == 1);
}
