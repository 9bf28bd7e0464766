// SPDX-License-Identifier: MIT
// Rights through the store, as a township officer, a department and the bureau use it.
#include "pg_test_server.h"

#include "core/cases/case_workflow.h"
#include "core/store_errors.h"
#include "gis/usecases/sample_project.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using fg::gis::OperatorIdentity;
using fg::gis::ProjectGrant;
using fg::gis::ProjectLocation;
using fg::gis::ProjectStores;
using fg::gis::StoreRights;
using fg::gis::test::pgTestServer;
using fg::gis::test::pgUriAs;
using fg::gis::test::ScratchSchema;

namespace {

ProjectLocation as(const ScratchSchema &schema, const QString &login)
{
    return ProjectLocation::parse(pgUriAs(schema.uri(), login) + QStringLiteral("?schema=") + schema.name());
}

fg::gis::IncidentRecord incidentIn(const fg::gis::ProjectStore &store, const QString &id, const QString &township)
{
    // A shape of the county (copied from a stored incident), the township as recorded.
    fg::gis::IncidentRecord record;
    record.id = id;
    record.township = township;
    record.discoveryDate = QDate(2024, 5, 1);
    record.geometry = fg::gis::cloneGeometry(store.incidents(true).front().geometry.get());
    return record;
}

QStringList townshipsOf(const std::vector<fg::gis::IncidentRecord> &incidents)
{
    QStringList result;
    for (const auto &incident : incidents)
        if (!result.contains(incident.township))
            result << incident.township;
    return result;
}

} // namespace

