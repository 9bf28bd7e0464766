// SPDX-License-Identifier: MIT
#include "gis/usecases/project_rules.h"

#include "gis/store/project_store.h"

namespace fg::gis {

core::Rules ProjectRules::read(const ProjectStore &store)
{
    const QString json = store.setting(QString::fromLatin1(kSetting));
    if (json.trimmed().isEmpty())
        return core::Rules();
    return core::Rules::fromJson(
        json.toUtf8(), tr("%1 (setting %2)").arg(store.info().location, QString::fromLatin1(kSetting)));
}

} // namespace fg::gis
