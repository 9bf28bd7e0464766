// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// A project's own accountability rules (thresholds, reading, cultivated classes): the project
/// setting ProjectRules::kSetting holding the JSON object core::Rules::fromJson() reads. Every
/// use case that judges (project analysis, incident measurement, reports) reads them here, so a
/// project judged under the judicial reading is judged so by the CLI and the GUI alike.
class ProjectRules
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectRules)

public:
    /// The setting's key.
    static constexpr const char *kSetting = "rules";

    /// The project's rules; the notice's defaults (core::Rules()) when the setting is unset or
    /// empty. Throws core::InputError naming the project and the setting when it is not valid
    /// rules JSON (a misspelt threshold must not pass silently). Any thread the store may be used on.
    static core::Rules read(const ProjectStore &store);
    /// True when the project sets its own rules (the setting is present and not empty).
    static bool isSet(const ProjectStore &store);
    /// Records @p rules as the project's rules: one setSetting(), so one audit event.
    static void write(ProjectStore &store, const core::Rules &rules);
    /// Records rules given as JSON after checking them (InputError naming @p source when invalid);
    /// the JSON is stored as given, so the log shows what the user wrote.
    static void write(ProjectStore &store, const QByteArray &json, const QString &source);
};

} // namespace fg::gis
