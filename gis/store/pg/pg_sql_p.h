// SPDX-License-Identifier: MIT
// Private to gis/store/pg: small helpers shared by the schema, rights and layer code.
#pragma once

#include "gis/io/vector_layer.h"

#include <QString>

namespace fg::gis {

class PgConnection;

/// Expands the DDL tokens of @p sql for the connection's schema: {S} (the schema, quoted),
/// {SCHEMA} (its name as a string literal), {CHANNEL} (the log's notification channel as a
/// literal), {BUREAU} / {TOWNSHIP} / {DEPARTMENT} (the group roles, quoted), {SRID}.
/// Only identifiers the server quoted and validated names go in: never a user's value.
QString pgExpand(const PgConnection &connection, QString sql, int srid = 0);
/// The group role of @p kind ("bureau", "township", "department") for @p schema.
QString pgGroupRole(const QString &schema, const QString &kind);

/// float8 input text that reads back to exactly @p value (shortest form; -0, NaN, infinities).
QByteArray pgFloat8Text(double value);

/// The column type of a reference layer field.
QString pgFieldType(FieldType type);
/// The FieldType of a column from information_schema's data_type and domain_name.
FieldType pgFieldTypeFrom(const QString &dataType, const QString &domain);

} // namespace fg::gis
