// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::core {

/// A step's note with the number of the document it issued or received (文书编号, e.g.
/// 平自然资罚〔2024〕17号). The number is kept as the note's first line, "文号：…", so it travels
/// with the step through every backend, the audit log and the printed timeline without a new
/// column; parse() gives it back. A plain value.
struct StepNote
{
    QString documentNumber;
    QString text;

    /// Splits a stored note; a note without the first line has no document number.
    static StepNote parse(const QString &stored);
    /// The note as stored: the number's line (when there is a number), then the text.
    QString stored() const;
};

} // namespace fg::core
