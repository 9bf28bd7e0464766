// SPDX-License-Identifier: MIT
#include "app/project/recent_projects.h"

#include "core/input_error.h"
#include "gis/store/project_location.h"

#include <QSettings>

namespace fg::app {

namespace {
const char *const kKey = "project/recent";
constexpr int kMax = 10;
} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentProjects::remember(const QString &location)
{
    QString shown = location;
    try {
        shown = gis::ProjectLocation::parse(location).display();
    } catch (const core::InputError &) {
        return; // not a location anyone could open again
    }
    QStringList recent = list();
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > kMax)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kKey), recent);
}

} // namespace fg::app
