// SPDX-License-Identifier: MIT
#include "app/patrol/officers_dialog.h"

#include "gis/store/patrol_records.h"
#include "support/memory_sample.h"

#include <catch2/catch.hpp>

#include <QTableWidget>

namespace {

std::optional<fg::gis::PatrolOfficerRecord> officerNamed(const fg::gis::ProjectStore &store, const QString &name)
{
    for (const fg::gis::PatrolOfficerRecord &r : store.patrol().officers())
        if (r.officer.name == name)
            return r;
    return std::nullopt;
}

} // namespace

TEST_CASE("officers dialog adds and updates officers through the store, an unknown township is refused", "[patrol][officer]")
{
    const auto store = fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime(),
        { QStringLiteral("tester"), QStringLiteral("test") });
    // What the dialog stored, read through another connection.
    const fg::test::MemoryProjectStore checker(store->project(), { QStringLiteral("checker"), QStringLiteral("test") });
    fg::app::OfficersDialog dialog(*store);
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table);
    const int before = table->rowCount();
    REQUIRE(before == 3); // the sample's officers

    REQUIRE(dialog.saveOfficer(QStringLiteral("赵六"), QStringLiteral("石城镇"), 4, 0));
    CHECK(table->rowCount() == before + 1);
    // 0 km a day is no limit, in words as the form says, never "0.0".
    const QList<QTableWidgetItem *> rows = table->findItems(QStringLiteral("赵六"), Qt::MatchExactly);
    REQUIRE(rows.size() == 1);
    CHECK(table->item(rows.front()->row(), 3)->text() == fg::app::OfficersDialog::tr("no limit"));
    CHECK(table->item(rows.front()->row(), 2)->text() == QStringLiteral("4"));
    const auto added = officerNamed(checker, QStringLiteral("赵六"));
    REQUIRE(added);
    CHECK(added->officer.maxCellsPerDay == 4);
    CHECK_FALSE(added->officer.base.isNull()); // placed in its township, not at the origin

    const auto original = officerNamed(checker, QStringLiteral("王明"));
    REQUIRE(original);
    REQUIRE(dialog.saveOfficer(QStringLiteral("王明"), QStringLiteral("石城镇"), 2, 15));
    const auto updated = officerNamed(checker, QStringLiteral("王明"));
    CHECK(updated->officer.maxCellsPerDay == 2);
    CHECK(updated->officer.maxKmPerDay == 15);
    CHECK(updated->officer.cellIds == original->officer.cellIds); // kept
    CHECK(updated->officer.base == original->officer.base);
    CHECK(table->rowCount() == before + 1);

    CHECK_FALSE(dialog.saveOfficer(QStringLiteral("钱七"), QStringLiteral("无此镇"), 4, 0));
    CHECK(dialog.errorText().contains(QStringLiteral("无此镇")));
    CHECK_FALSE(dialog.saveOfficer(QStringLiteral("钱七"), QStringLiteral("石城镇"), 0, 0)); // no capacity
    CHECK_FALSE(officerNamed(checker, QStringLiteral("钱七")));
    CHECK(table->rowCount() == before + 1);
    CHECK(checker.verifyLog().intact());
}
