// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/department.h"
#include "core/site/site_kind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fg::core {

/// What the site check found that decides the procedures: the land it would occupy (m², by the
/// method the check used; compared as the rounded 亩 figure a report prints) and what it meets.
struct SiteFindings
{
    double basicFarmlandM2 = 0; ///< permanent basic farmland inside the site
    double cultivatedM2 = 0; ///< all cultivated land inside the site, basic farmland included
    int openCases = 0; ///< open enforcement cases whose incidents the site overlaps
    int approvals = 0; ///< approvals on record (批复, 许可, 备案) the site overlaps
};

/// One department's part in a procedure: what it must not do without it, or what it must do.
struct SiteDuty
{
    Department department;
    QString duty; ///< translated
};

/// One procedure a proposed site needs before any department may act on it.
struct SiteProcedure
{
    QString code; ///< stable, e.g. "land_pre_review"; never translated (JSON)
    QString name; ///< translated
    Department grantedBy; ///< the body that grants or handles it
    QList<SiteDuty> duties; ///< the departments that must not proceed without it, or must act
    QString reason; ///< translated: why this site needs it, with the site's figures
    /// No procedure makes the site lawful as drawn (a homestead on permanent basic farmland, a
    /// grave on cultivated land): it needs another site.
    bool prohibitive = false;
};

/// The procedures of a proposed site (源头严控, DOMAIN.md §8): the 用地预审 and 选址意见书 the 发改
/// bureau waits for, the land approval before 交通运输's construction permit and 住建's start of
/// work, 民政's burial-site guidance, 农业农村's homestead and facility-agriculture duties, what
/// occupying cultivated land or permanent basic farmland adds (State Council approval, the
/// eight prohibitions), and an open case on the land. The table is data in the .cpp: each row
/// names the kinds it applies to and the finding that calls for it. Pure, thread-safe.
class SiteProcedures
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::SiteProcedures)

public:
    /// The procedures a site of @p kind with @p findings needs, in the table's order (the land
    /// procedures first, then what its figures add). Land counts as occupied when its printed 亩
    /// figure (0.01) is above zero.
    static QList<SiteProcedure> forSite(SiteKind kind, const SiteFindings &findings);
    /// Every department a procedure list names, each once, in order of first mention.
    static QList<Department> departments(const QList<SiteProcedure> &procedures);
};

} // namespace fg::core
