// SPDX-License-Identifier: MIT
#include "gis/usecases/project_rules.h"

#include "gis/store/project_store.h"

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

core::Rules ProjectRules::read(const ProjectStore &store)
{
    const QString json = store.setting(settingName());
    if (json.trimmed().isEmpty())
        return {};
    return core::Rules::fromJson(json.toUtf8(), settingSource(store));
}

bool ProjectRules::isSet(const ProjectStore &store)
{
    return !store.setting(settingName()).trimmed().isEmpty();
}

void ProjectRules::write(ProjectStore &store, const core::Rules &rules)
{
    store.setSetting(settingName(), QString::fromUtf8(rules.toJson()));
}

void ProjectRules::write(ProjectStore &store, const QByteArray &json, const QString &source)
{
    core::Rules::fromJson(json, source); // refuses what read() would refuse later
    store.setSetting(settingName(), QString::fromUtf8(json));
}

} // namespace fg::gis
