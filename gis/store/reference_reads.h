// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"
#include "gis/store/store_types.h"

#include <QStringList>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// ProjectStore::readReference() of each of @p tables with the same @p query, in that order:
/// the same layers, and the same first error, as one call after the other. A GeoPackage store
/// reads every table but the first on a read-only connection of its own, on a thread of its own,
/// beside the first on the caller's thread (SqlProjectStore::readReferences,
/// docs/design/reference-readers.md); any other store, or one inside an edit, reads them in turn.
/// @p progress runs from 0 to 1 on the caller's thread; false cancels (ReadCancelled).
std::vector<VectorLayer> readReferences(const ProjectStore &store, const QStringList &tables,
    const FeatureQuery &query = {}, const StoreProgress &progress = {});

/// readReferences() one table after the other through readReference(), the progress split evenly.
std::vector<VectorLayer> readReferencesInTurn(const ProjectStore &store, const QStringList &tables,
    const FeatureQuery &query = {}, const StoreProgress &progress = {});

} // namespace fg::gis
