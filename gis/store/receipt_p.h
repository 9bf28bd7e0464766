// SPDX-License-Identifier: MIT
// Private to gis/store: the receipt every backend's seal() starts from.
#pragma once

#include "core/cases/log_receipt.h"

namespace fg::gis {

class ProjectStore;

/// A receipt of @p head (with @p events in the log and @p chainKeyId) for @p store's project,
/// sealed now by its operator with this FarmGuard's version; signed with @p signingKey if given.
core::LogReceipt receiptFor(const ProjectStore &store, const core::ChainAnchor &head, qint64 events,
    const QString &chainKeyId, const std::optional<core::LogKey> &signingKey);

} // namespace fg::gis
