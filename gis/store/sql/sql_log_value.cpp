// SPDX-License-Identifier: MIT
// The audit log's values: canonical text and the value it reads back as, without the parse
// where the value provably survives it (an import appends two events per incident).
#include "gis/store/sql/sql_log_value_p.h"

#include "core/cases/canonical_json.h"
#include "gis/store/sql/sql_log_read_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <cmath>
#include <utility>

namespace fg::gis::sql_log {

namespace {

bool isNonCharacter(char32_t code)
{
    return (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
}

/// UTF-16 whose UTF-8 Qt's JSON reader decodes to the same units: surrogates only in pairs
/// (a lone one is written as U+FFFD), no noncharacters (left to the parse rather than relying
/// on the reader accepting them).
bool stringRoundTrips(const QString &text)
{
    const qsizetype size = text.size();
    const QChar *units = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i].unicode();
        if (unit < 0xD800 || unit > 0xDFFF) {
            if (unit >= 0xFDD0 && isNonCharacter(unit))
                return false;
            continue;
        }
        if (unit > 0xDBFF || i + 1 == size || !units[i + 1].isLowSurrogate())
            return false;
        if (isNonCharacter(QChar::surrogateToUcs4(unit, units[i + 1].unicode())))
            return false;
        ++i;
    }
    return true;
}

bool numberRoundTrips(const QJsonValue &value)
{
    // An integer is written as its digits and read back as that qint64. A double that is not
    // whole is written in shortest round-trip form (always with a '.' or an exponent, since it
    // is below 2^52 in magnitude) and read back as the same double. A whole double is written
    // as digits and read back as an integer: a different value, left to the parse.
    if (value.toVariant().typeId() == QMetaType::LongLong)
        return true;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) != number;
}

bool objectRoundTrips(const QJsonObject &object)
{
    QString previous;
    bool first = true;
    for (auto member = object.constBegin(); member != object.constEnd(); ++member) {
        QString key = member.key();
        // Strictly increasing keys: none held twice, which the reader would fold into one.
        if ((!first && !(previous < key)) || !stringRoundTrips(key) || !roundTrips(member.value()))
            return false;
        previous = std::move(key);
        first = false;
    }
    return true;
}

} // namespace

bool roundTrips(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Bool:
        return true;
    case QJsonValue::Double:
        return numberRoundTrips(value);
    case QJsonValue::String:
        return stringRoundTrips(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue element : array) {
            if (!roundTrips(element))
                return false;
        }
        return true;
    }
    case QJsonValue::Object:
        return objectRoundTrips(value.toObject());
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

LoggedValue loggedValue(const QJsonValue &value)
{
    if (roundTrips(value))
        return { value, core::CanonicalJson::serialize(value) };
    // Read back as the open check reads a stored value (sql_log_read).
    const QJsonValue parsed = parsedValue(QString::fromUtf8(core::CanonicalJson::serialize(value)));
    return { parsed, core::CanonicalJson::serialize(parsed) };
}

} // namespace fg::gis::sql_log
