// SPDX-License-Identifier: MIT
#include "core/rules.h"

#include "core/input_error.h"
#include "core/units.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fg::core {

namespace {

const QString kBasicKey = QStringLiteral("basic_farmland_mu");
const QString kCultivatedKey = QStringLiteral("cultivated_mu");
const QString kReadingKey = QStringLiteral("reading");
const QString kClassesKey = QStringLiteral("cultivated_classes");

// Rounded values are whole hundredths; the slack only absorbs the binary representation of
// a threshold such as 10.01, never a real hundredth.
constexpr double kComparisonSlack = 1e-9;

bool reaches(double roundedMu, double thresholdMu)
{
    return roundedMu >= thresholdMu - kComparisonSlack;
}

} // namespace

const char *readingName(Reading reading)
{
    return reading == Reading::Judicial ? "judicial" : "notice";
}

bool parseReading(const QString &text, Reading *reading)
{
    if (text == QLatin1String("notice"))
        *reading = Reading::Notice;
    else if (text == QLatin1String("judicial"))
        *reading = Reading::Judicial;
    else
        return false;
    return true;
}

Rules Rules::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, tr("cannot read the rules file: %1").arg(file.errorString()));
    return fromJson(file.readAll(), path);
}

Rules Rules::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw InputError(source,
            tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        throw InputError(source, tr("the rules file must hold one JSON object"));
    const QJsonObject object = doc.object();
    Rules rules;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == kBasicKey || key == kCultivatedKey) {
            if (!value.isDouble() || !(value.toDouble() > 0))
                throw InputError(source, tr("key \"%1\" must be a positive number of mu").arg(key));
            (key == kBasicKey ? rules.m_basicFarmlandMu : rules.m_cultivatedMu) = value.toDouble();
        } else if (key == kReadingKey) {
            if (!parseReading(value.toString(), &rules.m_reading))
                throw InputError(source, tr("key \"%1\" must be \"notice\" or \"judicial\"").arg(key));
        } else if (key == kClassesKey) {
            const QJsonArray codes = value.toArray();
            QStringList classes;
            for (const QJsonValue &code : codes)
                if (code.isString() && !code.toString().trimmed().isEmpty())
                    classes << code.toString().trimmed();
            if (!value.isArray() || codes.isEmpty() || classes.size() != codes.size())
                throw InputError(source, tr("key \"%1\" must be a non-empty array of class codes").arg(key));
            rules.m_cultivatedClasses = classes;
        } else {
            throw InputError(source,
                tr("unknown key \"%1\" (known: %2)")
                    .arg(key,
                        QStringList { kBasicKey, kCultivatedKey, kReadingKey, kClassesKey }.join(
                            QStringLiteral(", "))));
        }
    }
    return rules;
}

QByteArray Rules::toJson() const
{
    const QJsonObject object { { kBasicKey, m_basicFarmlandMu }, { kCultivatedKey, m_cultivatedMu },
        { kReadingKey, QString::fromLatin1(readingName(m_reading)) },
        { kClassesKey, QJsonArray::fromStringList(m_cultivatedClasses) } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool Rules::isCultivatedClass(const QString &code) const
{
    return landClassMatches(code, m_cultivatedClasses);
}

Verdict Rules::judge(const OccupiedAreas &areas) const
{
    Verdict verdict;
    verdict.basicFarmlandMu = roundToHundredths(squareMetresToMu(areas.basicFarmlandM2));
    const double cultivatedM2
        = m_reading == Reading::Notice ? areas.cultivatedM2 : areas.cultivatedOutsideBasicFarmlandM2;
    verdict.cultivatedMu = roundToHundredths(squareMetresToMu(cultivatedM2));
    verdict.basicFarmland = reaches(verdict.basicFarmlandMu, m_basicFarmlandMu);
    verdict.cultivated = reaches(verdict.cultivatedMu, m_cultivatedMu);
    return verdict;
}

} // namespace fg::core
