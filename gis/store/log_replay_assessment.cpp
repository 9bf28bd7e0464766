// SPDX-License-Identifier: MIT
// LogReplay: township targets and measures (schema 10) from their events.
#include "gis/store/log_replay_p.h"

namespace fg::gis::log_replay {

void Replayer::targetEvent(const core::AuditEvent &event)
{
    if (event.action != QLatin1String("set"))
        return;
    const QJsonObject target = event.newValue.toObject();
    DataRows::Fields &row = rows.row(QStringLiteral("township_targets"), event.entityId);
    for (const char *field : { "cultivated_m2", "basic_farmland_m2", "unit" })
        row[QLatin1String(field)] = text(target.value(QLatin1String(field)));
    row[QStringLiteral("set_at")] = event.when;
    row[QStringLiteral("set_by")] = event.who;
}

void Replayer::measureEvent(const core::AuditEvent &event)
{
    if (event.action != QLatin1String("add"))
        return;
    const QJsonObject measure = event.newValue.toObject();
    DataRows::Fields &row = rows.row(QStringLiteral("township_measures"), event.entityId);
    for (const char *field : { "township", "kind", "issued_by", "document_no", "note" })
        row[QLatin1String(field)] = text(measure.value(QLatin1String(field)));
    row[QStringLiteral("measure_date")] = text(measure.value(QStringLiteral("date")));
    row[QStringLiteral("recorded_at")] = event.when;
    row[QStringLiteral("recorded_by")] = event.who;
}

} // namespace fg::gis::log_replay
