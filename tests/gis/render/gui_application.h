// SPDX-License-Identifier: MIT
// Fonts and text layout need a QGuiApplication; the gis test runner has none, so render tests
// that draw text create one (offscreen) on first use.
#pragma once

#include <QGuiApplication>

namespace fg::gis::test {

inline void ensureGuiApplication()
{
    if (QGuiApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "farmguard_gis_tests";
    static char *argv[] = {name, nullptr};
    static QGuiApplication application(argc, argv);
}

} // namespace fg::gis::test
