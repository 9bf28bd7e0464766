// SPDX-License-Identifier: MIT
// Importing approvals into the sample project (issue 16 item 1): the designed approvals of
// data/sample/approvals.shp move PS2024-003 below 5 亩, leave PS2024-005 as it was (an expired
// 临时用地), and a file with anything impossible is refused whole.
#include "sample_projects.h"

#include "core/input_rejected.h"
#include "gis/patrol/cell_probes.h"
#include "gis/usecases/approval_importer.h"
#include "gis/usecases/project_analysis.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

const IncidentRecord *find(const std::vector<IncidentRecord> &records, const QString &id)
{
    for (const IncidentRecord &record : records)
        if (record.id == id)
            return &record;
    return nullptr;
}

/// A GeoJSON file of rectangles in EPSG:4547 with the given WH and PZLX.
QString writeGeoJson(const QTemporaryDir &dir, const QString &name,
    const std::vector<std::tuple<QString, QString, QRectF>> &features)
{
    QStringList items;
    for (const auto &[number, kind, r] : features)
        items << QStringLiteral(
            "{\"type\":\"Feature\",\"properties\":{\"WH\":\"%1\",\"PZLX\":\"%2\",\"PZRQ\":"
            "\"2024-01-05\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%3,%4],[%5,%4],"
            "[%5,%6],[%3,%6],[%3,%4]]]}}")
                     .arg(number, kind)
                     .arg(r.left(), 0, 'f', 3)
                     .arg(r.top(), 0, 'f', 3)
                     .arg(r.right(), 0, 'f', 3)
                     .arg(r.bottom(), 0, 'f', 3);
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                       "\"urn:ogc:def:crs:EPSG::4547\"}},\"features\":[%1]}")
            .arg(items.join(QLatin1Char(',')))
            .toUtf8());
    return path;
}

} // namespace

TEST_CASE("The sample's approvals take 1.00 mu out of PS2024-003, so its case goes below 5 mu, and an expired "
          "temporary permit takes nothing out of PS2024-005",
    "[usecases][approvals]")
{
    // `project create-sample` imports data/sample/approvals.shp through ApprovalImporter after
    // its cases are judged, as the bureau would: the log shows the approvals added, PS2024-003
    // measured again and its case judged again (reached → below), in that order.
    SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            QStringList approvals;
            for (const ApprovalRecord &record : store->approvals())
                approvals << record.approval.documentNumber;
            CHECK(approvals
                == QStringList({ QStringLiteral("平政转批〔2023〕18号"), QStringLiteral("平临用〔2022〕6号"),
                    QStringLiteral("平政转批〔2024〕3号") }));
            qint64 added = 0, remeasured = 0, rejudged = 0;
            QStringList remeasuredIds, rejudgedIds;
            for (const core::AuditEvent &event : store->events()) {
                if (event.entity == QLatin1String("approval") && event.action == QLatin1String("add"))
                    added = event.seq;
                if (added && event.entity == QLatin1String("incident") && event.action == QLatin1String("geometry")) {
                    remeasured = event.seq;
                    remeasuredIds << event.entityId;
                }
                if (added && event.entity == QLatin1String("case") && event.action == QLatin1String("facts")) {
                    rejudged = event.seq;
                    rejudgedIds << event.entityId;
                    CHECK(event.oldValue.toObject().value(QStringLiteral("threshold")).toString()
                        == QStringLiteral("reached"));
                    CHECK(event.newValue.toObject().value(QStringLiteral("threshold")).toString()
                        == QStringLiteral("below"));
                    CHECK(event.newValue.toObject().value(QStringLiteral("reason")).toString().contains(
                        QStringLiteral("平政转批〔2023〕18号")));
                }
            }
            // Only PS2024-003's figures move: the expired permit and the empty site change nothing.
            CHECK(remeasuredIds == QStringList { QStringLiteral("PS2024-003") });
            CHECK(rejudgedIds == QStringList { QStringLiteral("PS2024-003") });
            CHECK(added < remeasured);
            CHECK(remeasured < rejudged);
            CHECK(
                store->caseFile(QStringLiteral("PS2024-003"))->thresholdFlag() == core::ThresholdFlag::Below);

            // The design (data/sample/README.md): PS2024-003 lies wholly on basic farmland, 5.01 亩;
            // the approval's strip is solved so the part inside it is 1.00 亩 (666.67 m²): 5.01 −
            // 1.00 = 4.01 亩 unlawful. The stored figures say the same (the store's flag floor
            // reads them).
            const std::vector<IncidentRecord> records = store->incidents();
            const IncidentRecord *housing = find(records, QStringLiteral("PS2024-003"));
            REQUIRE(housing);
            CHECK(housing->measures.basicFarmlandMu == Approx(4.01));
            CHECK(housing->measures.areaM2 == Approx(5.01 * 10000 / 15).margin(0.01));
            const ProjectAnalysisResult analysis = ProjectAnalysis::run(*store);
            const int at = analysis.indexOf(QStringLiteral("PS2024-003"));
            REQUIRE(at >= 0);
            const IncidentResult &i = analysis.report.incidents[size_t(at)];
            CHECK(i.approved.area.ellipsoidal == Approx(10000.0 / 15).margin(1e-4));
            CHECK(i.verdict.basicFarmlandMu == Approx(4.01));
            CHECK_FALSE(i.verdict.accountability());
            CHECK(analysis.incidents[size_t(at)].approvals
                == QStringList { QStringLiteral("平政转批〔2023〕18号") });
            // PS2024-005: 10.00 亩 cultivated, the 临时用地 over it ended 2023-12-31, before it was found.
            const int mining = analysis.indexOf(QStringLiteral("PS2024-005"));
            REQUIRE(mining >= 0);
            CHECK(analysis.report.incidents[size_t(mining)].verdict.cultivatedMu == Approx(10.00));
            CHECK(analysis.report.incidents[size_t(mining)].approved.area.ellipsoidal == 0.0);
            CHECK(analysis.incidents[size_t(mining)].approvals.isEmpty());
            CHECK(store->checkLog().findings.empty());
        }
    }
}

