// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// The rules a project is judged by: its setting "rules" (a rules JSON as core::Rules::fromJson
/// reads it: thresholds, reading, cultivated classes), or the notice's defaults when it is unset.
/// What is farmland for a grid cell or a patrol track, and cultivated for a verdict, comes from
/// here. Any thread the store may be used on.
class ProjectRules
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectRules)

public:
    /// The setting's key.
    static constexpr const char *kSetting = "rules";

    /// Throws core::InputError naming the project and the setting when the stored JSON is invalid.
    static core::Rules read(const ProjectStore &store);
};

} // namespace fg::gis
