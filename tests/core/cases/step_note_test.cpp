// SPDX-License-Identifier: MIT
#include "core/cases/step_note.h"

#include <catch2/catch.hpp>

using fg::core::StepNote;

TEST_CASE("a step's document number travels in its note and comes back apart", "[cases][step]")
{
    const StepNote note { QStringLiteral("平自然资罚〔2024〕17号"), QStringLiteral("当场送达\n当事人签收") };
    const QString stored = note.stored();
    CHECK(stored.startsWith(QStringLiteral("文号：平自然资罚〔2024〕17号\n")));
    const StepNote back = StepNote::parse(stored);
    CHECK(back.documentNumber == note.documentNumber);
    CHECK(back.text == note.text);
    // Without a number the note is stored as typed, and a note that merely mentions 文号 keeps it.
    CHECK(StepNote { {}, QStringLiteral("无") }.stored() == QStringLiteral("无"));
    CHECK(StepNote::parse(QStringLiteral("见文号：X")).documentNumber.isEmpty());
    CHECK(StepNote::parse(QStringLiteral("见文号：X")).text == QStringLiteral("见文号：X"));
    const StepNote numberOnly = StepNote::parse(StepNote { QStringLiteral(" A-1 "), {} }.stored());
    CHECK(numberOnly.documentNumber == QStringLiteral("A-1"));
    CHECK(numberOnly.text.isEmpty());
}
