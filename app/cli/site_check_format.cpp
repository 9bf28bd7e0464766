// SPDX-License-Identifier: MIT
#include "app/cli/site_check_format.h"

#include "core/units.h"
#include "gis/usecases/case_json.h"
#include "gis/usecases/site_check.h"

#include <QJsonArray>
#include <QTextStream>

namespace fg::app {

namespace {

/// m² to 0.01 and 亩 as printed (0.01), under @p key_m2 / @p key_mu.
void putArea(QJsonObject &object, const QString &key, double m2)
{
    object.insert(key + QStringLiteral("_m2"), core::roundToHundredths(m2));
    object.insert(key + QStringLiteral("_mu"), core::roundedMu(m2));
}

QJsonArray classesJson(const gis::SiteCheckResult &result)
{
    QJsonArray classes;
    for (const auto *list : { &result.cultivatedByClass, &result.otherByClass }) {
        for (const gis::ClassArea &c : *list) {
            QJsonObject entry { { QStringLiteral("code"), c.code }, { QStringLiteral("name"), c.name },
                { QStringLiteral("cultivated"), list == &result.cultivatedByClass } };
            putArea(entry, QStringLiteral("area"), c.areas.of(result.method));
            classes.append(entry);
        }
    }
    return classes;
}

QJsonArray casesJson(const gis::SiteCheckResult &result)
{
    QJsonArray cases;
    for (const gis::SiteCaseOverlap &c : result.cases) {
        QJsonObject entry { { QStringLiteral("case_id"), c.caseId },
            { QStringLiteral("status"), core::caseStatusCode(c.status) },
            { QStringLiteral("incident_ids"), QJsonArray::fromStringList(c.incidentIds) } };
        putArea(entry, QStringLiteral("overlap"), c.overlapM2);
        cases.append(entry);
    }
    return cases;
}

QJsonArray approvalsJson(const gis::SiteCheckResult &result)
{
    QJsonArray approvals;
    for (const gis::SiteApprovalOverlap &a : result.approvals) {
        QJsonObject entry { { QStringLiteral("document_number"), a.documentNumber },
            { QStringLiteral("kind"), a.kind }, { QStringLiteral("use"), a.use },
            { QStringLiteral("in_force"), a.inForce },
            { QStringLiteral("valid_until"),
                a.validUntil.isValid() ? QJsonValue(a.validUntil.toString(Qt::ISODate)) : QJsonValue() } };
        putArea(entry, QStringLiteral("overlap"), a.overlapM2);
        approvals.append(entry);
    }
    return approvals;
}

QJsonArray proceduresJson(const gis::SiteCheckResult &result)
{
    QJsonArray procedures;
    for (const core::SiteProcedure &p : result.procedures) {
        QJsonArray duties;
        for (const core::SiteDuty &d : p.duties)
            duties.append(QJsonObject { { QStringLiteral("department"), core::departmentCode(d.department) },
                { QStringLiteral("name"), core::departmentName(d.department) },
                { QStringLiteral("duty"), d.duty } });
        procedures.append(
            QJsonObject { { QStringLiteral("code"), p.code }, { QStringLiteral("name"), p.name },
                { QStringLiteral("granted_by"), core::departmentCode(p.grantedBy) },
                { QStringLiteral("prohibitive"), p.prohibitive }, { QStringLiteral("reason"), p.reason },
                { QStringLiteral("departments"), duties } });
    }
    return procedures;
}

} // namespace

QJsonObject SiteCheckFormat::json(const gis::SiteCheckResult &result)
{
    QJsonObject root { { QStringLiteral("site"), result.siteName },
        { QStringLiteral("kind"), core::siteKindCode(result.kind) },
        { QStringLiteral("method"), QString::fromLatin1(gis::areaMethodName(result.method)) },
        { QStringLiteral("crs"), QStringLiteral("EPSG:%1").arg(result.workingEpsg) },
        { QStringLiteral("township"), result.township }, { QStringLiteral("village"), result.village } };
    putArea(root, QStringLiteral("area"), result.areaM2);
    putArea(root, QStringLiteral("basic_farmland"), result.basicFarmlandM2);
    putArea(root, QStringLiteral("cultivated"), result.cultivatedM2);
    putArea(
        root, QStringLiteral("cultivated_outside_basic_farmland"), result.cultivatedOutsideBasicFarmlandM2);
    root.insert(QStringLiteral("cultivated_net_m2"),
        result.netKnown ? QJsonValue(core::roundToHundredths(result.cultivatedNetM2)) : QJsonValue());
    root.insert(QStringLiteral("land_classes"), classesJson(result));
    root.insert(QStringLiteral("open_cases"), casesJson(result));
    root.insert(QStringLiteral("approvals_checked"), result.approvalsChecked);
    root.insert(QStringLiteral("approvals"), approvalsJson(result));
    root.insert(QStringLiteral("procedures"), proceduresJson(result));
    QJsonArray departments;
    for (core::Department d : core::SiteProcedures::departments(result.procedures))
        departments.append(core::departmentCode(d));
    root.insert(QStringLiteral("departments"), departments);
    root.insert(QStringLiteral("rules"), result.rulesText);
    root.insert(QStringLiteral("log_head"), gis::CaseJson::logHead(result.logHead));
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    return root;
}

QString SiteCheckFormat::text(const gis::SiteCheckResult &result)
{
    QString text;
    QTextStream out(&text);
    const auto area
        = [](double m2) { return tr("%1 m² (%2 mu)").arg(core::formatSquareMetres(m2), core::formatMu(m2)); };
    out << tr("Site check of %1 (%2), %3%4")
               .arg(result.siteName, core::siteKindName(result.kind), result.township, result.village)
        << '\n'
        << tr("  site area:                 %1").arg(area(result.areaM2)) << '\n'
        << tr("  permanent basic farmland:  %1").arg(area(result.basicFarmlandM2)) << '\n'
        << tr("  cultivated land:           %1").arg(area(result.cultivatedM2)) << '\n'
        << tr("  cultivated outside BF:     %1").arg(area(result.cultivatedOutsideBasicFarmlandM2)) << '\n'
        << tr("  (%1 method, EPSG:%2)")
               .arg(QString::fromLatin1(gis::areaMethodName(result.method)))
               .arg(result.workingEpsg)
        << '\n';
    out << tr("Open cases overlapped: %1").arg(result.cases.size()) << '\n';
    for (const gis::SiteCaseOverlap &c : result.cases)
        out << tr("  %1 (%2): %3").arg(c.caseId, core::caseStatusName(c.status), area(c.overlapM2)) << '\n';
    if (!result.approvalsChecked)
        out << tr("Approvals: could not be read") << '\n';
    else
        out << tr("Approvals overlapped: %1").arg(result.approvals.size()) << '\n';
    for (const gis::SiteApprovalOverlap &a : result.approvals)
        out << tr("  %1 (%2, %3; %4): %5")
                   .arg(a.documentNumber, a.kind, a.use,
                       a.inForce ? tr("in force") : tr("not in force today"), area(a.overlapM2))
            << '\n';
    out << tr("Procedures:") << '\n';
    for (const core::SiteProcedure &p : result.procedures) {
        out << "  - " << (p.prohibitive ? tr("%1 (another site needed)").arg(p.name) : p.name) << '\n'
            << "    " << p.reason << '\n';
        for (const core::SiteDuty &d : p.duties)
            out << "    * " << tr("%1: %2").arg(core::departmentName(d.department), d.duty) << '\n';
    }
    for (const QString &warning : result.warnings)
        out << tr("warning: %1").arg(warning) << '\n';
    out << tr("Rules: %1").arg(result.rulesText) << '\n';
    if (!result.logNote.isEmpty())
        out << result.logNote << '\n';
    return text;
}

} // namespace fg::app
