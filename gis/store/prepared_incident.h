// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace fg::gis {

struct IncidentRecord;

/// The audit log's form of a value: the value as hashed and its canonical text as stored.
struct LoggedJson
{
    QJsonValue value;
    QByteArray text;
};

/// What ProjectStore::addIncident() computes from an incident and its case alone, before any
/// row is written (docs/design/import-prepared-writes.md): the incident's create-event value but
/// its fid, and the case's open-event value in the log's form. Neither needs the store, so an
/// import prepares the next incidents on a second thread while the store writes one.
struct PreparedIncident
{
    QString incidentId; ///< the incident it was prepared for; addIncident refuses another
    QJsonObject
        created; ///< IncidentRecord::attributesJson() and geometry_sha256 (the fid is added at the write)
    std::optional<LoggedJson> caseOpened; ///< CaseJson::caseFile() as the log stores it; nullopt: no case
};

/// Prepares @p incident and @p openCase for addIncident(). Pure: reads nothing but its
/// arguments; thread-safe (any thread, the arguments unchanged meanwhile). Throws nothing for
/// input addIncident() refuses (no id, no polygon): the write refuses it, in order.
PreparedIncident prepareIncident(
    const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase);

} // namespace fg::gis
