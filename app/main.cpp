// SPDX-License-Identifier: MIT
// farmguard: the Qt Widgets desktop application.
#include "app/main_window.h"
#include "app/translations.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("farmguard"));
    QApplication::setOrganizationName(QStringLiteral("FarmGuard"));
    QApplication::setApplicationDisplayName(QStringLiteral("FarmGuard"));
    fg::app::installTranslations(application);

    fg::app::MainWindow window;
    window.show();
    return application.exec();
}
