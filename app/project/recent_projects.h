// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace fg::app {

/// The projects opened last, newest first: GeoPackage paths and postgresql:// URIs (as
/// gis::ProjectLocation::display() gives them: never a password). QSettings; UI thread.
class RecentProjects
{
public:
    static QStringList list();
    static void remember(const QString &location);
};

} // namespace fg::app
