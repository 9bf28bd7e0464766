// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <vector>

namespace fg::gis::sample {

struct SampleLayer;

/// Writes the sample layers as county offices deliver them, and as a GeoPackage.
/// All output is reproducible byte for byte (fixed header dates). Throws core::InputError
/// naming the file when it cannot be written. Thread affinity: any thread, one call at a time
/// per output path.
class SampleLayerWriter
{
public:
    /// EPSG code written into the .prj and the GeoPackage.
    explicit SampleLayerWriter(int epsg);

    /// DIR/<layer.name>.shp with GBK (CP936) attribute text, a .prj, no .cpg and DBF language
    /// driver id 0 — so readers must detect the encoding, as with real deliveries.
    void writeShapefile(const SampleLayer &layer, const QString &dir) const;
    /// One GeoPackage with a table per layer (UTF-8 text, MultiPolygon geometries).
    void writeGeoPackage(const std::vector<const SampleLayer *> &layers, const QString &path) const;

private:
    int m_epsg;
};

} // namespace fg::gis::sample
