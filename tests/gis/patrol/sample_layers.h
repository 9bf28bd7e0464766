// SPDX-License-Identifier: MIT
// The sample county's layers, read once per test run (the land-use layer has 2508 parcels).
#pragma once

#include "gis/io/layer_reader.h"

#include <QString>

namespace fg::test {

struct SampleLayers
{
    gis::VectorLayer townships;
    gis::VectorLayer villages;
    gis::VectorLayer landUse;
    gis::VectorLayer basicFarmland;
    gis::VectorLayer incidents;
};

inline const SampleLayers &sampleLayers()
{
    static const SampleLayers layers = [] {
        auto read = [](const char *name) {
            return gis::readLayer(QStringLiteral(FG_SAMPLE_DIR "/%1.shp").arg(QLatin1String(name)));
        };
        SampleLayers l { read("townships"), read("villages"), read("landuse"), read("basic_farmland"),
            read("incidents") };
        for (const gis::VectorLayer *layer :
            { &l.townships, &l.villages, &l.landUse, &l.basicFarmland, &l.incidents })
            layer->buildIndex();
        return l;
    }();
    return layers;
}

} // namespace fg::test
