// SPDX-License-Identifier: MIT
#include "app/project/assessment_dialog.h"

#include "core/units.h"
#include "gis/store/assessment_records.h"
#include "support/memory_sample.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTest>

using fg::app::AssessmentDialog;

namespace {

int rowOf(const QTableWidget &table, const QString &township)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, AssessmentDialog::Township)->text() == township)
            return row;
    return -1;
}

/// Waits until the table was filled more than @p before times.
void waitFor(const AssessmentDialog &dialog, int before = 0)
{
    REQUIRE(QTest::qWaitFor([&dialog, before] { return dialog.fills() > before; }, 60000));
}

} // namespace

TEST_CASE("the assessment dialog lists every township, a shortfall in red, the vetoes and the measures",
    "[assessment][gui]")
{
    auto store = fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
    AssessmentDialog dialog(*store);
    dialog.show();
    waitFor(dialog);
    const QTableWidget &table = *dialog.table();
    REQUIRE(table.rowCount() == 8);
    // 西沟乡 is short of its basic-farmland target by 82.73 mu (see township_assessment_test.cpp).
    const int xigou = rowOf(table, QStringLiteral("西沟乡"));
    REQUIRE(xigou >= 0);
    const QTableWidgetItem *gap = table.item(xigou, AssessmentDialog::BasicGap);
    CHECK(gap->text() == QStringLiteral("-82.73"));
    CHECK(gap->foreground().color() == QColor(200, 0, 0));
    CHECK(table.item(xigou, AssessmentDialog::CultivatedGap)->foreground().color() != QColor(200, 0, 0));
    const int longxi = rowOf(table, QStringLiteral("龙溪镇"));
    REQUIRE(longxi >= 0);
    CHECK(table.item(longxi, AssessmentDialog::Veto)->text().contains(QStringLiteral("PS2024-005")));
    CHECK(table.item(longxi, AssessmentDialog::Measures)->text().contains(QStringLiteral("约谈")));
    // Fits a 1366×768 laptop.
    CHECK(dialog.width() <= 1366);
    CHECK(dialog.height() <= 700);
    CHECK(dialog.targetButton()->isEnabled());
}

TEST_CASE("the bureau sets a target in the dialog and the row follows, a township's login may not",
    "[assessment][gui]")
{
    auto store = fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
    AssessmentDialog dialog(*store);
    waitFor(dialog);
    const int row = rowOf(*dialog.table(), QStringLiteral("北耽车乡"));
    REQUIRE(row >= 0);
    const QString now = dialog.table()->item(row, AssessmentDialog::CultivatedNow)->text();
    fg::core::TownshipTarget target { QStringLiteral("北耽车乡"), dialog.assessment().year };
    target.cultivatedM2 = fg::core::muToSquareMetres(now.toDouble() + 1);
    const int fills = dialog.fills();
    REQUIRE(dialog.storeTarget(target));
    waitFor(dialog, fills);
    CHECK(dialog.table()->item(row, AssessmentDialog::CultivatedGap)->text() == QStringLiteral("-1.00"));
    CHECK(store->events().last().entity == QStringLiteral("township_target"));

    fg::gis::StoreRights rights;
    rights.scope = fg::gis::StoreRights::Scope::Township;
    rights.township = QStringLiteral("龙溪镇");
    fg::test::MemoryProjectStore town(
        store->project(), { QStringLiteral("张伟"), QStringLiteral("township") }, rights);
    AssessmentDialog townDialog(town);
    CHECK_FALSE(townDialog.targetButton()->isEnabled());
    CHECK_FALSE(townDialog.measureButton()->isEnabled());
    CHECK_FALSE(townDialog.targetButton()->toolTip().isEmpty());
}
