// SPDX-License-Identifier: MIT
#include "gis/io/special_files.h"

#include "core/input_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace fg::gis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

} // namespace

QString specialFileKind(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile() || info.isDir())
        return {};
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        if (S_ISFIFO(status.st_mode))
            return tr("a FIFO (named pipe)");
        if (S_ISCHR(status.st_mode))
            return tr("a character device");
        if (S_ISBLK(status.st_mode))
            return tr("a block device");
        if (S_ISSOCK(status.st_mode))
            return tr("a socket");
    }
#endif
    return tr("not a regular file");
}

void refuseSpecialFiles(const QString &path)
{
    const auto refuse = [](const QString &file, const QString &kind) {
        throw core::InputError(
            file, tr("is %1, not a regular file: refused (reading it could wait forever)").arg(kind));
    };
    if (const QString kind = specialFileKind(path); !kind.isEmpty())
        refuse(path, kind);
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    if (base.isEmpty())
        return;
    // System lists FIFOs, devices and sockets too; members match case-insensitively, as GDAL's
    // shapefile driver finds them ("a.shp" with "a.DBF"). Compared by hand: a base name may hold
    // wildcard characters.
    const QString prefix = base + QLatin1Char('.');
    for (const QString &name : dir.entryList(QDir::Files | QDir::System | QDir::Hidden)) {
        if (!name.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QString sibling = dir.filePath(name);
        if (const QString kind = specialFileKind(sibling); !kind.isEmpty())
            refuse(sibling, kind);
    }
}

} // namespace fg::gis
