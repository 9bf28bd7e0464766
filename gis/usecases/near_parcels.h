// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"
#include "gis/store/store_types.h"
#include "gis/usecases/approval_cover.h"

namespace fg::gis {

class ProjectStore;

/// The project's basic-farmland and land-use parcels and approvals near a FeatureQuery, as one
/// job read them through the store: the import reads them once for its measurer and hands them
/// to the re-judging in the same edit (ProjectAnalysisOptions::parcels) instead of reading the
/// same rows again (docs/design/import-reuse.md).
struct NearParcels
{
    FeatureQuery query; ///< what was read
    VectorLayer basicFarmland; ///< the parcels meeting `query` (fid order, indexed); empty when absent
    VectorLayer landUse; ///< the same for the land-use layer
    ApprovalCover approvals; ///< the approvals whose boxes meet `query`
    bool bothLayers = false; ///< the project has both layers (an analysis refuses a project without)

    /// Reads what meets @p query; a layer missing from @p present (the store's
    /// referenceLayers()) is left empty (bothLayers false).
    static NearParcels read(
        const ProjectStore &store, const std::vector<ReferenceLayerInfo> &present, const FeatureQuery &query);

    /// Reading @p query now would give these very rows: both layers were read, and @p query
    /// selects by the same boxes (compared exactly, as a set: order and repeats do not change
    /// what the store returns) and the same fids. Holds only while nobody writes parcels or
    /// approvals meanwhile: within the one edit of the job that read them.
    bool answers(const FeatureQuery &query) const;
};

} // namespace fg::gis
