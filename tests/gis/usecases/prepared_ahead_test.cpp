// SPDX-License-Identifier: MIT
// Issue 15 (import11): the import's writes take each incident's JSON prepared on a second thread.
#include "gis/geos_context.h"
#include "gis/usecases/prepared_ahead.h"

#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

GeosGeometryPtr square(double x)
{
    return fromWkt(QStringLiteral("POLYGON((%1 0,%2 0,%2 10,%1 10,%1 0))").arg(x).arg(x + 10));
}

/// @p n incidents J-0…, each over its own square, every other with its clue case.
PreparedAhead::Incidents incidents(int n)
{
    PreparedAhead::Incidents result;
    for (int k = 0; k < n; ++k) {
        IncidentRecord incident;
        incident.id = QStringLiteral("J-%1").arg(k);
        incident.party = QStringLiteral("李四");
        incident.discoveryDate = QDate(2024, 5, 1 + k % 28);
        incident.geometry = square(20.0 * k);
        std::optional<core::CaseFile> clue;
        if (k % 2 == 0) {
            core::CaseStep step;
            step.when = QDateTime(incident.discoveryDate, QTime(9, 0));
            step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
            clue = core::CaseFile(QStringLiteral("C-%1").arg(k), step);
            clue->setIncidentIds({ incident.id });
        }
        result.emplace_back(std::move(incident), std::move(clue));
    }
    return result;
}

} // namespace

TEST_CASE("Incidents prepared ahead come in order and equal prepareIncident on the calling thread",
    "[usecases][import]")
{
    const PreparedAhead::Incidents all = incidents(200);
    PreparedAhead ahead(all);
    for (size_t i = 0; i < all.size(); ++i) {
        const PreparedIncident expected = prepareIncident(all[i].first, all[i].second);
        const PreparedIncident &got = ahead.at(i);
        CHECK(got.incidentId == all[i].first.id);
        CHECK(got.created == expected.created);
        REQUIRE(got.caseOpened.has_value() == all[i].second.has_value());
        if (got.caseOpened) {
            CHECK(got.caseOpened->text == expected.caseOpened->text);
            CHECK(got.caseOpened->value == expected.caseOpened->value);
        }
    }
    CHECK_THROWS_AS(ahead.at(all.size()), std::out_of_range);
}

TEST_CASE(
    "A preparation that fails is thrown at its own incident, after the ones before it", "[usecases][import]")
{
    const PreparedAhead::Incidents all = incidents(10);
    PreparedAhead ahead(all, [](const IncidentRecord &incident, const std::optional<core::CaseFile> &clue) {
        if (incident.id == QLatin1String("J-6"))
            throw std::runtime_error("J-6 cannot be prepared");
        return prepareIncident(incident, clue);
    });
    for (size_t i = 0; i < 6; ++i)
        CHECK(ahead.at(i).incidentId == all[i].first.id);
    CHECK_THROWS_WITH(ahead.at(6), "J-6 cannot be prepared");
}

TEST_CASE("Prepared ahead, given up in the middle (a cancelled import), stops without preparing the rest",
    "[usecases][import]")
{
    const PreparedAhead::Incidents all = incidents(400);
    std::atomic<int> prepared { 0 };
    {
        PreparedAhead ahead(
            all, [&](const IncidentRecord &incident, const std::optional<core::CaseFile> &clue) {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                ++prepared;
                return prepareIncident(incident, clue);
            });
        CHECK(ahead.at(0).incidentId == QStringLiteral("J-0"));
    } // the writes stop here: the destructor waits for the incident in hand only
    CHECK(prepared >= 1);
    CHECK(prepared < 400);
    const int stopped = prepared;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(prepared == stopped); // no thread left running
}

TEST_CASE("Nothing to prepare starts no thread and gives nothing", "[usecases][import]")
{
    const PreparedAhead::Incidents none;
    PreparedAhead ahead(none);
    CHECK_THROWS_AS(ahead.at(0), std::out_of_range);
}
