// SPDX-License-Identifier: MIT
#include "app/project/project_rights.h"

#include "core/cases/department.h"
#include "core/input_error.h"

#include <QAction>

namespace fg::app {

QString ProjectRights::scopeLabel(const gis::StoreRights &rights)
{
    switch (rights.scope) {
    case gis::StoreRights::Scope::Township:
        return rights.township;
    case gis::StoreRights::Scope::Department:
        try {
            return core::departmentName(core::departmentFromCode(rights.department));
        } catch (const core::InputError &) {
            return rights.department;
        }
    case gis::StoreRights::Scope::All:
        break;
    }
    return tr("whole county");
}

QString ProjectRights::whyNot(Capability capability, const gis::StoreRights &rights)
{
    using Scope = gis::StoreRights::Scope;
    if (rights.readOnly)
        return tr("The project is open read-only: nothing can be changed.");
    if (rights.scope == Scope::Department)
        return tr("A department login (%1) reads the cases transferred to it and adds its reply; it cannot change "
                  "incidents or patrols.")
            .arg(scopeLabel(rights));
    if (capability == Capability::ManageApprovals && rights.scope == Scope::Township)
        return tr("Approvals are the county's record: only the bureau's login can import them (this login works for "
                  "%1).")
            .arg(rights.township);
    if (capability == Capability::ManagePatrol && rights.scope == Scope::Township)
        return tr("The grid and the patrol plan are county-wide: only the bureau's login can change them (this login "
                  "works for %1).")
            .arg(rights.township);
    return {};
}

void ProjectRights::apply(QAction *action, Capability capability, const gis::StoreRights &rights)
{
    const QString why = whyNot(capability, rights);
    action->setEnabled(why.isEmpty());
    action->setToolTip(why.isEmpty() ? action->text().remove(QLatin1Char('&')) : why);
}

} // namespace fg::app