TEST_CASE("An approvals file with a repeated or stored document number, an unknown kind or a polygon outside "
          "the county is refused whole",
    "[usecases][approvals]")
{
    SampleProjects projects;
    QTemporaryDir dir;
    for (const auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            const std::vector<IncidentRecord> records = store->incidents(true);
            const QRectF near = envelopeOf(find(records, QStringLiteral("PS2024-020"))->geometry.get());
            const QRectF inside(near.center() - QPointF(20, 20), QSizeF(40, 40));
            const auto refused = [&](const QString &path, const QString &number) {
                try {
                    ApprovalImporter::run(*store, path, { {}, {}, {}, core::ApprovalKind::Conversion, {} });
                    FAIL("not refused");
                } catch (const core::InputRejected &error) {
                    REQUIRE_FALSE(error.reasons().empty());
                    // Named as feature, or (a number used twice) in the problem.
                    INFO(error.reasons().front().message().toStdString());
                    CHECK(error.reasons().front().message().contains(number));
                    CHECK(error.reasons().front().file() == path);
                }
                CHECK(store->approvals().size() == 3); // the sample's own, nothing added
            };
            refused(
                writeGeoJson(dir, backend + QStringLiteral("-twice.geojson"),
                    { { QStringLiteral("X-1"), QStringLiteral("农用地转用"), inside },
                        { QStringLiteral("X-1"), QStringLiteral("农用地转用"), inside.translated(100, 0) } }),
                QStringLiteral("X-1"));
            refused(writeGeoJson(dir, backend + QStringLiteral("-kind.geojson"),
                        { { QStringLiteral("X-2"), QStringLiteral("采矿许可"), inside } }),
                QStringLiteral("X-2"));
            refused(writeGeoJson(dir, backend + QStringLiteral("-far.geojson"),
                        { { QStringLiteral("X-3"), QStringLiteral("农用地转用"), inside },
                            { QStringLiteral("X-4"), QStringLiteral("农用地转用"),
                                inside.translated(60000, 0) } }),
                QStringLiteral("X-4"));
            // Once stored, the same number in a later file refuses that file.
            const QString good = writeGeoJson(dir, backend + QStringLiteral("-good.geojson"),
                { { QStringLiteral("X-5"), QStringLiteral("宅基地"), inside } });
            CHECK(ApprovalImporter::run(*store, good, {}).imported == QStringList { QStringLiteral("X-5") });
            CHECK_THROWS_AS(ApprovalImporter::run(*store, good, {}), core::InputRejected);
            CHECK(store->approvals().size() == 4);
        }
    }
}
