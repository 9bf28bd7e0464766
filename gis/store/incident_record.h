// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/violation_type.h"
#include "core/rules.h"
#include "gis/geos_context.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fg::gis {

/// Where a clue came from (线索来源).
enum class IncidentSource {
    Patrol, ///< 巡查
    PublicReport, ///< 举报
    SatelliteMonitoring, ///< 卫片
    DepartmentTransfer, ///< 部门移送
    Other,
};

/// Stable storage code: "patrol", "public_report", "satellite", "department_transfer", "other".
QString incidentSourceCode(IncidentSource source);
/// Inverse of incidentSourceCode(); also reads the Chinese words county layers use
/// (巡查, 举报, 卫片, 部门移送, 其他). Throws core::InputError on anything else.
IncidentSource incidentSourceFromText(const QString &text);
/// Display name through tr() (context fg::gis::IncidentSource).
QString incidentSourceName(IncidentSource source);

/// Figures the area analysis gave an incident, in m² by the named method, and its own verdict.
struct IncidentMeasures
{
    bool measured = false; ///< false until an analysis ran (then every figure is meaningful)
    QString method; ///< "ellipsoidal", "geodesic" or "planar"
    double areaM2 = 0;
    double basicFarmlandM2 = 0;
    double cultivatedM2 = 0; ///< all cultivated land, basic farmland included
    double cultivatedOutsideBasicFarmlandM2 = 0;
    double basicFarmlandMu = 0; ///< as judged (0.01 mu)
    double cultivatedMu = 0; ///< as judged under the rules' reading and cultivated area (0.01 mu)
    bool accountability = false; ///< the incident alone reaches a threshold
    /// The land-use layer gave 田坎 coefficients (KCXS): the net figures are meaningful.
    bool netKnown = false;
    double cultivatedNetM2 = 0; ///< cultivated land net of 田坎 (when netKnown)
    double cultivatedOutsideNetM2 = 0; ///< the same outside basic farmland (when netKnown)

    /// The figures as the rules judge them (gross and, when known, net of 田坎).
    core::OccupiedAreas occupied() const
    {
        return { basicFarmlandM2, cultivatedM2, cultivatedOutsideBasicFarmlandM2, netKnown, cultivatedNetM2,
            cultivatedOutsideNetM2 };
    }
};

/// One incident (监测图斑 / 违法占地) as the project stores it. Move-only (owns its geometry).
struct IncidentRecord
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::IncidentRecord)

public:
    qint64 fid = 0; ///< row id in the project's incidents layer (0 before it is stored)
    qint64 revision = 0; ///< bumped by every stored change (0 before it is stored)
    QString changedBy; ///< operator of the last stored change
    QDateTime changedAt; ///< UTC time of the last stored change
    QString id; ///< the county's incident / case number, unique in a project
    IncidentSource source = IncidentSource::Other;
    QDate discoveryDate;
    QString township;
    QString village;
    QString party; ///< 当事人; empty when not known yet
    QString partyIdNumber; ///< the party's 身份证号 / 统一社会信用代码; empty when not known
    core::ViolationType violationType = core::ViolationType::Other;
    QString description;
    IncidentMeasures measures;
    GeosGeometryPtr geometry; ///< polygonal, in the project's working CRS

    /// Every attribute (not the geometry) as JSON, for the audit log and exports.
    QJsonObject attributesJson() const;
};

} // namespace fg::gis
