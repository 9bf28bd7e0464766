// SPDX-License-Identifier: MIT
// The pre-approval site check (issue 16 item 2) on the sample project: the designed sites'
// figures, open cases and approvals the site meets, and the inputs it refuses.
#include "sample_projects.h"

#include "core/input_error.h"
#include "core/units.h"
#include "gis/patrol/cell_probes.h"
#include "gis/usecases/approval_importer.h"
#include "gis/usecases/site_approvals.h"
#include "gis/usecases/site_check.h"
#include "gis/usecases/site_input.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

QString sampleSite(const char *name)
{
    return QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("sites/%1").arg(QLatin1String(name)));
}

SiteCheckResult check(const ProjectStore &store, const GEOSGeometry *site, core::SiteKind kind,
    const SiteApprovalSource *approvals = nullptr)
{
    SiteCheckRequest request;
    request.site = site;
    request.siteName = QStringLiteral("test site");
    request.kind = kind;
    request.approvals = approvals;
    return SiteCheck::run(store, request);
}

QStringList codes(const SiteCheckResult &result)
{
    QStringList list;
    for (const core::SiteProcedure &p : result.procedures)
        list << p.code;
    return list;
}

/// The axis-aligned box around @p geometry grown by @p margin metres, as a polygon.
GeosGeometryPtr boxAround(const GEOSGeometry *geometry, double margin)
{
    const QRectF b = envelopeOf(geometry).adjusted(-margin, -margin, margin, margin);
    return fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                       .arg(b.left(), 0, 'f', 3)
                       .arg(b.top(), 0, 'f', 3)
                       .arg(b.right(), 0, 'f', 3)
                       .arg(b.bottom(), 0, 'f', 3));
}

const IncidentRecord &incident(const std::vector<IncidentRecord> &records, const QString &id)
{
    for (const IncidentRecord &r : records)
        if (r.id == id)
            return r;
    FAIL("no incident " << id.toStdString());
    return records.front();
}

/// Approvals held in memory: what a project's approvals table gives the check.
class FixedApprovals : public SiteApprovalSource
{
public:
    std::vector<SiteApproval> approvalsNear(const QRectF &box) const override
    {
        std::vector<SiteApproval> near;
        for (const SiteApproval &a : list)
            if (envelopeOf(a.geometry.get()).intersects(box))
                near.push_back({ a.documentNumber, a.kind, a.use, a.validFrom, a.validUntil, a.inForce,
                    cloneGeometry(a.geometry.get()) });
        return near;
    }
    std::vector<SiteApproval> list;
};

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

