// SPDX-License-Identifier: MIT
#include "app/patrol/officers_dialog.h"

#include "cli/sample_project.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QTableWidget>

namespace {

std::optional<fg::gis::PatrolOfficerRecord> officerNamed(const QString &project, const QString &name)
{
    const auto store = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project),
        { QStringLiteral("tester"), QStringLiteral("test") }, fg::gis::OpenMode::ReadOnly);
    for (const fg::gis::PatrolOfficerRecord &r : store->patrol().officers())
        if (r.officer.name == name)
            return r;
    return std::nullopt;
}

} // namespace

TEST_CASE("officers dialog adds and updates officers through the store; an unknown township is refused", "[patrol][officer]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const auto store
        = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project), { QStringLiteral("tester"), QStringLiteral("test") });
    fg::app::OfficersDialog dialog(*store);
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table);
    const int before = table->rowCount();
    REQUIRE(before == 3); // the sample's officers

    REQUIRE(dialog.saveOfficer(QStringLiteral("赵六"), QStringLiteral("石城镇"), 4, 0));
    CHECK(table->rowCount() == before + 1);
    const auto added = officerNamed(project, QStringLiteral("赵六"));
    REQUIRE(added);
    CHECK(added->officer.maxCellsPerDay == 4);
    CHECK_FALSE(added->officer.base.isNull()); // placed in its township, not at the origin

    const auto original = officerNamed(project, QStringLiteral("王明"));
    REQUIRE(original);
    REQUIRE(dialog.saveOfficer(QStringLiteral("王明"), QStringLiteral("石城镇"), 2, 15));
    const auto updated = officerNamed(project, QStringLiteral("王明"));
    CHECK(updated->officer.maxCellsPerDay == 2);
    CHECK(updated->officer.maxKmPerDay == 15);
    CHECK(updated->officer.cellIds == original->officer.cellIds); // kept
    CHECK(updated->officer.base == original->officer.base);
    CHECK(table->rowCount() == before + 1);

    CHECK_FALSE(dialog.saveOfficer(QStringLiteral("钱七"), QStringLiteral("无此镇"), 4, 0));
    CHECK(dialog.errorText().contains(QStringLiteral("无此镇")));
    CHECK_FALSE(dialog.saveOfficer(QStringLiteral("钱七"), QStringLiteral("石城镇"), 0, 0)); // no capacity
    CHECK_FALSE(officerNamed(project, QStringLiteral("钱七")));
    CHECK(table->rowCount() == before + 1);
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
}
