// SPDX-License-Identifier: MIT
#include "core/rules.h"

#include "core/input_error.h"
#include "core/units.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace fg::core {

namespace {

const QString kBasicKey = QStringLiteral("basic_farmland_mu");
const QString kCultivatedKey = QStringLiteral("cultivated_mu");
const QString kReadingKey = QStringLiteral("reading");
const QString kClassesKey = QStringLiteral("cultivated_classes");
const QString kAreaKey = QStringLiteral("cultivated_area");
const QString kPolicyKey = QStringLiteral("accumulation_policy");
const QString kWindowKey = QStringLiteral("accumulation_window_months");
const QString kAssessmentKey = QStringLiteral("assessment");

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

const char *cultivatedAreaName(CultivatedArea area)
{
    return area == CultivatedArea::Net ? "net" : "gross";
}

bool parseCultivatedArea(const QString &text, CultivatedArea *area)
{
    if (text == QLatin1String("gross"))
        *area = CultivatedArea::Gross;
    else if (text == QLatin1String("net"))
        *area = CultivatedArea::Net;
    else
        return false;
    return true;
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
        } else if (!rules.readExtraKey(key, value, source)) {
            throw InputError(source,
                tr("unknown key \"%1\" (known: %2)")
                    .arg(key,
                        (QStringList { kBasicKey, kCultivatedKey, kReadingKey, kClassesKey, kAreaKey, kPolicyKey,
                             kWindowKey, kAssessmentKey }
                            + edgeKeys())
                            .join(QStringLiteral(", "))));
        }
    }
    return rules;
}

bool Rules::readExtraKey(const QString &key, const QJsonValue &value, const QString &source)
{
    if (key == kAreaKey) {
        if (!parseCultivatedArea(value.toString(), &m_cultivatedArea))
            throw InputError(source, tr("key \"%1\" must be \"gross\" or \"net\"").arg(key));
    } else if (key == kPolicyKey) {
        if (!parseAccumulationPolicy(value.toString(), &m_accumulationPolicy))
            throw InputError(source, tr("key \"%1\" must be \"until_decision\" or \"until_closed\"").arg(key));
    } else if (key == kWindowKey) {
        const double months = value.toDouble(-1);
        if (!value.isDouble() || months < 0 || months > 1200 || months != double(int(months)))
            throw InputError(source, tr("key \"%1\" must be a whole number of months, 0 or more").arg(key));
        m_accumulationWindowMonths = int(months);
    } else if (key == kAssessmentKey) {
        m_assessment = AssessmentRules::fromJson(value, source);
    } else {
        return readEdgeKey(key, value, source);
    }
    return true;
}

QByteArray Rules::toJson() const
{
    QJsonObject object { { kBasicKey, m_basicFarmlandMu }, { kCultivatedKey, m_cultivatedMu },
        { kReadingKey, QString::fromLatin1(readingName(m_reading)) },
        { kClassesKey, QJsonArray::fromStringList(m_cultivatedClasses) },
        { kAreaKey, QString::fromLatin1(cultivatedAreaName(m_cultivatedArea)) },
        { kPolicyKey, QString::fromLatin1(accumulationPolicyName(m_accumulationPolicy)) },
        { kWindowKey, m_accumulationWindowMonths } };
    insertEdgeKeys(&object);
    // Only when changed: the defaults' JSON (and so its hash) stays what projects recorded.
    if (m_assessment != AssessmentRules())
        object.insert(kAssessmentKey, m_assessment.toJson());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool Rules::isCultivatedClass(const QString &code) const
{
    return landClassMatches(code, m_cultivatedClasses);
}

Verdict Rules::judge(const OccupiedAreas &areas) const
{
    Verdict verdict;
    verdict.basicFarmlandMu = roundedMu(areas.basicFarmlandM2);
    const bool notice = m_reading == Reading::Notice;
    const double grossM2 = notice ? areas.cultivatedM2 : areas.cultivatedOutsideBasicFarmlandM2;
    const double netM2 = !areas.netKnown ? grossM2
        : notice                         ? areas.cultivatedNetM2
                                         : areas.cultivatedOutsideBasicFarmlandNetM2;
    verdict.netKnown = areas.netKnown;
    verdict.cultivatedGrossMu = roundedMu(grossM2);
    verdict.cultivatedNetMu = roundedMu(netM2);
    verdict.cultivatedMu = m_cultivatedArea == CultivatedArea::Net ? verdict.cultivatedNetMu : verdict.cultivatedGrossMu;
    verdict.basicFarmland = reaches(verdict.basicFarmlandMu, m_basicFarmlandMu);
    verdict.cultivated = reaches(verdict.cultivatedMu, m_cultivatedMu);
    // The basic-farmland flag is the same under both readings; only cultivated land can differ.
    const bool grossReaches = reaches(verdict.cultivatedGrossMu, m_cultivatedMu);
    const bool netReaches = reaches(verdict.cultivatedNetMu, m_cultivatedMu);
    verdict.netBorderline = !verdict.basicFarmland && grossReaches != netReaches;
    verdict.borderline = verdict.netBorderline;
    return verdict;
}

QString Rules::accumulationText() const
{
    const QString policy = m_accumulationPolicy == AccumulationPolicy::UntilClosed
        ? tr("a party's incidents count until their case is closed")
        : tr("a party's incidents count until a penalty decision is made (未经处理)");
    if (m_accumulationWindowMonths <= 0)
        return tr("Accumulated (累计计算): %1; no time window.").arg(policy);
    return tr("Accumulated (累计计算): %1, within %2 months before the party's latest incident "
              "(法释〔2000〕14号 art. 9: 一年内多次实施、未经处理的, 累计计算).")
        .arg(policy)
        .arg(m_accumulationWindowMonths);
}

QString Rules::cultivatedAreaText() const
{
    return m_cultivatedArea == CultivatedArea::Net
        ? tr("net of 田坎 (each parcel piece × (1 − KCXS), as TBDLMJ)")
        : tr("gross (the parcels' whole area, 田坎 included)");
}

} // namespace fg::core
