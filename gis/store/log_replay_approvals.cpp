// SPDX-License-Identifier: MIT
// LogReplay: the approvals layer (schema 9) re-derived from its "approval" / "add" events.
#include "gis/store/log_replay_p.h"

namespace fg::gis::log_replay {

void Replayer::approvalAdd(const core::AuditEvent &event)
{
    const QJsonObject added = event.newValue.toObject();
    DataRows::Fields &row = rows.row(QStringLiteral("approvals"), event.entityId);
    row[QStringLiteral("fid")] = text(added.value(QStringLiteral("fid")));
    for (const char *field : { "kind", "approved_on", "valid_from", "valid_to", "approved_use", "township",
             "source", "geometry_sha256" })
        row[QLatin1String(field)] = text(added.value(QLatin1String(field)));
}

} // namespace fg::gis::log_replay
