// SPDX-License-Identifier: MIT
// Private to gis/store: the schema versions whose tables or columns the store's shared code asks
// about (an older shared project may not have them yet).
#pragma once

namespace fg::gis {

/// The first schema version with each part of the record; SqlProjectStore derives from it, so
/// its code and the backends' migrations name them as SqlProjectStore::k….
struct SqlSchemaSteps
{
    /// The first schema version with the receipts table.
    static constexpr int kReceiptsVersion = 6;
    /// The first schema version with accountability.organ/document_no, cases.declared_major_at
    /// and case_events.joint_acceptor (issue 12).
    static constexpr int kCaseRecordsVersion = 7;
    /// Incidents keep the party's ID number and the net-of-田坎 figures from this version.
    static constexpr int kIncidentIdentityVersion = 8;
    /// The approvals layer (issue 16 item 1) from this version.
    static constexpr int kApprovalsVersion = 9;
    /// Township targets and measures (issue 16 item 3) from this version.
    static constexpr int kTownshipTargetsVersion = 10;
    /// Each reference layer's content hash fixed when it was written (layer_hashes, logged) from
    /// this version.
    static constexpr int kLayerHashesVersion = 11;
};

} // namespace fg::gis
