// SPDX-License-Identifier: MIT
#include "app/project/attachment_files.h"

#include "core/input_error.h"
#include "gis/store/project_store.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace fg::app {

QStringList AttachmentFiles::store(gis::ProjectStore &store, const QStringList &paths)
{
    QStringList ids;
    const QMimeDatabase mime;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw core::InputError(path, tr("cannot read the attachment: %1").arg(file.errorString()));
        ids << store.addAttachment(QFileInfo(path).fileName(), mime.mimeTypeForFile(path).name(), file.readAll());
    }
    return ids;
}

} // namespace fg::app
