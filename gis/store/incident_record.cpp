// SPDX-License-Identifier: MIT
#include "gis/store/incident_record.h"

#include "core/input_error.h"

namespace fg::gis {

namespace {

struct SourceEntry
{
    IncidentSource source;
    const char *code;
    const char *chinese;
    const char *name;
};

constexpr SourceEntry kSources[] = {
    { IncidentSource::Patrol, "patrol", "巡查", QT_TRANSLATE_NOOP("fg::gis::IncidentSource", "Patrol") },
    { IncidentSource::PublicReport, "public_report", "举报",
        QT_TRANSLATE_NOOP("fg::gis::IncidentSource", "Public report") },
    { IncidentSource::SatelliteMonitoring, "satellite", "卫片",
        QT_TRANSLATE_NOOP("fg::gis::IncidentSource", "Satellite monitoring") },
    { IncidentSource::DepartmentTransfer, "department_transfer", "部门移送",
        QT_TRANSLATE_NOOP("fg::gis::IncidentSource", "Department transfer") },
    { IncidentSource::Other, "other", "其他", QT_TRANSLATE_NOOP("fg::gis::IncidentSource", "Other") },
};

const SourceEntry &entry(IncidentSource source)
{
    for (const SourceEntry &e : kSources) {
        if (e.source == source)
            return e;
    }
    return kSources[4];
}

} // namespace

QString incidentSourceCode(IncidentSource source)
{
    return QString::fromLatin1(entry(source).code);
}

IncidentSource incidentSourceFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const SourceEntry &e : kSources) {
        if (trimmed.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0 || trimmed == QString::fromUtf8(e.chinese))
            return e.source;
    }
    throw core::InputError(QString(),
        QCoreApplication::translate("fg::gis::IncidentSource",
            "unknown incident source '%1' (patrol, public_report, satellite, department_transfer, other, "
            "or 巡查, 举报, 卫片, 部门移送, 其他)")
            .arg(text));
}

QString incidentSourceName(IncidentSource source)
{
    return QCoreApplication::translate("fg::gis::IncidentSource", entry(source).name);
}

QJsonObject IncidentRecord::attributesJson() const
{
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("source"), incidentSourceCode(source) },
        { QStringLiteral("discovery_date"), discoveryDate.toString(Qt::ISODate) },
        { QStringLiteral("township"), township },
        { QStringLiteral("village"), village },
        { QStringLiteral("party"), party },
        { QStringLiteral("violation_type"), core::violationTypeCode(violationType) },
        { QStringLiteral("description"), description },
    };
    // Only when known, so that events of incidents recorded without them read as before.
    if (!partyIdNumber.isEmpty())
        object.insert(QStringLiteral("party_id_number"), partyIdNumber);
    if (measures.measured) {
        object.insert(QStringLiteral("measures"),
            QJsonObject {
                { QStringLiteral("method"), measures.method },
                { QStringLiteral("area_m2"), measures.areaM2 },
                { QStringLiteral("basic_farmland_m2"), measures.basicFarmlandM2 },
                { QStringLiteral("cultivated_m2"), measures.cultivatedM2 },
                { QStringLiteral("cultivated_outside_basic_farmland_m2"),
                    measures.cultivatedOutsideBasicFarmlandM2 },
                { QStringLiteral("basic_farmland_mu"), measures.basicFarmlandMu },
                { QStringLiteral("cultivated_mu"), measures.cultivatedMu },
                { QStringLiteral("accountability"), measures.accountability },
            });
        if (measures.netKnown) {
            QJsonObject m = object.value(QStringLiteral("measures")).toObject();
            m.insert(QStringLiteral("cultivated_net_m2"), measures.cultivatedNetM2);
            m.insert(QStringLiteral("cultivated_outside_basic_farmland_net_m2"), measures.cultivatedOutsideNetM2);
            object.insert(QStringLiteral("measures"), m);
        }
    }
    return object;
}

} // namespace fg::gis
