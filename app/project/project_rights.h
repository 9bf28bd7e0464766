// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/store_types.h"

#include <QCoreApplication>

class QAction;

namespace fg::app {

/// What the GUI lets a login do on an open project, by its gis::StoreRights: actions the rights
/// do not allow are disabled with a tooltip saying why (the store would refuse them anyway).
class ProjectRights
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectRights)

public:
    enum class Capability {
        EditIncidents, ///< record, draw, reshape and import incidents: bureau and townships
        ManagePatrol, ///< make the grid, store plans: the bureau (plans are county-wide)
        EditOfficers, ///< grid officers: the bureau, townships their own
        ManageApprovals, ///< import approvals (批准文件): the bureau
    };

    /// Whose work the login is: "全县" (the bureau, or a GeoPackage), the township, or the department.
    static QString scopeLabel(const gis::StoreRights &rights);
    /// Why @p rights do not allow @p capability; empty when they do.
    static QString whyNot(Capability capability, const gis::StoreRights &rights);
    /// Enables @p action when allowed; otherwise disables it with whyNot() as its tooltip.
    static void apply(QAction *action, Capability capability, const gis::StoreRights &rights);
};

} // namespace fg::app
