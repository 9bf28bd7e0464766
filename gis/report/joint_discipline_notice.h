// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_status.h"
#include "core/cases/department.h"
#include "core/rules.h"
#include "gis/geometry/area_calculator.h"
#include "gis/report/case_report.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fg::gis {

/// What a joint-discipline notice (联合惩戒通知书) of one case says.
struct JointDisciplineData
{
    QString caseId;
    QString party;
    QString partyIdNumber;
    QString violationType; ///< display name
    QString township;
    QString village;
    QStringList incidentIds;
    core::CaseStatus status = core::CaseStatus::Clue;
    double areaM2 = 0; ///< the incidents' whole area, by `method`
    core::Verdict verdict; ///< the case's judged figures (the verdict's rounding)
    QString rulesText; ///< which rules judged, with their SHA-256 (empty: not printed)
    bool occupationMatter = true;
    AreaMethod method = AreaMethod::Ellipsoidal;
    QList<core::Department> recipients; ///< core::DepartmentAdvisor::jointDisciplineRecipients()
};

/// The joint-discipline notice of one case as a one-page PDF: the notice's 源头严控 duty — no
/// approvals, permits, licences, funds, water, power, gas or loans for illegal land use — sent
/// to the departments and companies it names (主送), each with its own duty, with the case's
/// party, place and judged figures. Laid out like every report (gis/report's engine, "page n of
/// N"). Needs a QGuiApplication; call on its thread.
class JointDisciplineNotice
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::JointDisciplineNotice)

public:
    JointDisciplineNotice(const JointDisciplineData &data, ReportOptions options);

    /// Writes the PDF; returns its page count. Throws core::InputError naming the file when it
    /// cannot be written.
    int write(const QString &path) const;
    /// Lays the notice out on `writer` (previews, printers); returns the page count.
    int compose(ReportWriter &writer) const;
    PageDecor decor() const;

private:
    void drawBody(ReportWriter &writer) const;
    void drawRecipients(ReportWriter &writer) const;
    void drawSeal(ReportWriter &writer) const;

    const JointDisciplineData &m_data;
    ReportOptions m_options;
};

} // namespace fg::gis
