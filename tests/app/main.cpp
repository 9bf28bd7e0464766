// SPDX-License-Identifier: MIT
// GUI tests need a QApplication; default to the offscreen platform so that
// catch_discover_tests (which runs this binary at build time) works without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/translations.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("FARMGUARD_LANG"))
        qputenv("FARMGUARD_LANG", "zh_CN");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FarmGuardTests"));
    QApplication::setApplicationName(QStringLiteral("farmguard-tests"));
    fg::app::installTranslations(application);
    return Catch::Session().run(argc, argv);
}
