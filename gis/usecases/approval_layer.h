// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"

namespace fg::gis {

class ProjectStore;

/// The project's approvals as a map layer (issue 16 item 1): table name "approvals", in the
/// working CRS, fields WH (文号), PZLX (kind, in the UI language), PZRQ (approval date), QSRQ
/// (first day covered), ZZRQ (last day, or a 临时用地's end date), PZYT (approved use), XZMC
/// (township): what identify shows and the style (gis::defaultStyleFor) recognises.
class ApprovalLayer
{
public:
    /// Reads every approval through the store. Throws core::InputError naming the project.
    static VectorLayer read(const ProjectStore &store);
};

} // namespace fg::gis
