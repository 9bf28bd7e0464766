// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/department_advisor.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// The departments of a case as the project knows it (issue 12, item 6): core::DepartmentAdvisor
/// with the nature-reserve check made against the project's nature-reserve layer
/// (ProjectTables::kNatureReserves) when it has one. The case panel's suggestions and the
/// transfer dialog's list (every department, the suggested ones first) come from here.
class CaseDepartments
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseDepartments)

public:
    /// Inside when one of the case's incidents shares area with a nature reserve, Outside when
    /// none does, Unknown when the project has no nature-reserve layer.
    static core::ReserveCheck reserveCheck(const ProjectStore &store, const core::CaseFile &file);
    /// The advisor's suggestions and notes for @p file with the reserve check above.
    static core::DepartmentAdvice advise(const ProjectStore &store, const core::CaseFile &file);
    /// Every department a transfer of @p file may go to, the suggested ones first (not the bureau
    /// itself, which keeps the record).
    static QList<core::Department> transferOrder(const ProjectStore &store, const core::CaseFile &file);
};

} // namespace fg::gis
