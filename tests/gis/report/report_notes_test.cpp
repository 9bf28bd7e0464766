// SPDX-License-Identifier: MIT
#include "gis/report/report_notes.h"

#include "gis/io/vector_layer.h"

#include <catch2/catch.hpp>

using namespace fg::gis;

TEST_CASE("report notes name layers by role and print no path", "[report]")
{
    VectorLayer basic;
    basic.sourcePath = QStringLiteral("/tmp/county/基本农田.shp");
    basic.geometryCheck.repairedFids = { 673, 12 };
    basic.geometryCheck.emptyFids = { 5 };
    VectorLayer empty;
    const QStringList notes = ReportNotes::of({ { &basic, QStringLiteral("BASIC") }, { &empty, QStringLiteral("LAND") }, { nullptr, QStringLiteral("NONE") } },
        { QStringLiteral("/tmp/county/基本农田.shp: feature 3: invalid geometry repaired"),
            QStringLiteral("read /data/other/dltb.gpkg twice") });
    REQUIRE(notes.size() == 4);
    CHECK(notes[0].startsWith(QStringLiteral("BASIC")));
    CHECK(notes[0].contains(QStringLiteral("12, 673"))); // in order
    CHECK(notes[1].startsWith(QStringLiteral("BASIC")));
    CHECK(notes[1].contains(QStringLiteral("5")));
    CHECK(notes[2].startsWith(QStringLiteral("BASIC")));
    CHECK(notes[3] == QStringLiteral("read dltb.gpkg twice"));
    for (const QString &note : notes)
        CHECK_FALSE(note.contains(QLatin1String("/tmp")));
}
