// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/designed_case.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace fg::gis {

/// What one generation wrote.
struct SampleSummary
{
    struct LayerCount
    {
        QString name;
        int features = 0;
    };
    std::vector<LayerCount> layers;
    std::vector<DesignedCase> cases;
    QStringList files; ///< absolute paths of the files written
};

/// Generates the sample county (data/sample/): townships, villages, 三调 land-use parcels,
/// permanent basic farmland with real-world flaws, and incidents including the designed
/// threshold cases — all in EPSG:4547 over Pingshun County. The same seed gives the same
/// features (own PRNG, fixed iteration order, no clock or locale), and the same bytes in the
/// shapefiles. Not thread-safe per instance; uses the calling thread's GEOS and PROJ contexts.
class SampleGenerator
{
public:
    static constexpr std::uint64_t kDefaultSeed = 2023; ///< the committed sample's seed
    static constexpr int kWorkingEpsg = 4547; ///< CGCS2000 / 3-degree GK CM 114E

    explicit SampleGenerator(std::uint64_t seed = kDefaultSeed);

    /// Writes townships/villages/landuse/basic_farmland/incidents .shp (GBK, no .cpg) and
    /// pingshun_sample.gpkg into `dir` (created if needed), replacing files of those names.
    /// Throws core::InputError when the directory or a file cannot be written, and
    /// std::runtime_error when this seed cannot place a design (try another seed).
    SampleSummary generate(const QString &dir) const;

    /// The file names generate() writes, without directory.
    static QStringList layerNames();
    static QString geoPackageName();

private:
    std::uint64_t m_seed;
};

} // namespace fg::gis
