// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"
#include "core/rules_record.h"
#include "gis/usecases/case_flags.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// What changing a project's rules did.
struct RulesChange
{
    core::RulesRecord before;
    core::RulesRecord after;
    RejudgeResult rejudged; ///< every case judged again under the new rules
};

/// A project's own accountability rules (thresholds, reading, cultivated classes): the project
/// setting ProjectRules::kSetting, holding a core::RulesRecord (the rules file's text as given
/// and its SHA-256, so the audit event that records them carries the hash). Every use case that
/// judges (project analysis, incident measurement, case flags, reports) reads them here, so a
/// project judged under the judicial reading is judged so by the CLI and the GUI alike.
class ProjectRules
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectRules)

public:
    /// The setting's key.
    static constexpr const char *kSetting = "rules";

    /// The project's rules; the notice's defaults (core::Rules()) when the setting is unset or
    /// empty. Throws core::InputError naming the project and the setting when it is not valid
    /// rules JSON (a misspelt threshold must not pass silently) or its hash does not match.
    /// Any thread the store may be used on.
    static core::Rules read(const ProjectStore &store);
    /// The rules with their text, hash and origin (what reports print).
    static core::RulesRecord record(const ProjectStore &store);
    /// True when the project sets its own rules (the setting is present and not empty).
    static bool isSet(const ProjectStore &store);
    /// Records @p rules as the project's rules: one setSetting(), so one audit event.
    static void write(ProjectStore &store, const core::Rules &rules);
    /// Records rules given as JSON after checking them (InputError naming @p source when invalid);
    /// the text is stored as given with its SHA-256 and @p source's file name, so the log shows
    /// what the user wrote and its hash. Returns what was recorded.
    static core::RulesRecord write(ProjectStore &store, const QByteArray &json, const QString &source);
    /// The rules command (`project rules --set`, the GUI): records the rules as write() does,
    /// then judges every case again under them (CaseFlags::rejudge), each change logged with
    /// the old and new rules' hashes as its reason.
    static RulesChange change(ProjectStore &store, const QByteArray &json, const QString &source);
};

} // namespace fg::gis
