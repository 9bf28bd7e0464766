// SPDX-License-Identifier: MIT
// gis/usecases on top of the store: the incidents map layer and a grid stored with its officers.
#include "../store/gpkg/store_fixture.h"

#include "gis/usecases/incident_layer.h"
#include "gis/usecases/project_grid.h"
#include "gis/store/patrol_records.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;

TEST_CASE("The incidents layer built from the store has the fields of the incidents table", "[project][layer]")
{
    SampleProjectFixture fixture;
    const VectorLayer layer = IncidentLayer::read(*fixture.store);
    REQUIRE(layer.featureCount() == 39);
    QStringList names;
    for (const FieldDefinition &field : layer.fields)
        names << field.name;
    CHECK(names
        == QString::fromLatin1("incident_id,source,discovery_date,township,village,party,violation_type,description,"
                               "area_m2,basic_farmland_m2,cultivated_m2,cultivated_outside_m2,basic_farmland_mu,"
                               "cultivated_mu,verdict,area_method")
               .split(QLatin1Char(',')));
    CHECK(layer.fields[2].type == FieldType::Date);
    CHECK(layer.crs.epsg == 4547);
    const int id = layer.fieldIndex(QStringLiteral("incident_id"));
    const int party = layer.fieldIndex(QStringLiteral("party"));
    const auto records = fixture.store->incidents();
    for (int row = 0; row < layer.featureCount(); ++row) {
        CHECK(layer.fid(row) == records[size_t(row)].fid);
        CHECK(layer.value(row, id).toString() == records[size_t(row)].id);
        CHECK(layer.value(row, party).toString() == records[size_t(row)].party);
    }
}

TEST_CASE("A grid made from the project is stored with each cell given to the nearest officer of its township",
    "[project][patrol]")
{
    SampleProjectFixture fixture(false);
    ProjectStore &store = *fixture.store;
    GridOptions options;
    options.cellSizeM = 2000;
    options.townships << QStringLiteral("石城镇");
    const PatrolGrid grid = ProjectGrid::build(store, options);
    REQUIRE(grid.cells.size() > 4);
    ProjectGrid::replace(store, grid);
    core::Officer near;
    near.name = QStringLiteral("王明");
    near.township = QStringLiteral("石城镇");
    near.maxCellsPerDay = 4;
    near.base = grid.cells.front().cell.centroid;
    core::Officer far = near;
    far.name = QStringLiteral("赵丽");
    far.base = grid.cells.back().cell.centroid;
    store.patrol().setOfficer(near);
    store.patrol().setOfficer(far, { grid.cells.back().cell.village });
    // Replacing the grid again reassigns: the first cell to 王明, 赵丽 keeps her village's cells only.
    ProjectGrid::replace(store, grid);
    const auto officers = store.patrol().officers();
    REQUIRE(officers.size() == 2);
    const auto &wang = officers[0].officer.name == near.name ? officers[0] : officers[1];
    const auto &zhao = officers[0].officer.name == near.name ? officers[1] : officers[0];
    CHECK(wang.officer.cellIds.contains(grid.cells.front().cell.id));
    for (const GridCell &g : grid.cells)
        if (g.cell.village == grid.cells.back().cell.village) {
            CHECK(zhao.officer.cellIds.contains(g.cell.id));
            CHECK_FALSE(wang.officer.cellIds.contains(g.cell.id));
        }
    const auto events = store.events();
    CHECK(events.last().entity == QLatin1String("patrol_officer"));
    CHECK(events.last().action == QLatin1String("reassign"));
}
