// SPDX-License-Identifier: MIT
#include "app/main_window.h"

#include <catch2/catch.hpp>

#include <QMenuBar>
#include <QTest>

TEST_CASE("the main window starts with a Chinese title and the seven menus")
{
    fg::app::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QStringLiteral("耕地保护")));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus == QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"), QStringLiteral("图层(&L)"),
                               QStringLiteral("分析(&A)"), QStringLiteral("巡查(&P)"), QStringLiteral("报告(&R)"),
                               QStringLiteral("帮助(&H)")});
}
