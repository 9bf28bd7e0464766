// SPDX-License-Identifier: MIT
#include "gis/store/log_replay.h"

#include "gis/store/log_replay_p.h"

#include <QJsonArray>

#include <cmath>

namespace fg::gis {

namespace {

const QString kNoRow = QStringLiteral("(none)");

} // namespace

QString DataFinding::message() const
{
    if (field.isEmpty() && stored == kNoRow)
        return tr("%1 %2: the log records this row but the table has none").arg(table, id);
    if (field.isEmpty())
        return tr("%1 %2: the table has this row but the log never recorded it").arg(table, id);
    return tr("%1 %2: %3 is '%4' but the log says '%5'").arg(table, id, field, stored, logged);
}

const DataRows::Fields *DataRows::find(const QString &table, const QString &id) const
{
    const auto found = m_rows.find({ table, id });
    return found == m_rows.end() ? nullptr : &found->second;
}

QString LogReplay::number(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

const QStringList &LogReplay::tables()
{
    static const QStringList kTables { QStringLiteral("incidents"), QStringLiteral("approvals"), QStringLiteral("cases"), QStringLiteral("case_events"),
        QStringLiteral("transfers"), QStringLiteral("accountability"), QStringLiteral("settings"),
        QStringLiteral("attachments"), QStringLiteral("township_targets"), QStringLiteral("township_measures"),
        QStringLiteral("layer_hashes") };
    return kTables;
}

DataRows LogReplay::derive(const QList<core::AuditEvent> &events)
{
    log_replay::Replayer replayer;
    for (const core::AuditEvent &event : events)
        replayer.apply(event);
    return std::move(replayer.rows);
}

namespace log_replay {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return LogReplay::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << text(item);
        return parts.join(QLatin1Char(','));
    }
    default:
        return QString();
    }
}

void Replayer::apply(const core::AuditEvent &event)
{
    if (event.entity == QLatin1String("incident")) {
        if (event.action == QLatin1String("create"))
            incidentCreate(event);
        else if (event.action == QLatin1String("geometry"))
            incidentGeometry(event);
    } else if (event.entity == QLatin1String("case")) {
        caseEvent(event);
    } else if (event.entity == QLatin1String("transfer")) {
        transferEvent(event);
    } else if (event.entity == QLatin1String("setting") && event.action == QLatin1String("update")) {
        rows.row(QStringLiteral("settings"), event.entityId)[QStringLiteral("value")] = text(event.newValue);
    } else if (event.entity == QLatin1String("attachment") && event.action == QLatin1String("add")) {
        const QJsonObject added = event.newValue.toObject();
        DataRows::Fields &row = rows.row(QStringLiteral("attachments"), event.entityId);
        for (const char *field : { "file_name", "media_type", "size" })
            row[QLatin1String(field)] = text(added.value(QLatin1String(field)));
        row[QStringLiteral("content_sha256")] = event.entityId;
    } else if (event.entity == QLatin1String("approval") && event.action == QLatin1String("add")) {
        approvalAdd(event);
    } else if (event.entity == QLatin1String("project")) {
        projectEvent(event);
    } else if (event.entity == QLatin1String("township_target")) {
        targetEvent(event);
    } else if (event.entity == QLatin1String("township_measure")) {
        measureEvent(event);
    } else if (event.entity == QLatin1String("layer") && event.action == QLatin1String("hash")) {
        // A reference layer's content hash, fixed once when it was written (schema 11).
        const QJsonObject hashed = event.newValue.toObject();
        DataRows::Fields &row = rows.row(QStringLiteral("layer_hashes"), event.entityId);
        for (const char *field : { "features", "sha256" })
            row[QLatin1String(field)] = text(hashed.value(QLatin1String(field)));
    }
}

