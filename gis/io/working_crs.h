// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace fg::gis {

class VectorLayer;

/// The CRS all layers of one analysis are brought into, and why it was chosen.
struct WorkingCrsChoice
{
    int epsg = 0; ///< a CGCS2000 3-degree Gauss-Krüger zone, EPSG:4513–4554
    QString how; ///< human-readable reason (zone, centre longitude, family, override)
};

/// Chooses the CGCS2000 3° Gauss-Krüger zone that contains the layers: EPSG:4513–4533 (zone number
/// prefixed to the easting) or EPSG:4534–4554 (central meridian only). Prefers the family the input
/// layers already use; geographic or foreign input gets the CM-only family. When the data spans
/// several zones the zone of the centre of their joint extent is used and `how` says so.
/// overrideCrs ("EPSG:4547" or "4547"), when not empty, wins but must name one of those zones.
/// Layers without features are ignored. Throws core::InputError naming the layer's file when a layer's
/// CRS is unknown, when nothing can be located, or when the override is not such a zone.
/// Thread-safe (uses the calling thread's PROJ context).
WorkingCrsChoice chooseWorkingCrs(const std::vector<const VectorLayer *> &layers, const QString &overrideCrs);

/// Reprojects every geometry of the layer into EPSG:workingEpsg through PROJ (the calling thread's
/// context, axis order normalised to east/north), then sets layer.crs to the working CRS (its `how`
/// keeps where the source CRS came from). Appends a warning to layer.warnings when PROJ can only
/// approximate the datum change (e.g. Xian 1980 or Beijing 1954 to CGCS2000 without parameters),
/// with the size of error to expect. A no-op when the layer is already in the working CRS.
/// Throws core::InputError (naming layer.sourcePath) when the layer's CRS is unknown or a feature
/// cannot be transformed. The spatial index is invalidated.
void transformToWorkingCrs(VectorLayer &layer, int workingEpsg);

/// Parses "EPSG:4547", "epsg:4547" or "4547"; returns 0 when the text is not such a code.
int parseEpsgCode(const QString &text);

/// True for the CGCS2000 3° Gauss-Krüger zones, EPSG:4513–4554.
bool isCgcs2000GaussKrugerZone(int epsg);

/// The CRS name for people reading the UI language: PROJ's English names of the CGCS2000
/// Gauss-Krüger zones and of CGCS2000 itself come back translated ("CGCS2000 3度带高斯-克吕格投影
/// 中央经线 114°E"); any other name is returned unchanged.
QString displayCrsName(const QString &projName);

} // namespace fg::gis
