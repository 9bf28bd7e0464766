// SPDX-License-Identifier: MIT
// farmguard-cli: the headless front end; same code as the GUI, no display needed.
#include "app/cli/cli_app.h"
#include "app/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

int main(int argc, char **argv)
{
    // Reports lay out text, which needs fonts and so a QGuiApplication; headless by default.
    const bool gui = argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "site-check") == 0);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Headless machines (CI, ssh) have none; Qt would warn on stderr, which scripts read.
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/farmguard-runtime-" + QByteArray::number(getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(runtime))) {
            QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
    }
    std::unique_ptr<QCoreApplication> owner = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &application = *owner;
    QCoreApplication::setApplicationName(QStringLiteral("farmguard"));
    QCoreApplication::setOrganizationName(QStringLiteral("FarmGuard"));
    fg::app::installTranslations(application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    fg::app::CliApp cli;
    const int code = cli.run(application.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
