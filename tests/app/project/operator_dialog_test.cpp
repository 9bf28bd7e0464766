// SPDX-License-Identifier: MIT
#include "app/project/operator_dialog.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTest>

TEST_CASE("the operator dialog selects the remembered name, so typing replaces it instead of doubling it")
{
    const fg::gis::OperatorIdentity before = fg::app::OperatorDialog::remembered();
    fg::app::OperatorDialog::remember({ QStringLiteral("张伟"), QStringLiteral("township land officer") });
    fg::app::OperatorDialog dialog(QStringLiteral("/tmp/p.gpkg"));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("operatorName"));
    REQUIRE(name);
    CHECK(name->selectedText() == QStringLiteral("张伟"));
    name->insert(QStringLiteral("李娜")); // what typing does: the selection is replaced
    CHECK(dialog.identity().name == QStringLiteral("李娜"));
    fg::app::OperatorDialog::remember(before);
}
