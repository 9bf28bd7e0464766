// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace fg::gis {
struct SiteCheckResult;
}

namespace fg::app {

/// How `farmguard-cli site-check` prints a result: JSON with fixed keys (never translated) or
/// text in the UI language.
class SiteCheckFormat
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::SiteCheckFormat)

public:
    /// Keys: site, kind, method, crs, township, village, area_m2/_mu, basic_farmland_m2/_mu,
    /// cultivated_m2/_mu, cultivated_outside_basic_farmland_m2/_mu, cultivated_net_m2 (null when
    /// the land use gives no 田坎 coefficients), land_classes, open_cases, approvals_checked,
    /// approvals, procedures (each with departments), departments, rules, log_head, warnings.
    static QJsonObject json(const gis::SiteCheckResult &result);
    /// The result as lines of text (areas, overlaps, procedures with their departments).
    static QString text(const gis::SiteCheckResult &result);
};

} // namespace fg::app
