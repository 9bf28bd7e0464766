// SPDX-License-Identifier: MIT
#include "gis/usecases/project_rules.h"

#include "gis/store/project_store.h"

#include <QFileInfo>

namespace fg::gis {

namespace {

QString settingName()
{
    return QString::fromLatin1(ProjectRules::kSetting);
}

/// How errors in the setting name it: "PROJECT: project setting 'rules'".
QString settingSource(const ProjectStore &store)
{
    return ProjectRules::tr("%1: project setting '%2'").arg(store.info().location, settingName());
}

} // namespace

core::RulesRecord ProjectRules::record(const ProjectStore &store)
{
    return core::RulesRecord::fromSetting(store.setting(settingName()), settingSource(store));
}

core::Rules ProjectRules::read(const ProjectStore &store)
{
    return record(store).rules();
}

bool ProjectRules::isSet(const ProjectStore &store)
{
    return !store.setting(settingName()).trimmed().isEmpty();
}

void ProjectRules::write(ProjectStore &store, const core::Rules &rules)
{
    store.setSetting(settingName(), core::RulesRecord::fromText(rules.toJson(), QString()).toSetting());
}

core::RulesRecord ProjectRules::write(ProjectStore &store, const QByteArray &json, const QString &source)
{
    // Refuses what read() would refuse later; only the file's name is kept (a path is the desk's).
    core::RulesRecord record = core::RulesRecord::fromText(json, source);
    record.setSource(QFileInfo(source).fileName());
    store.setSetting(settingName(), record.toSetting());
    return record;
}

RulesChange ProjectRules::change(ProjectStore &store, const QByteArray &json, const QString &source)
{
    RulesChange change;
    change.before = record(store);
    change.after = write(store, json, source);
    change.rejudged = CaseFlags::rejudge(store, {},
        tr("the project's rules changed (SHA-256 %1 → %2)").arg(change.before.shortHash(), change.after.shortHash()));
    return change;
}

} // namespace fg::gis
