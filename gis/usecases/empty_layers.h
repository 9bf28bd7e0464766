// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::gis {

class VectorLayer;

/// @p layer was read whole and holds no feature: an empty file, or every feature skipped. A
/// layer read only near some boxes (VectorLayer::sourceExtent set) may hold none and still have
/// features elsewhere: not empty.
bool readWholeAndEmpty(const VectorLayer &layer);

/// The warning for a layer that holds no feature once read, naming @p path. Nothing else would
/// say so, and every area measured against such a layer is 0: an empty basic-farmland layer
/// flags no case, without a word, while its file looks well formed.
QString emptyLayerWarning(const QString &path);

} // namespace fg::gis
