// SPDX-License-Identifier: MIT
// Private to gis/store: a value as the audit log stores and hashes it (SqlProjectStore::appendEvent).
#pragma once

#include "gis/store/prepared_incident.h"

#include <QByteArray>
#include <QJsonValue>

namespace fg::gis::sql_log {

/// A value of an audit event as the log keeps it: @c text is its canonical JSON, stored in
/// event_log and hashed; @c value is what reading @c text back gives (the sealed event's value).
using LoggedValue = LoggedJson;

/// The log's round-trip rule, unchanged: the value serialised to canonical JSON, parsed back and
/// serialised again, so what is stored always reads back as what was hashed (-0.0, undefined,
/// a lone surrogate, a key held twice all come out as their canonical reading). The parse is
/// skipped when roundTrips(@p value) proves it gives @p value back; the bytes are the same
/// either way. Pure and thread-safe.
LoggedValue loggedValue(const QJsonValue &value);

/// True when parsing CanonicalJson::serialize(@p value) gives @p value back, type for type, so
/// serialising that again gives the same text: null, booleans, integers held as integers,
/// finite doubles that are not whole (the shortest round-trip text reads back as the same
/// double), strings of well-formed UTF-16 without noncharacters, and arrays and objects of
/// those whose keys are such strings in strictly increasing order (no key held twice). False
/// for everything else (-0.0 and other whole doubles, which read back as integers; non-finite
/// numbers; undefined) — those take the parse. Conservative: false never changes a result.
bool roundTrips(const QJsonValue &value);

} // namespace fg::gis::sql_log
