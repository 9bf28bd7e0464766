// SPDX-License-Identifier: MIT
#include "core/patrol/officer_assignment.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

PatrolCell cell(const char *id, const char *township, const char *village, double x, double y)
{
    PatrolCell c;
    c.id = QString::fromLatin1(id);
    c.township = QString::fromLatin1(township);
    c.village = QString::fromLatin1(village);
    c.centroid = QPointF(x, y);
    return c;
}

Officer officer(const char *name, const char *township, double x, double y)
{
    Officer o;
    o.name = QString::fromLatin1(name);
    o.township = QString::fromLatin1(township);
    o.base = QPointF(x, y);
    return o;
}

} // namespace

TEST_CASE("The default team is one officer per township based at the cell nearest its cells' mean", "[patrol][officers]")
{
    const std::vector<PatrolCell> cells { cell("a1", "A", "", 0, 0), cell("a2", "A", "", 1000, 0),
        cell("a3", "A", "", 2000, 0), cell("b1", "B", "", 5000, 5000) };
    const auto team = OfficerAssignment::defaultTeam(cells, [](const QString &t) { return t + QStringLiteral(" officer"); });
    REQUIRE(team.size() == 2);
    CHECK(team[0].name == QStringLiteral("A officer"));
    CHECK(team[0].township == QStringLiteral("A"));
    CHECK(team[0].base == QPointF(1000, 0)); // the mean is (1000, 0): its own cell
    CHECK(team[0].cellIds.isEmpty());
    CHECK(team[1].base == QPointF(5000, 5000));
}

TEST_CASE("Each cell goes to the nearest officer of its township, village cells stay with the village's officer",
    "[patrol][officers]")
{
    const std::vector<PatrolCell> cells { cell("a1", "A", "v1", 0, 0), cell("a2", "A", "v1", 900, 0),
        cell("a3", "A", "v2", 2000, 0), cell("a4", "A", "v3", 3000, 0), cell("b1", "B", "", 0, 0),
        cell("c1", "C", "", 0, 0) };
    const std::vector<Officer> team { officer("west", "A", 0, 0), officer("east", "A", 3000, 0), officer("b", "B", 9, 9) };
    auto assigned = OfficerAssignment::assign(cells, team);
    CHECK(assigned.value(QStringLiteral("west")) == (QStringList { QStringLiteral("a1"), QStringLiteral("a2") }));
    CHECK(assigned.value(QStringLiteral("east")) == (QStringList { QStringLiteral("a3"), QStringLiteral("a4") }));
    CHECK(assigned.value(QStringLiteral("b")) == QStringList { QStringLiteral("b1") });
    CHECK_FALSE(assigned.contains(QStringLiteral("c"))); // township C has no officer: c1 goes to nobody

    // v2 was given to "west": its cell stays his through the village, nobody gets it one by one.
    assigned = OfficerAssignment::assign(cells, team, { { QStringLiteral("west"), { QStringLiteral("v2") } } });
    CHECK(assigned.value(QStringLiteral("west")) == (QStringList { QStringLiteral("a1"), QStringLiteral("a2") }));
    CHECK(assigned.value(QStringLiteral("east")) == QStringList { QStringLiteral("a4") });
}
