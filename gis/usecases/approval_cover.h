// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/violation_type.h"
#include "gis/store/approval_record.h"
#include "gis/store/store_types.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// The approvals that make one incident lawful and their union.
struct IncidentCover
{
    /// 文号 of the approvals used: in force on the incident's date, of a kind that makes its
    /// type lawful (core::Approval::covers) and sharing area with it; in the layer's order.
    QStringList documentNumbers;
    GeosGeometryPtr cover; ///< their union (working CRS); null when none
};

/// Approved land (issue 16 item 1): which part of an incident lies inside a valid approval of the
/// matching use on the incident's date. The one place that decides it, used by ProjectAnalysis
/// (analyze, F5, case judgement, reports) and IncidentMeasurer (imports, new and reshaped
/// incidents), so the stored figures, the judged figures and the store's flag floor all take
/// out the same part. An incident without a date is judged as of @p today (the occupation is
/// there now). Holds copies of the approvals; use on one thread at a time.
class ApprovalCover
{
public:
    ApprovalCover() = default;
    explicit ApprovalCover(std::vector<ApprovalRecord> approvals);
    /// The project's approvals whose boxes meet @p near (all when @p near is empty).
    static ApprovalCover read(const ProjectStore &store, const FeatureQuery &near = {});

    /// The cover of an incident of @p type found on @p day (null: @p today) with @p polygon.
    IncidentCover coverFor(const GEOSGeometry *polygon, core::ViolationType type, const QDate &day,
        const QDate &today = QDate::currentDate()) const;
    /// The approval with 文号 @p number, or nullptr.
    const ApprovalRecord *find(const QString &number) const;
    const std::vector<ApprovalRecord> &approvals() const { return m_approvals; }
    bool empty() const { return m_approvals.empty(); }

private:
    std::vector<ApprovalRecord> m_approvals;
};

} // namespace fg::gis