// Independent figures of the designed sites (each a square wholly inside one parcel, so each
// occupied figure is the square's own area). The square's side was solved for the target by
// bisection on the 三调 ellipsoidal area; the geodesic area of the committed file, measured by
// SpatiaLite through GDAL (a different algorithm: geodesic edges, GeographicLib):
//   ogrinfo -dialect SQLite -sql "SELECT ST_Area(ST_Transform(geometry, 4490), 1) FROM site_basic_farmland"
//       data/sample/sites/site_basic_farmland.geojson
// gives 5333.3286, 4000.0026 and 1999.9975 m² (targets 5333.3333, 4000.0000, 2000.0000: the
// 0.1 mm coordinates and geodesic edges differ by under 0.01 m²). The land under each, by the
// same SQL over the sample GeoPackage with the site appended (ST_Intersection with
// basic_farmland, landuse by DLBM, approvals): site_basic_farmland 5333.33 m² of basic
// farmland, all 0103; site_approved 2930.33 m² of 0103 and 1069.67 m² of 0305, no basic
// farmland, 4000.00 m² inside 平政转批〔2024〕3号; site_clear all 0404. No site meets an incident.
TEST_CASE("The sample's designed sites: on basic farmland, on cultivated land, clear", "[usecases][site]")
{
    SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            // The sample project holds the county's approvals layer (create-sample imports it).
            REQUIRE(store->approvals().size() == 3);
            const int epsg = store->info().workingEpsg;
            const GeosGeometryPtr onBf = SiteInput::fromFile(sampleSite("site_basic_farmland.geojson"), epsg);
            const SiteCheckResult a = check(*store, onBf.get(), core::SiteKind::Construction);
            // 8.00 亩 = 8 × 10000/15 = 5333.33 m².
            CHECK(a.areaM2 == Approx(5333.3333).margin(0.05));
            CHECK(a.basicFarmlandM2 == Approx(a.areaM2).margin(0.01));
            CHECK(a.cultivatedM2 == Approx(a.areaM2).margin(0.01));
            CHECK(core::roundedMu(a.basicFarmlandM2) == 8.00);
            CHECK(a.cases.empty());
            CHECK_FALSE(a.township.isEmpty());
            CHECK(codes(a).contains("basic_farmland_state_council"));
            CHECK(codes(a).contains("land_pre_review"));

            const GeosGeometryPtr approved = SiteInput::fromFile(sampleSite("site_approved.geojson"), epsg);
            const SiteCheckResult b = check(*store, approved.get(), core::SiteKind::Construction);
            // 6.00 亩 = 4000.00 m², wholly inside 平政转批〔2024〕3号 (its end, 2026-03-07, has passed);
            // 2930.33 m² of 0103 旱地 (4.40 亩) and 1069.67 m² of 0305 灌木林地, no basic farmland.
            CHECK(b.areaM2 == Approx(4000.0).margin(0.05));
            CHECK(b.basicFarmlandM2 == 0.0);
            CHECK(b.cultivatedM2 == Approx(2930.33).margin(0.05));
            CHECK(core::roundedMu(b.cultivatedM2) == 4.40);
            REQUIRE(b.approvalsChecked);
            REQUIRE(b.approvals.size() == 1);
            CHECK(b.approvals.front().documentNumber == QString::fromUtf8("平政转批〔2024〕3号"));
            CHECK(b.approvals.front().overlapM2 == Approx(b.areaM2).margin(0.01));
            CHECK_FALSE(b.approvals.front().inForce);
            CHECK(b.approvals.front().validUntil == QDate(2026, 3, 7));
            CHECK(codes(b)
                == QStringList {
                    "land_pre_review", "construction_land_approval", "cultivated_balance", "approved_land" });

            const GeosGeometryPtr clear = SiteInput::fromFile(sampleSite("site_clear.geojson"), epsg);
            const SiteCheckResult c = check(*store, clear.get(), core::SiteKind::Homestead);
            // 3.00 亩 = 2000.00 m², on no farmland at all.
            CHECK(c.areaM2 == Approx(2000.0).margin(0.05));
            CHECK(c.basicFarmlandM2 == 0.0);
            CHECK(c.cultivatedM2 == 0.0);
            CHECK(c.cultivatedByClass.empty());
            REQUIRE(c.otherByClass.size() == 1);
            CHECK(c.otherByClass.front().areas.ellipsoidal == Approx(c.areaM2).margin(0.01));
            CHECK(codes(c) == QStringList { "homestead_approval" });
            CHECK(c.cases.empty());
            CHECK(c.approvalsChecked);
            CHECK(c.approvals.empty());
            REQUIRE(c.logHead);
            CHECK(c.logHead->hash == store->logHead()->hash);
            CHECK(c.rulesText.contains("SHA-256"));
        }
    }
}

TEST_CASE("A site over incidents lists their open cases with the overlap, and leaves closed ones out",
    "[usecases][site]")
{
    SampleProjects projects;
    const auto &store = projects.stores.front().second;
    const std::vector<IncidentRecord> records = store->incidents(true);
    // PS2024-003 is filed (open); PS2024-002 is closed; PS2024-015 was dismissed.
    for (const char *id : { "PS2024-003", "PS2024-002", "PS2024-015" }) {
        INFO(id);
        const IncidentRecord &record = incident(records, QString::fromLatin1(id));
        const GeosGeometryPtr site = boxAround(record.geometry.get(), 5.0);
        const SiteCheckResult result = check(*store, site.get(), core::SiteKind::Construction);
        if (QLatin1String(id) != QLatin1String("PS2024-003")) {
            CHECK(result.cases.empty());
            continue;
        }
        REQUIRE(result.cases.size() == 1);
        CHECK(result.cases.front().caseId == "PS2024-003");
        CHECK(result.cases.front().status == core::CaseStatus::Filed);
        CHECK(result.cases.front().incidentIds == QStringList { "PS2024-003" });
        // The box holds the whole incident: the overlap is the incident's area as the import
        // measured it (5.01 亩 of basic farmland, the incident lying wholly on it).
        CHECK(result.cases.front().overlapM2 == Approx(record.measures.areaM2).margin(0.01));
        CHECK(core::roundedMu(result.cases.front().overlapM2) == 5.01);
        CHECK(codes(result).contains("open_case"));
    }
}