void Replayer::projectEvent(const core::AuditEvent &event)
{
    const int version = event.newValue.toObject().value(QStringLiteral("schema_version")).toInt();
    if (version < 5)
        return;
    if (event.action == QLatin1String("migrate") && version == 5) {
        // Schema 5 gave every incident and case revision 1 and, as last changer, the operator of
        // its last event of its own ("incident" or "case").
        for (const auto &[key, fields] : rows.rows()) {
            Q_UNUSED(fields);
            if (key.first != QLatin1String("incidents") && key.first != QLatin1String("cases"))
                continue;
            DataRows::Fields &row = rows.row(key.first, key.second);
            row[QStringLiteral("revision")] = QStringLiteral("1");
            if (key.first == QLatin1String("cases"))
                row[QStringLiteral("changed_by")] = m_caseEventWho.value(key.second);
        }
    }
    m_revisions = true;
}

void Replayer::touchIncident(DataRows::Fields &row, const QString &who)
{
    row[QStringLiteral("revision")] = QString::number(row.value(QStringLiteral("revision")).toLongLong() + 1);
    row[QStringLiteral("changed_by")] = who;
}

void Replayer::setMeasures(DataRows::Fields &row, const QJsonObject &value)
{
    static const std::pair<const char *, const char *> kFigures[] = { { "area_m2", "area_m2" },
        { "basic_farmland_m2", "basic_farmland_m2" }, { "cultivated_m2", "cultivated_m2" },
        { "cultivated_outside_m2", "cultivated_outside_basic_farmland_m2" },
        { "basic_farmland_mu", "basic_farmland_mu" }, { "cultivated_mu", "cultivated_mu" } };
    const bool measured = value.contains(QStringLiteral("measures"));
    const QJsonObject m = value.value(QStringLiteral("measures")).toObject();
    for (const auto &[column, key] : kFigures)
        row[QLatin1String(column)] = measured ? text(m.value(QLatin1String(key))) : QString();
    row[QStringLiteral("verdict")] = !measured ? QString()
        : m.value(QStringLiteral("accountability")).toBool() ? QStringLiteral("accountability")
                                                              : QStringLiteral("below");
    row[QStringLiteral("area_method")] = measured ? m.value(QStringLiteral("method")).toString() : QString();
    // Net of 田坎 (schema 8), only when the land-use layer gave KCXS.
    row[QStringLiteral("cultivated_net_m2")] = text(m.value(QStringLiteral("cultivated_net_m2")));
    row[QStringLiteral("cultivated_outside_net_m2")] = text(m.value(QStringLiteral("cultivated_outside_basic_farmland_net_m2")));
}

void Replayer::incidentCreate(const core::AuditEvent &event)
{
    const QJsonObject created = event.newValue.toObject();
    DataRows::Fields &row = rows.row(QStringLiteral("incidents"), event.entityId);
    const qint64 fid = created.value(QStringLiteral("fid")).toInteger();
    row[QStringLiteral("fid")] = QString::number(fid);
    for (const char *field : { "source", "discovery_date", "township", "village", "party", "violation_type", "description",
             "party_id_number" })
        row[QLatin1String(field)] = text(created.value(QLatin1String(field)));
    setMeasures(row, created);
    row[QStringLiteral("geometry_sha256")] = created.value(QStringLiteral("geometry_sha256")).toString();
    row[QStringLiteral("revision")] = QStringLiteral("0");
    touchIncident(row, event.who);
    m_fids.insert(event.entityId, fid);
    m_townships.insert(fid, row.value(QStringLiteral("township")));
}

void Replayer::incidentGeometry(const core::AuditEvent &event)
{
    const QJsonObject after = event.newValue.toObject();
    DataRows::Fields &row = rows.row(QStringLiteral("incidents"), event.entityId);
    for (const char *field : { "township", "village" })
        row[QLatin1String(field)] = text(after.value(QLatin1String(field)));
    setMeasures(row, after);
    row[QStringLiteral("geometry_sha256")] = after.value(QStringLiteral("geometry_sha256")).toString();
    touchIncident(row, event.who);
    if (m_fids.contains(event.entityId))
        m_townships.insert(m_fids.value(event.entityId), row.value(QStringLiteral("township")));
}

} // namespace log_replay
} // namespace fg::gis
