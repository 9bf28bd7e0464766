// SPDX-License-Identifier: MIT
// farmguard-cli: the headless front end; same code as the GUI, no display needed.
#include "app/cli/cli_app.h"
#include "app/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
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