TEST_CASE("Through the store a township, a department and the bureau each reach exactly their records", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation owner = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")));
    const QString longxi = schema.login(QStringLiteral("longxi")), shicheng = schema.login(QStringLiteral("shicheng")),
                  police = schema.login(QStringLiteral("police"));
    ProjectStores::grant(owner, { ProjectGrant::Kind::Township, longxi, QStringLiteral("龙溪镇"), {} });
    ProjectStores::grant(owner, { ProjectGrant::Kind::Township, shicheng, QStringLiteral("石城镇"), {} });
    ProjectStores::grant(owner, { ProjectGrant::Kind::Department, police, {}, QStringLiteral("public_security") });

    auto bureau = ProjectStores::open(owner, { QStringLiteral("赵分析"), QStringLiteral("bureau") });
    auto township = ProjectStores::open(as(schema, longxi), { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") });
    auto other = ProjectStores::open(as(schema, shicheng), { QStringLiteral("王石城"), QStringLiteral("乡镇国土所") });
    auto department = ProjectStores::open(as(schema, police), { QStringLiteral("公安刘"), QStringLiteral("公安") });
    CHECK(township->rights().scope == StoreRights::Scope::Township);
    CHECK(department->rights().scope == StoreRights::Scope::Department);

    const std::size_t all = bureau->incidents().size();
    REQUIRE(townshipsOf(bureau->incidents()).size() > 2);
    CHECK(townshipsOf(township->incidents()) == QStringList { QStringLiteral("龙溪镇") });
    CHECK(township->incidents().size() < all);

    // Its own township's incident: recorded, with its event in the one chain.
    const qint64 fid = township->addIncident(incidentIn(*bureau, QStringLiteral("LX-1"), QStringLiteral("龙溪镇")), {});
    CHECK(fid > 0);
    CHECK(bureau->incidents().size() == all + 1);
    const auto head = bureau->logHead();

    // Another township's: refused, nothing written, the chain not moved.
    CHECK_THROWS_AS(township->addIncident(incidentIn(*bureau, QStringLiteral("SC-1"), QStringLiteral("石城镇")), {}),
        fg::core::PermissionDenied);
    CHECK(bureau->incidents().size() == all + 1);
    CHECK(bureau->logHead()->seq == head->seq);
    CHECK_THROWS_AS(township->setSetting(QStringLiteral("x"), QStringLiteral("y")), fg::core::PermissionDenied);
    CHECK(bureau->setting(QStringLiteral("x")).isNull());
    CHECK_THROWS_AS(township->verifyLog(), fg::core::PermissionDenied);

    // The other township does not see it.
    bool seen = false;
    for (const auto &incident : other->incidents())
        seen = seen || incident.id == QStringLiteral("LX-1");
    CHECK_FALSE(seen);

    // The bureau opens a case on it and transfers it to 公安; 公安 sees that case and replies once.
    fg::core::CaseStep clue;
    clue.when = QDateTime::currentDateTimeUtc();
    clue.actor = { QStringLiteral("赵分析"), QStringLiteral("bureau") };
    fg::core::CaseFile file(QStringLiteral("AJ-LX-1"), clue);
    file.setIncidentIds({ QStringLiteral("LX-1") });
    bureau->openCase(file);
    const QStringList policeBefore = [&] {
        QStringList ids;
        for (const auto &c : department->cases())
            ids << c.id();
        return ids;
    }();
    CHECK_FALSE(policeBefore.contains(QStringLiteral("AJ-LX-1")));
    fg::core::CaseTransfer transfer;
    transfer.id = QStringLiteral("T1");
    transfer.department = fg::core::Department::PublicSecurity;
    transfer.sentAt = QDateTime::currentDateTimeUtc();
    transfer.sentBy = clue.actor;
    bureau->addTransfer(QStringLiteral("AJ-LX-1"), transfer, bureau->caseFile(QStringLiteral("AJ-LX-1"))->revision());
    CHECK(department->cases().size() == policeBefore.size() + 1);
    CHECK(other->caseFile(QStringLiteral("AJ-LX-1")) == std::nullopt);
    CHECK(township->caseFile(QStringLiteral("AJ-LX-1")).has_value());
    department->recordTransferReply(QStringLiteral("AJ-LX-1"), QStringLiteral("T1"), QStringLiteral("已立案侦查"),
        QDateTime::currentDateTimeUtc());
    CHECK(bureau->caseFile(QStringLiteral("AJ-LX-1"))->transfers().front().reply == QStringLiteral("已立案侦查"));
    const auto afterReply = bureau->logHead();
    CHECK_THROWS_AS(department->recordTransferReply(QStringLiteral("AJ-LX-1"), QStringLiteral("T1"), QStringLiteral("改"),
                        QDateTime::currentDateTimeUtc()),
        fg::core::InputError);
    fg::gis::CaseFacts facts;
    facts.declaredMajor = true;
    CHECK_THROWS_AS(department->setCaseFacts(QStringLiteral("AJ-LX-1"), facts, fg::gis::kAnyRevision),
        fg::core::PermissionDenied);
    CHECK_FALSE(bureau->caseFile(QStringLiteral("AJ-LX-1"))->declaredMajor());
    CHECK(bureau->logHead()->seq == afterReply->seq);
    CHECK(bureau->verifyLog().intact());
}

TEST_CASE("A refused write names the login, the record and what the login may do", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation owner = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")));
    const QString longxi = schema.login(QStringLiteral("longxi"));
    ProjectStores::grant(owner, { ProjectGrant::Kind::Township, longxi, QStringLiteral("龙溪镇"), {} });
    auto township = ProjectStores::open(as(schema, longxi), { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") });
    try {
        township->addIncident(incidentIn(*township, QStringLiteral("SC-9"), QStringLiteral("石城镇")), {});
        FAIL("another township's incident was accepted");
    } catch (const fg::core::PermissionDenied &error) {
        const QString message = error.message();
        CHECK(message.contains(longxi));
        CHECK(message.contains(QStringLiteral("incidents")));
        CHECK(message.contains(QStringLiteral("龙溪镇")));
        CHECK(message.contains(QStringLiteral("nothing was changed")));
    }
    CHECK_THROWS_AS(ProjectStores::grant(as(schema, longxi), { ProjectGrant::Kind::Bureau, longxi, {}, {} }),
        fg::core::PermissionDenied); // a township cannot raise itself
    CHECK(township->rights().scope == StoreRights::Scope::Township);
}

TEST_CASE("A bureau login that does not own the project writes every kind of record", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    QTemporaryDir dir;
    const ProjectLocation owner = fg::gis::test::samplePostgis(schema, dir.filePath(QStringLiteral("county.gpkg")));
    const QString analyst = schema.login(QStringLiteral("analyst"));
    ProjectStores::grant(owner, { ProjectGrant::Kind::Bureau, analyst, {}, {} });
    auto bureau = ProjectStores::open(as(schema, analyst), { QStringLiteral("赵分析"), QStringLiteral("县局") });
    REQUIRE(bureau->rights().scope == StoreRights::Scope::All);
    const qint64 head = bureau->logHead()->seq;
    bureau->setSetting(QStringLiteral("note"), QStringLiteral("x"));
    bureau->addAttachment(QStringLiteral("a.txt"), QStringLiteral("text/plain"), QByteArray("bytes"));
    bureau->addIncident(incidentIn(*bureau, QStringLiteral("B-1"), QStringLiteral("石城镇")), {});
    fg::core::CaseStep clue;
    clue.when = QDateTime::currentDateTimeUtc();
    clue.actor = { QStringLiteral("赵分析"), QStringLiteral("县局") };
    fg::core::CaseFile file(QStringLiteral("AJ-B-1"), clue);
    file.setIncidentIds({ QStringLiteral("B-1") });
    bureau->openCase(file);
    bureau->addAccountability(QStringLiteral("AJ-B-1"), { QStringLiteral("某"), QStringLiteral("诫勉"), QDate(2024, 6, 1), fg::core::AccountabilityOrgan::DisciplineInspection, QString() },
        fg::gis::kAnyRevision);
    fg::gis::PatrolRecords &patrol = bureau->patrol();
    REQUIRE(patrol.hasGrid());
    patrol.replaceGrid(patrol.grid(), {}); // deletes and rewrites grid_cells
    CHECK(bureau->logHead()->seq > head + 5);
    CHECK(bureau->verifyLog().intact());
}