TEST_CASE("Approvals the site meets are listed with their overlap", "[usecases][site]")
{
    SampleProjects projects;
    const auto &store = projects.stores.front().second;
    const GeosGeometryPtr site
        = SiteInput::fromFile(sampleSite("site_approved.geojson"), store->info().workingEpsg);
    const QRectF box = envelopeOf(site.get());
    FixedApprovals approvals;
    // The west half of the site, and one far away.
    approvals.list.push_back({ QStringLiteral("平设农备〔2025〕3号"), QStringLiteral("设施农业用地备案"),
        QStringLiteral("种植大棚"), QDate(2025, 3, 1), QDate(), true,
        fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                    .arg(box.left() - 50, 0, 'f', 4)
                    .arg(box.top() - 50, 0, 'f', 4)
                    .arg(box.center().x(), 0, 'f', 4)
                    .arg(box.bottom() + 50, 0, 'f', 4)) });
    approvals.list.push_back({ QStringLiteral("far"), QStringLiteral("临时用地"), QString(), QDate(), QDate(),
        true, fromWkt(QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0))")) });
    const SiteCheckResult result = check(*store, site.get(), core::SiteKind::FacilityAgriculture, &approvals);
    CHECK(result.approvalsChecked);
    REQUIRE(result.approvals.size() == 1);
    CHECK(result.approvals.front().documentNumber == QString::fromUtf8("平设农备〔2025〕3号"));
    // Half of a 4000.00 m² square, split at its centre line.
    CHECK(result.approvals.front().overlapM2 == Approx(2000.0).margin(0.05));
}

TEST_CASE("Bad sites are refused naming the source, the feature and the problem", "[usecases][site]")
{
    SampleProjects projects;
    const auto &store = projects.stores.front().second;
    const int epsg = store->info().workingEpsg;
    QTemporaryDir dir;

    SECTION("self-intersecting boundary points")
    {
        const QList<QPointF> bowTie { { 450000, 4011000 }, { 450100, 4011100 }, { 450100, 4011000 },
            { 450000, 4011100 } };
        try {
            SiteInput::fromRing(bowTie, QStringLiteral("界址点坐标"));
            FAIL("accepted a bow tie");
        } catch (const core::InputError &e) {
            CHECK(e.file() == QString::fromUtf8("界址点坐标"));
            CHECK(e.problem().contains("Self-intersection"));
        }
    }
    SECTION("a self-intersecting polygon in a file")
    {
        const QString path = dir.filePath(QStringLiteral("bowtie.geojson"));
        writeText(path,
            R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},
"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[450000,4011000],[450100,4011100],[450100,4011000],[450000,4011100],[450000,4011000]]]}}]})");
        try {
            SiteInput::fromFile(path, epsg);
            FAIL("accepted a bow tie");
        } catch (const core::InputError &e) {
            CHECK(e.file() == path);
            CHECK(e.feature() == "0");
            CHECK(e.problem().contains("self-intersecting"));
        }
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.geojson"));
        writeText(path, R"({"type":"FeatureCollection","features":[]})");
        CHECK_THROWS_WITH(SiteInput::fromFile(path, epsg), Catch::Contains("empty.geojson"));
    }
    SECTION("two features")
    {
        const QString path = dir.filePath(QStringLiteral("two.geojson"));
        writeText(path,
            R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[450000,4011000],[450100,4011000],[450100,4011100],[450000,4011000]]]}},
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[451000,4011000],[451100,4011000],[451100,4011100],[451000,4011000]]]}}]})");
        try {
            SiteInput::fromFile(path, epsg);
            FAIL("accepted two sites");
        } catch (const core::InputError &e) {
            CHECK(e.problem().contains("2 features"));
        }
    }
    SECTION("a site outside the county")
    {
        const GeosGeometryPtr far = fromWkt(QStringLiteral(
            "POLYGON((300000 3800000,300100 3800000,300100 3800100,300000 3800100,300000 3800000))"));
        try {
            SiteInput::checkPlace(*store, far.get(), QStringLiteral("far.geojson"));
            FAIL("accepted a site outside the county");
        } catch (const core::InputError &e) {
            CHECK(e.file() == "far.geojson");
            CHECK(e.problem().contains("outside the project's townships"));
        }
    }
    SECTION("a CRS that does not fit the coordinates")
    {
        // Gauss-Krüger metres declared as lon/lat degrees (CGCS2000 geographic).
        const QString path = dir.filePath(QStringLiteral("wrongcrs.geojson"));
        writeText(path,
            R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},"features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[450000,4011000],[450100,4011000],[450100,4011100],[450000,4011000]]]}}]})");
        try {
            SiteInput::fromFile(path, epsg);
            FAIL("accepted a CRS that does not fit");
        } catch (const core::InputError &e) {
            CHECK(e.file() == path);
            CHECK_FALSE(e.problem().isEmpty());
        }
    }
}
