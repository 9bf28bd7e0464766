// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

/// Stores files the user picked (photos, scanned documents) inside the project through
/// ProjectStore::addAttachment and returns their ids for a step or transfer. UI thread.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::AttachmentFiles)

public:
    /// Ids in the order of @p paths. Throws core::InputError naming the file it cannot read.
    static QStringList store(gis::ProjectStore &store, const QStringList &paths);
};

} // namespace fg::app
